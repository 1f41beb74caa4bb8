/** What range.values receives for each WritePlan value, so Excel stores exactly that value. */
import { toExcelInput } from '../../src/hosts/cell-input';
import { createFakeExcel, FakeWorkbook } from '../fakes/excel';

describe('toExcelInput', () => {
  it.each([
    ['null clears the cell (null would leave it unchanged)', null, ''],
    ['a number', 0.9799, 0.9799],
    ['a boolean', true, true],
    ['plain Chinese text', '需调整目标', '需调整目标'],
    ['a formula (undo writes formulas back)', { formula: '=SUM(A1:A3)' }, '=SUM(A1:A3)'],
    [
      'text that looks like a formula stays text',
      '=HYPERLINK("http://x","点我")',
      '\'=HYPERLINK("http://x","点我")',
    ],
    ['text starting with @ stays text', '@SUM(A1)', "'@SUM(A1)"],
    ['numeric-looking text', '100', "'100"],
    ['text with thousands separators', '13,752.09', "'13,752.09"],
    ['percent-looking text', '105%', "'105%"],
    ['a date-looking text', '2023-12-31', "'2023-12-31"],
    ['a time-looking text', '9:30', "'9:30"],
    ['TRUE as text', 'TRUE', "'TRUE"],
    ['text starting with minus (would be a formula)', '-0.46分', "'-0.46分"],
    ['text starting with plus', '+1', "'+1"],
    ['text starting with an apostrophe keeps it', "'x", "''x"],
    ['an error literal is left to become the error value', '#N/A', '#N/A'],
    ['a sentence with numbers inside', '完成率214.84%，超过150%', '完成率214.84%，超过150%'],
  ])('%s', (_label, value, expected) => {
    expect(toExcelInput(value)).toEqual(expected);
  });

  it('round-trips through the fake: what is read back is what the plan meant', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('S');
    const { Excel } = createFakeExcel(workbook);
    const meant = [['100', '105%', '2023-12-31', 'TRUE', '-0.46分', "'x", '需调整目标', 3.5, true]];
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:I1');
      range.values = meant.map((row) => row.map(toExcelInput));
      await context.sync();
      range.load('values');
      await context.sync();
      expect(range.values).toEqual(meant);
    });
  });
});

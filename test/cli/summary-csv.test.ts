/** The summary CSV never hands a spreadsheet a formula: cells starting with = + - @ are neutralised. */
import { csvField, summaryCsv } from '../../src/cli/summary-csv';
import { SEED_RESULT } from '../taskpane/fixtures';

describe('csvField', () => {
  it.each([
    ['=HYPERLINK("http://x","点我")', '"\'=HYPERLINK(""http://x"",""点我"")"'],
    ['+1', "'+1"],
    ['-x', "'-x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['绩效指标', '绩效指标'],
    ['a,b', '"a,b"'],
  ])('%s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('leaves numbers alone, negative ones included', () => {
    expect(csvField(94.46)).toBe('94.46');
    expect(csvField('-1.5')).toBe('-1.5');
    expect(csvField(0)).toBe('0');
  });

  it('a sheet named like a formula reaches the CSV as text', () => {
    const csv = summaryCsv([{ file: '=cmd.xlsx', sheet: '@表', result: SEED_RESULT }]);
    expect(csv.split('\r\n')[1].startsWith("'=cmd.xlsx,'@表,94.46,优")).toBe(true);
  });
});

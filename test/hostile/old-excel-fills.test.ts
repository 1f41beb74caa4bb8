/**
 * Excel without ExcelApi 1.9 (no Range.getCellProperties): the Office host reads fills through a
 * window of single cells instead. A user's own fill on a target cell must still survive a highlight
 * and its removal (contract §2: "the previous fill restored"), wherever the cell is.
 */
import { scoreActiveSheet } from '../../src/hosts/office';
import { stretchedExample } from '../../bench/workload';
import { createFakeExcel } from '../fakes/excel';
import { toFakeWorkbook } from '../fuzz/hosts';
import { specOf, SHEET } from './cases';

const USER_FILL = '#00B0F0';
const TARGET_COL = 3; // D
const ACTUAL_COL = 4; // E

/**
 * Puts a user fill on a target cell of an over-150% row, scores (highlight), makes the row ordinary,
 * scores again (highlight removed); returns the fill after each run.
 */
async function highlightAndRemove(row: number, cellProperties: boolean) {
  const workbook = toFakeWorkbook(specOf(stretchedExample(200)));
  const sheet = workbook.sheet(SHEET);
  sheet.updateCell(row, TARGET_COL, { fill: USER_FILL });
  const fake = createFakeExcel(workbook, { cellProperties });
  const run = ((batch) => fake.Excel.run(batch as never)) as Parameters<typeof scoreActiveSheet>[0];
  const options = { capabilities: { cellProperties } };
  const first = await scoreActiveSheet(run, options);
  const highlighted = sheet.getCell(row, TARGET_COL)?.fill;
  sheet.updateCell(row, ACTUAL_COL, { value: '81万' }); // 81万 against ≥80万: 101.25%, no longer over 150%
  const second = await scoreActiveSheet(run, options);
  return {
    first: first.status,
    second: second.status,
    highlighted,
    after: sheet.getCell(row, TARGET_COL)?.fill,
  };
}

// Seed row 11 (区政务服务中心服务人数, 214.84%: over150) repeats every 24 rows: 0-based rows 12, 36 … 132.
describe('user fills under a highlight', () => {
  test.each([
    ['ExcelApi 1.9, row 13', 12, true],
    ['ExcelApi 1.9, row 133', 132, true],
    ['older Excel, row 13 (inside the fallback fill window)', 12, false],
  ])('%s: highlighted, then the user fill comes back', async (_label, row, cellProperties) => {
    const outcome = await highlightAndRemove(row, cellProperties);
    expect(outcome).toMatchObject({ first: 'scored', second: 'scored', after: USER_FILL });
    expect(outcome.highlighted).not.toBe(USER_FILL);
  });

  // Regression: without getCellProperties the host read fills only in a 100 × 20 window; beyond it
  // a user's fill under a highlight was lost for good (the strong fill #F4B183 stayed on D133 after the
  // row stopped being over 150%). Found by this test; fixed in the host by 4c2347d (read-fills.ts).
  test('regression: older Excel, row 133 (beyond the fallback fill window): the user fill comes back', async () => {
    const outcome = await highlightAndRemove(132, false);
    expect(outcome).toMatchObject({ first: 'scored', second: 'scored', after: USER_FILL });
  });
});

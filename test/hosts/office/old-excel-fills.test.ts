/**
 * Without ExcelApi 1.9 the first read gets fills from a 100 × 20 window; a larger sheet's other fills
 * are read in one more sync (row strips), plus one for strips whose cells differ.
 */
import { scoreActiveSheet } from '../../../src/hosts/office';
import { FakeWorkbook } from '../../fakes/excel';
import { fakeRunner } from './helpers';

/** `rows` indicators, all over 150% (every target cell gets highlighted). */
function table(rows: number): FakeWorkbook {
  const workbook = new FakeWorkbook();
  const sheet = workbook.addSheet('表');
  for (let i = 0; i < rows; i += 1) {
    sheet.putCell(i, 0, { value: i === 0 ? '数量指标' : null });
    sheet.putCell(i, 1, { value: `指标${i + 1}` });
    sheet.putCell(i, 2, { value: '≥100件' });
    sheet.putCell(i, 3, { value: 200 });
    sheet.putCell(i, 4, { value: 1 });
  }
  for (const [name, col] of [
    ['PE_Categories', 'A'],
    ['PE_Names', 'B'],
    ['PE_Targets', 'C'],
    ['PE_Actuals', 'D'],
    ['PE_Weights', 'E'],
  ])
    workbook.defineName(name, `表!$${col}$1:$${col}$${rows}`);
  return workbook;
}

describe('fills beyond the fallback window (Excel without getCellProperties)', () => {
  it.each([
    ['a sheet inside the window: no extra sync', 50, [], 2],
    [
      'a whole row filled beyond the window (a uniform strip): one extra sync',
      150,
      [0, 1, 2, 3, 4].map((col) => [120, '#00B0F0', col]),
      3,
    ],
    [
      'a row beyond the window with mixed fills: two extra syncs',
      150,
      [
        [130, '#00B0F0'],
        [130, '#92D050', 1],
      ],
      4,
    ],
  ] as [string, number, [number, string, number?][], number][])(
    '%s, and the user fill comes back after the highlight goes',
    async (_label, rows, userFills, expectedSyncs) => {
      const workbook = table(rows);
      const sheet = workbook.sheet('表');
      for (const [row, color, col] of userFills) sheet.updateCell(row, col ?? 2, { fill: color });
      const { run } = fakeRunner(workbook, { cellProperties: false });
      const first = await scoreActiveSheet(run);
      expect(first).toMatchObject({ status: 'scored', syncs: expectedSyncs });
      for (const [row] of userFills) sheet.updateCell(row, 3, { value: 120 }); // no longer over 150%
      await scoreActiveSheet(run);
      for (const [row, color, col] of userFills) expect(sheet.getCell(row, col ?? 2)?.fill).toBe(color);
    },
  );
});

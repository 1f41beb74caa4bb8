/**
 * Undo of a second run that rewrote the 自评报告 with other headings (WPS): the workbook comes back as
 * the first run left it, the report's bold rows, wrapped column, widths and page included (the undo
 * re-applies the presentation the scorer derives from the restored lines: outputPresentation.ts).
 */
import { applyUndo, scoreActiveSheet } from '../../../src/hosts/wps';
import { buildExampleSheet } from '../../../src/workbook/example';
import { createFakeEt } from '../../fakes/et';
import { dumpWorkbook, workbookFromExample, type FakeWorkbook } from '../../fakes/excel';

const widths = (workbook: FakeWorkbook) =>
  workbook.sheets.map((s) => [s.name, [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0])]);

function boldCells(dump: ReturnType<typeof dumpWorkbook>) {
  const report = dump.sheets.find((s) => s.name === '自评报告')!;
  return Object.entries(report.cells)
    .filter(([, cell]) => cell.bold)
    .map(([a1]) => a1);
}

test('WPS: undo of a second report run restores the first report exactly (bold, wrap, widths, page)', () => {
  const workbook = workbookFromExample(buildExampleSheet());
  const first = scoreActiveSheet(createFakeEt(workbook).Application, { report: true });
  expect(first.status).toBe('scored');
  // Every indicator's actual value emptied: the second report has other lines and headings.
  for (let row = 3; row <= 26; row += 1) workbook.sheets[0].set(`E${row}`, null);
  const afterFirst = dumpWorkbook(workbook);
  const firstWidths = widths(workbook);
  expect(boldCells(afterFirst).length).toBeGreaterThan(3);
  const second = scoreActiveSheet(createFakeEt(workbook).Application, { report: true });
  if (second.status !== 'scored') throw new Error(second.status);
  expect(boldCells(dumpWorkbook(workbook))).not.toEqual(boldCells(afterFirst));
  applyUndo(createFakeEt(workbook).Application, second.undo);
  expect(dumpWorkbook(workbook)).toEqual(afterFirst);
  expect(widths(workbook)).toEqual(firstWidths);
});

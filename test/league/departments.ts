/**
 * A bureau's workbook for the league tests: `copies` department sheets built from the seed (the
 * bundled example with its names scoped to each sheet; the first actual lowered differently on each,
 * so their totals differ), the seed as printed without names (found by detection), and a notes sheet
 * without any table. The same spec builds a FakeWorkbook (Office and ET fakes) and an .xlsx (CLI).
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'fs';
import { applyWritePlan, readWorkbook, workbookBytes } from '../../src/hosts/xlsx';
import { buildExampleSheet } from '../../src/workbook/example';
import type { ExampleSheet } from '../../src/workbook/example-types';
import { FakeWorkbook, workbookFromExample } from '../fakes/excel';
import { exampleSheetOf } from '../workbook/detect/layout';
import { seedPrinted } from '../workbook/detect/seedPrinted';

/** The first indicator's actual (E3 of the example: 年度实现值 against ≥7万套). */
const FIRST_ACTUAL = { row: 2, col: 4 };
export const DETECTED_SHEET = '局属中心';
export const NOTES_SHEET = '填表说明';

/** Department i: the seed with its first actual (target ≥7万套) at 7 × (10 − i) / 10 万套 (i = 0: the seed). */
export function departmentSheet(name: string, i: number): ExampleSheet {
  const example = buildExampleSheet(name);
  return {
    ...example,
    cells: example.cells.map((cell) =>
      cell.row === FIRST_ACTUAL.row && cell.col === FIRST_ACTUAL.col && i > 0
        ? { ...cell, value: `${(7 * (10 - i)) / 10}万套` }
        : cell,
    ),
    names: example.names.map((n) => ({ ...n, scope: { sheet: name } })),
  };
}

export const departmentNames = (copies: number) =>
  Array.from({ length: copies }, (_, i) => (i === 0 ? '局机关' : `分局${i}`));

export function departmentSheets(copies: number, extras = true): ExampleSheet[] {
  const sheets = departmentNames(copies).map((name, i) => departmentSheet(name, i));
  if (!extras) return sheets;
  const notes: ExampleSheet = {
    name: NOTES_SHEET,
    cells: [
      { row: 0, col: 0, value: '填表说明' },
      { row: 1, col: 0, value: '各单位按模板填写年度实现值，不要改动表头。' },
    ],
    merges: [],
    columnWidths: [],
    names: [],
  };
  return [...sheets, exampleSheetOf(seedPrinted(DETECTED_SHEET)), notes];
}

export function departmentsWorkbook(copies: number, extras = true): FakeWorkbook {
  const workbook = new FakeWorkbook();
  for (const sheet of departmentSheets(copies, extras)) workbookFromExample(sheet, workbook);
  workbook.activate(workbook.sheets[0]);
  return workbook;
}

/**
 * The same workbook as an .xlsx file: cells by exceljs, then the sheet-scoped names through the
 * .xlsx host's own name writer (exceljs cannot scope a name to a sheet).
 */
export async function writeDepartmentsXlsx(path: string, copies: number): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheets = departmentSheets(copies);
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name);
    for (const cell of sheet.cells) {
      const target = ws.getCell(cell.row + 1, cell.col + 1);
      target.value = cell.value as ExcelJS.CellValue;
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
    }
    for (const merge of sheet.merges) ws.mergeCells(merge);
  }
  await book.xlsx.writeFile(path);
  const xlsx = await readWorkbook(path);
  applyWritePlan(xlsx, {
    sheet: sheets[0].name,
    blocks: [],
    fills: [],
    sheets: [],
    names: sheets.flatMap((s) =>
      s.names.map((n) => ({ name: n.name, scope: n.scope, formula: n.formula.replace(/^=/, '') })),
    ),
  });
  writeFileSync(path, workbookBytes(xlsx));
}

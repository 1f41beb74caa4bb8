/**
 * "插入示例表": adds the bundled 2023 example as a new sheet. Its names are scoped to the new sheet
 * (not workbook-scoped as in the example's description), so inserting it never disturbs the names
 * the officer already has, and inserting it twice gives two independent examples.
 */
import { buildExampleSheet } from '../workbook/example';
import type { ExampleSheet } from '../workbook/example-types';
import { columnLetters } from '../workbook/references';
import type { WriteValue } from '../workbook/types';
import { splitReference } from './references';
import type { ExcelBatchRunner } from './runner';

export const EXAMPLE_SHEET_NAME = '示例-绩效指标';

/** 示例-绩效指标, or 示例-绩效指标 (2), (3)… — the first that no sheet uses (case-insensitively, as Excel). */
export function freeSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Excel's column width is in points; the description gives characters (about 7 px = 5.25 pt each). */
function charactersToPoints(characters: number): number {
  return Math.round(characters * 5.25 + 5);
}

/** The example's cells as one dense block from A1, so they are written in one assignment. */
export function exampleBlock(example: ExampleSheet): { values: WriteValue[][]; numberFormats: string[][] } {
  const rows = Math.max(...example.cells.map((c) => c.row)) + 1;
  const cols = Math.max(...example.cells.map((c) => c.col)) + 1;
  const values: WriteValue[][] = Array.from({ length: rows }, () => Array<WriteValue>(cols).fill(null));
  const numberFormats = Array.from({ length: rows }, () => Array<string>(cols).fill('General'));
  for (const cell of example.cells) {
    values[cell.row][cell.col] = cell.value;
    if (cell.numberFormat) numberFormats[cell.row][cell.col] = cell.numberFormat;
  }
  return { values, numberFormats };
}

/** Reads the sheet names (one sync), then adds and fills the new sheet (one sync). */
export function insertExampleSheet(run: ExcelBatchRunner): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();

    const name = freeSheetName(
      EXAMPLE_SHEET_NAME,
      sheets.items.map((s) => s.name),
    );
    const example = buildExampleSheet(name);
    const sheet = context.workbook.worksheets.add(name);
    const { values, numberFormats } = exampleBlock(example);
    const block = sheet.getRangeByIndexes(0, 0, values.length, values[0].length);
    block.numberFormat = numberFormats;
    block.values = values;
    for (const cell of example.cells) {
      if (cell.bold) sheet.getRangeByIndexes(cell.row, cell.col, 1, 1).format.font.bold = true;
    }
    for (const merge of example.merges) sheet.getRange(merge).merge();
    example.columnWidths.forEach((width, col) => {
      const letters = columnLetters(col);
      sheet.getRange(`${letters}:${letters}`).format.columnWidth = charactersToPoints(width);
    });
    for (const added of example.names) {
      const reference = splitReference(added.formula);
      if (reference) sheet.names.add(added.name, sheet.getRange(reference.address));
    }
    sheet.activate();
    await context.sync();
    return name;
  });
}

/** Builds a fake workbook holding the bundled example sheet (src/workbook/example-types.ts). */
import type { ExampleSheet } from '../../../src/workbook/example-types';
import { parseArea } from './address';
import { FakeWorkbook } from './model';

export function workbookFromExample(example: ExampleSheet, workbook = new FakeWorkbook()): FakeWorkbook {
  const sheet = workbook.addSheet(example.name);
  for (const cell of example.cells) {
    if (cell.value === null && !cell.numberFormat && !cell.bold) continue;
    sheet.putCell(cell.row, cell.col, {
      value: cell.value,
      ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
      ...(cell.bold ? { bold: true } : {}),
    });
  }
  for (const merge of example.merges) {
    const area = parseArea(merge);
    if (area) sheet.merges.push(area);
  }
  example.columnWidths.forEach((width, col) => sheet.columnWidths.set(col, width));
  for (const name of example.names) workbook.defineName(name.name, name.formula, name.scope);
  workbook.activate(sheet);
  return workbook;
}

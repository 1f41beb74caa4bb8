/**
 * "插入示例表": adds the bundled 2023 example as a new sheet. Its names are scoped to the new sheet
 * (not workbook-scoped as in the example's description), so inserting it never disturbs the names
 * the officer already has, and inserting it twice gives two independent examples.
 */
import { toExcelInput } from '../cell-input';
import { charactersToPoints } from './column-width';
import { buildExampleSheet, EXAMPLE_SHEET_NAME, exampleBlock } from '../../workbook/example';
import { freeSheetName } from '../../workbook/outputSheets';
import { columnLetters } from '../../workbook/references';
import { splitReference } from '../../workbook/referenceText';
import type { ExcelRunner } from './types';

/** Reads the sheet names (one sync), then adds and fills the new sheet (one sync). */
export function insertExampleSheet(run: ExcelRunner): Promise<string> {
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
    // Written like typing: text such as "100%" or "2023-12-31" must stay text, as in the .xlsx example.
    block.values = values.map((row) => row.map(toExcelInput));
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

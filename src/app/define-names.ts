/**
 * Defining PE_* names from the pane. Names are always scoped to the active sheet: they then win
 * over workbook-scoped names of the same spelling (contract §1) and never clash with other sheets.
 * Each operation reads in one sync and writes in one.
 */
import { SINGLE_CELL_NAMES, type ActionResult, type NameDefinition } from './controller';
import type { ExcelBatchRunner } from './runner';

/** Defines (or redefines) each name as the given address on the active sheet. */
export function defineSheetNames(run: ExcelBatchRunner, definitions: NameDefinition[]): Promise<void> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const existing = definitions.map((d) => sheet.names.getItemOrNullObject(d.name));
    existing.forEach((item) => item.load('name'));
    await context.sync();

    existing.forEach((item) => {
      if (!item.isNullObject) item.delete();
    });
    for (const { name, address } of definitions) sheet.names.add(name, sheet.getRange(address));
    await context.sync();
  });
}

/** "Sheet1!D3:D26" -> "D3:D26" (the selection's address always carries its sheet). */
function localAddress(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
}

/** How many columns a name may span: PE_Targets may be a split target (指标性质 | 指标值 | 度量单位). */
const MAX_COLUMNS: Readonly<Record<string, number>> = { PE_Targets: 3 };

/**
 * Defines `name` as the current selection, after checking its shape: one cell for the budget and
 * profile names, one column for the others (up to three for PE_Targets).
 */
export function defineSelectionAs(
  run: ExcelBatchRunner,
  name: string,
): Promise<ActionResult<{ address: string }>> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const range = context.workbook.getSelectedRange();
    range.load('address,rowCount,columnCount');
    const existing = sheet.names.getItemOrNullObject(name);
    existing.load('name');
    await context.sync();

    // Excel rejects getSelectedRange() on most multi-area selections; this catches the rest.
    if (range.address.includes(',')) {
      return { ok: false, problem: { code: 'multi-area', detail: range.address } };
    }
    const address = localAddress(range.address);
    const singleCell = SINGLE_CELL_NAMES.includes(name);
    const shapeOk = singleCell
      ? range.rowCount === 1 && range.columnCount === 1
      : range.columnCount <= (MAX_COLUMNS[name] ?? 1);
    if (!shapeOk) {
      return { ok: false, problem: { code: 'selection-shape', detail: address } };
    }
    if (!existing.isNullObject) existing.delete();
    sheet.names.add(name, range);
    await context.sync();
    return { ok: true, address };
  });
}

/**
 * Defining PE_* names from the pane. Names are always scoped to the active sheet: they then win
 * over workbook-scoped names of the same spelling (contract §1) and never clash with other sheets.
 * Each operation reads in one sync and writes in one.
 */
import { rangeFitsName } from '../../workbook/names';
import type { ExcelRunner } from './types';

/** What "use the selection" did: the address named, or why nothing was (the pane's problem codes). */
export type SelectionNamed =
  | { ok: true; address: string }
  | { ok: false; problem: { code: 'multi-area' | 'selection-shape'; detail: string } };

/** Defines (or redefines) each name as the given address on the active sheet. */
export function defineSheetNames(
  run: ExcelRunner,
  definitions: readonly { name: string; address: string }[],
): Promise<void> {
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

/**
 * Defines `name` as the current selection, after checking its shape: one cell for the budget and
 * profile names, one column for the others (up to three for PE_Targets).
 */
export function defineSelectionAs(run: ExcelRunner, name: string): Promise<SelectionNamed> {
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
    if (!rangeFitsName(name, range.rowCount, range.columnCount)) {
      return { ok: false, problem: { code: 'selection-shape', detail: address } };
    }
    if (!existing.isNullObject) existing.delete();
    sheet.names.add(name, range);
    await context.sync();
    return { ok: true, address };
  });
}

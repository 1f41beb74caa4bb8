/** Reads what the pane shows above the score button: sheet name, its PE_* names, its stored profile. */
import { inputNamesOnSheet, lookupName } from '../workbook/names';
import type { SheetAfterRun } from '../workbook/afterRun';
import type { DefinedName } from '../workbook/types';
import { outputSheetNames } from '../workbook/outputLocation';
import { sameText } from '../workbook/references';
import { queueRecordList, recordsIn } from '../hosts/office/undo-record';
import type { SheetStatus } from './controller';
import { profileFromCell, type ExcelBatchRunner } from './runner';

/**
 * The input names that apply to `sheet`, by the scorer's own lookup (src/workbook/names.ts): a
 * sheet-scoped name first, else a workbook-scoped one with an area on the sheet; case-insensitive;
 * a broken name of this sheet still counts (the scorer reports it). Canonical spellings, sorted.
 */
export function namesForSheet(sheet: string, names: DefinedName[]): string[] {
  return [...inputNamesOnSheet(names, sheet)].sort();
}

function definedNames(items: Excel.NamedItem[], scope: DefinedName['scope']): DefinedName[] {
  return items.map((item) => ({ name: item.name, scope, formula: String(item.formula ?? '') }));
}

/** The pane's status from a run's outcome: the same fields a status read gives, no read needed. */
export function statusAfterRun(sheet: string, after: SheetAfterRun, undoRecorded = false): SheetStatus {
  return {
    sheet,
    names: namesForSheet(sheet, after.names),
    ...(undoRecorded ? { canUndoLastRun: true } : {}),
    profile: after.profileCell ? profileFromCell(after.profileCell.value) : null,
    hasProfileCell: after.profileCell !== null,
  };
}

/**
 * The sheet's name, both name collections and every sheet's name in one sync; then, only when the
 * sheet has a valid PE_Profile, that cell in a second. Nothing is asked of an *OrNullObject result
 * (a strict Excel fails the whole batch on a method called on one before a sync): the cell is read
 * by its address once the names say it exists, and it is always on this sheet (the scorer's lookup
 * refuses a PE_Profile pointing elsewhere). `outputSheets`: where the sheet's PE_Out* names point,
 * the next scoring run's guess of what to read.
 */
export function readSheetStatus(
  run: ExcelBatchRunner,
): Promise<{ status: SheetStatus; outputSheets: string[]; sheetNames: string[] }> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const sheetNames = sheet.names.load('items/name,items/type,items/formula');
    const bookNames = context.workbook.names.load('items/name,items/type,items/formula');
    const sheets = context.workbook.worksheets.load('items/name');
    const records = queueRecordList(context);
    await context.sync();

    const names = [
      ...definedNames(bookNames.items, 'workbook'),
      ...definedNames(sheetNames.items, { sheet: sheet.name }),
    ];
    const tabOrder = sheets.items.map((s) => s.name);
    const outputSheets = outputSheetNames(names, sheet.name, tabOrder);
    // The PE_Profile the scorer would use: the same lookup, so the pane shows what scoring reads.
    const profile = lookupName(names, sheet.name, 'PE_Profile');
    const canUndoLastRun = recordsIn(records).some((r) => sameText(r.sheet, sheet.name));
    const status = {
      sheet: sheet.name,
      names: namesForSheet(sheet.name, names),
      ...(canUndoLastRun ? { canUndoLastRun } : {}),
    };
    if (profile.kind !== 'ok')
      return {
        status: { ...status, profile: null, hasProfileCell: false },
        outputSheets,
        sheetNames: tabOrder,
      };
    const cell = sheet.getRangeByIndexes(profile.area.top, profile.area.left, 1, 1).load('values');
    await context.sync();
    return {
      status: { ...status, profile: profileFromCell(cell.values[0]?.[0]), hasProfileCell: true },
      outputSheets,
      sheetNames: tabOrder,
    };
  });
}

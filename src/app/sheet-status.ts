/** Reads what the pane shows above the score button: sheet name, its PE_* names, its stored profile. */
import { inputNamesOnSheet } from '../workbook/names';
import type { SheetAfterRun } from '../workbook/afterRun';
import type { DefinedName } from '../workbook/types';
import { readStatusOfActiveSheet } from '../hosts/office/read-status';
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

/** What the workbook's undo record says of the sheet on screen (absent fields: no record of it). */
export type LastRunOf = Pick<SheetStatus, 'canUndoLastRun' | 'lastRunAllSheets' | 'recordIds'>;

/** `recordIds`: every record the host keeps now (a run's own: its id), listed only when there is one. */
export function lastRunOf(
  recorded: boolean,
  allSheets = false,
  recordIds: readonly string[] = [],
): LastRunOf {
  const ids = recordIds.length > 0 ? { recordIds: [...recordIds] } : {};
  if (!recorded) return ids;
  return allSheets
    ? { canUndoLastRun: true, lastRunAllSheets: true, ...ids }
    : { canUndoLastRun: true, ...ids };
}

/** A run's own record id as the status's list: the run replaced every other record. */
export const ownRecord = (id: string | null | undefined): string[] => (typeof id === 'string' ? [id] : []);

/**
 * The pane's status from a run's outcome: the same fields a status read gives, no read needed.
 * `lastRun`: the run's own record (it replaced any other), when it kept one.
 */
export function statusAfterRun(sheet: string, after: SheetAfterRun, lastRun: LastRunOf = {}): SheetStatus {
  return {
    sheet,
    names: namesForSheet(sheet, after.names),
    ...lastRun,
    profile: after.profileCell ? profileFromCell(after.profileCell.value) : null,
    hasProfileCell: after.profileCell !== null,
  };
}

/**
 * The active sheet's status as the pane shows it, from one status read of the workbook (one sync,
 * two when the sheet has a PE_Profile cell: src/hosts/office/read-status.ts). `outputSheets`: where
 * the sheet's PE_Out* names point, the next scoring run's guess of what to read.
 */
export async function readSheetStatus(
  run: ExcelBatchRunner,
): Promise<{ status: SheetStatus; outputSheets: string[]; sheetNames: string[] }> {
  const read = await readStatusOfActiveSheet(run);
  const status = {
    sheet: read.sheet,
    names: namesForSheet(read.sheet, read.names),
    ...lastRunOf(read.canUndoLastRun, read.lastRunAllSheets, read.recordIds),
  };
  return {
    status: read.profileCell
      ? { ...status, profile: profileFromCell(read.profileCell.value), hasProfileCell: true }
      : { ...status, profile: null, hasProfileCell: false },
    outputSheets: read.outputSheets,
    sheetNames: read.sheetNames,
  };
}

/**
 * What the pane shows above the score button, as Excel has it: the active sheet's name, its names,
 * where its outputs are, whether the workbook keeps an undo of its last run, and PE_Profile's cell.
 * The sheet's name, both name collections and every sheet's name in one sync; then, only when the
 * sheet has a valid PE_Profile, that cell in a second. Nothing is asked of an *OrNullObject result
 * (a strict Excel fails the whole batch on a method called on one before a sync): the cell is read
 * by its address once the names say it exists, and it is always on this sheet (the scorer's lookup
 * refuses a PE_Profile pointing elsewhere). The pane's SheetStatus is made from this in
 * src/app/sheet-status.ts.
 */
import { lookupName } from '../../workbook/names';
import { outputSheetNames } from '../../workbook/outputLocation';
import type { DefinedName } from '../../workbook/types';
import { definedNames } from './read-layout';
import type { ExcelRunner } from './types';
import { queueRecordList, recordIsFor, recordsIn } from './undo-record';

export interface SheetStatusRead {
  sheet: string;
  /** Workbook-scoped names, then the sheet's own. */
  names: DefinedName[];
  /** Where the sheet's PE_Out* names point: the next scoring run's guess of what to read. */
  outputSheets: string[];
  /** Every sheet's name in tab order (评分全部工作表's guess of what to read). */
  sheetNames: string[];
  /** The workbook's undo record is of a run of this sheet (评分本表, or a 评分全部工作表 that scored it). */
  canUndoLastRun: boolean;
  /** That record is of a 评分全部工作表 run: its undo undoes the whole run, every sheet. */
  lastRunAllSheets: boolean;
  /** Every undo record's id (whichever sheet it is of): an undo the pane holds is current only if listed. */
  recordIds: string[];
  /** PE_Profile's cell as the scorer would read it; null when the sheet has no usable PE_Profile. */
  profileCell: { value: unknown } | null;
}

export function readStatusOfActiveSheet(run: ExcelRunner): Promise<SheetStatusRead> {
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
    const kept = recordsIn(records);
    const record = kept.find((r) => recordIsFor(r, sheet.name));
    const read = {
      sheet: sheet.name,
      names,
      outputSheets,
      sheetNames: tabOrder,
      canUndoLastRun: record !== undefined,
      lastRunAllSheets: record?.allSheets === true,
      recordIds: kept.map((r) => r.id),
    };
    if (profile.kind !== 'ok') return { ...read, profileCell: null };
    const cell = sheet.getRangeByIndexes(profile.area.top, profile.area.left, 1, 1).load('values');
    await context.sync();
    return { ...read, profileCell: { value: cell.values[0]?.[0] } };
  });
}

/** Calls `onChange` whenever another sheet is activated (ExcelApi 1.7); one sync to register. */
export async function watchActivatedSheets(run: ExcelRunner, onChange: () => void): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.onActivated.add(async () => onChange());
    await context.sync();
  });
}

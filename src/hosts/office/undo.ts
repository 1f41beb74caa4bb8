/**
 * Undo of one scoring run through Office.js: puts back what planUndo (src/workbook/undo.ts) computed
 * — cells, formats, fills, redefined names, replaced sheets — deletes the names and sheets the run
 * added, all in one sync (chunked only above the 5 MB request limit). Office errors are thrown to the
 * caller, which shows describeOfficeError(error).
 */
import type { UndoPlan } from '../../workbook/runOutcome';
import { applyChunks, packChunks, planChunks, WEB_PAYLOAD_LIMIT } from './chunks';
import type { ExcelRunner } from './types';
import type { WriteStep } from './write-steps';
import { dropRecordsStep, isCurrentRecord, queueRecordList, recordsIn } from './undo-record';

export interface ApplyUndoOptions {
  payloadLimitBytes?: number;
  /**
   * The undo is one the pane holds from a run it started: the id of the record that run kept (null:
   * it kept none). The workbook's record list is read first (one sync, in the same batch) and the
   * undo is applied only while that record is still the workbook's, i.e. no later run (the ribbon,
   * another pane, 评分全部工作表) has superseded it; the records are then deleted in the undo's own
   * write (an undone run is never undone twice). Absent: applied as given.
   */
  current?: { recordId: string | null };
}

/** 'stale': refused, nothing written (the held undo's run is no longer the workbook's last run). */
export type ApplyUndoResult = 'applied' | 'stale';

function deleteSteps(undo: UndoPlan): WriteStep[] {
  const names: WriteStep[] = undo.deleteNames.map((entry) => ({
    bytes: 300,
    queue(context) {
      const names =
        entry.scope === 'workbook'
          ? context.workbook.names
          : context.workbook.worksheets.getItem(entry.scope.sheet).names;
      names.getItem(entry.name).delete();
    },
  }));
  const sheets: WriteStep[] = undo.deleteSheets.map((name) => ({
    bytes: 300,
    queue(context) {
      context.workbook.worksheets.getItem(name).delete();
    },
  }));
  // Names first: a name pointing at a deleted sheet would otherwise linger as #REF! until deleted.
  return [...names, ...sheets];
}

export async function applyUndo(
  run: ExcelRunner,
  undo: UndoPlan,
  options: ApplyUndoOptions = {},
): Promise<ApplyUndoResult> {
  const limit = options.payloadLimitBytes ?? WEB_PAYLOAD_LIMIT;
  return run(async (context): Promise<ApplyUndoResult> => {
    let dropRecords: WriteStep[] = [];
    if (options.current) {
      const list = queueRecordList(context);
      await context.sync();
      const records = recordsIn(list);
      if (!isCurrentRecord(records, options.current.recordId)) return 'stale';
      if (records.length > 0) dropRecords = [dropRecordsStep(records.map((r) => r.id))];
    }
    // Every name in restore.names existed before the run: the run redefined it (its formula is set
    // back) or, marked `create`, deleted it (a memory name: added back).
    const restore = planChunks(undo.restore, { sheetNames: [], nameExists: () => true }, limit);
    const last = restore[restore.length - 1];
    const removals = [...deleteSteps(undo), ...dropRecords];
    const chunks =
      restore.length === 1
        ? packChunks([...last, ...removals], Math.floor(limit * 0.8))
        : [...restore, removals];
    await applyChunks(
      context,
      chunks.filter((chunk) => chunk.length > 0),
    );
    return 'applied';
  });
}

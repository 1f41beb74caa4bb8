/** How a scoring run keeps the workbook's undo record (undo-record.ts) without an extra round trip. */
import { packChunks } from './chunks';
import { dropRecordsStep, queueRecordList, recordsIn, runRecordStep, type UndoRecord } from './undo-record';
import type { WriteStep } from './write-steps';

export { queueRecordList };

const SAFETY = 0.8;

/**
 * The record ids loaded with the first read. When that read had to be redone (too large a response, a
 * stale guess), the list was lost with the failed sync: it is read again (one more sync, only then),
 * because an old record must never outlive a newer run.
 */
export async function recordIds(
  context: Excel.RequestContext,
  list: Excel.CustomXmlPartCollection,
): Promise<{ ids: string[]; syncs: number }> {
  try {
    return { ids: recordsIn(list).map((r) => r.id), syncs: 0 };
  } catch {
    const again = queueRecordList(context);
    await context.sync();
    return { ids: recordsIn(again).map((r) => r.id), syncs: 1 };
  }
}

/**
 * The record step (runRecordStep: this run's record, or only the old ones deleted) at the end of the
 * last chunk (its own chunk only when the last one is full).
 */
export function appendRecordStep(
  chunks: WriteStep[][],
  oldIds: string[],
  record: UndoRecord,
  limit: number,
): { chunks: WriteStep[][]; recorded: boolean; recordId: () => string | null } {
  const budget = Math.floor(limit * SAFETY);
  const { step, recorded, recordId } = runRecordStep(oldIds, record, budget);
  const last = chunks[chunks.length - 1] ?? [];
  const packed = [...chunks.slice(0, -1), ...packChunks<WriteStep>([...last, step], budget)];
  return { chunks: packed, recorded, recordId };
}

/**
 * After a failed write: replaces every record with `record`, the undo of what landed (two syncs, on
 * that path only), and gives the new record's id (what the pane keeps with that undo). Null (nothing
 * landed: the workbook is as it was, and the write's last step, the record's, never ran) keeps the
 * previous run's record, still true, and costs nothing. Held to the run's request budget like every
 * record (runRecordStep): one too heavy for it only deletes the old records, which must never
 * outlive the writes that landed (a sync refused as too large would keep them).
 */
export async function replaceRecords(
  context: Excel.RequestContext,
  record: UndoRecord | null,
  limit: number,
): Promise<string | null> {
  if (!record) return null;
  const list = queueRecordList(context);
  await context.sync();
  const { step, recordId } = runRecordStep(
    recordsIn(list).map((r) => r.id),
    record,
    Math.floor(limit * SAFETY),
  );
  step.queue(context);
  await context.sync();
  return recordId();
}

/**
 * After a failed write whose landed part could not be read back: every record describes a workbook
 * this run may have changed, so none may stay on offer (its undo would write an older state over
 * what landed). Deleted, best effort (two syncs, on that path only); the caller's own undo, kept by
 * no record, is then the current one (undoCurrency.ts).
 */
export async function dropRecords(context: Excel.RequestContext): Promise<void> {
  const list = queueRecordList(context);
  await context.sync();
  const ids = recordsIn(list).map((r) => r.id);
  if (ids.length === 0) return;
  dropRecordsStep(ids).queue(context);
  await context.sync();
}

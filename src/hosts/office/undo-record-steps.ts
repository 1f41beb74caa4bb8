/** How a scoring run keeps the workbook's undo record (undo-record.ts) without an extra round trip. */
import { packChunks } from './chunks';
import { queueRecordList, recordsIn, runRecordStep, type UndoRecord } from './undo-record';
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
 * previous run's record, still true, and costs nothing.
 */
export async function replaceRecords(
  context: Excel.RequestContext,
  record: UndoRecord | null,
): Promise<string | null> {
  if (!record) return null;
  const list = queueRecordList(context);
  await context.sync();
  const { step, recordId } = runRecordStep(
    recordsIn(list).map((r) => r.id),
    record,
    Infinity,
  );
  step.queue(context);
  await context.sync();
  return recordId();
}

/** How a scoring run keeps the workbook's undo record (undo-record.ts) without an extra round trip. */
import { packChunks } from './chunks';
import { queueRecordList, recordStep, recordsIn, type UndoRecord } from './undo-record';
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

/** The record step at the end of the last chunk (its own chunk only when the last one is full). */
export function appendRecordStep(
  chunks: WriteStep[][],
  oldIds: string[],
  record: UndoRecord,
  limit: number,
): { chunks: WriteStep[][]; recorded: boolean } {
  const budget = Math.floor(limit * SAFETY);
  const step = recordStep(oldIds, record, budget);
  if (!step) return { chunks, recorded: false };
  const last = chunks[chunks.length - 1] ?? [];
  return { chunks: [...chunks.slice(0, -1), ...packChunks([...last, step], budget)], recorded: true };
}

/** Replaces every record with `record` (or none): two syncs, only after a failed write. */
export async function replaceRecords(
  context: Excel.RequestContext,
  record: UndoRecord | null,
): Promise<void> {
  const list = queueRecordList(context);
  await context.sync();
  const step = record
    ? recordStep(
        recordsIn(list).map((r) => r.id),
        record,
        Infinity,
      )
    : null;
  if (step) step.queue(context);
  else for (const old of recordsIn(list)) context.workbook.customXmlParts.getItem(old.id).delete();
  await context.sync();
}

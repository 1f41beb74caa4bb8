/**
 * "Score this sheet" through Office.js: read everything in one sync, plan (pure), apply the plan in
 * one more sync (or a few under the 5 MB limit). A refusal writes nothing; an Office error becomes a
 * message; nothing is thrown.
 */
import type { Message } from '../../engine/messages/message';
import type { RunOutcome } from '../../workbook/runOutcome';
import { planRun } from '../../workbook';
import type { ScoringSnapshot, WritePlan } from '../../workbook/types';
import type { UndoPlan } from '../../workbook/runOutcome';
import { inspectLandedWrites } from './write-failure';
import {
  appendRecordStep,
  dropRecords,
  queueRecordList,
  recordIds,
  replaceRecords,
} from './undo-record-steps';
import { MAYBE_WRITTEN, NOTHING_WRITTEN, partlyWritten } from './write-messages';
import { nameExistsIn } from '../names';
import { planUndo } from '../../workbook/undo';
import { sheetAfterRun } from '../../workbook/afterRun';
import { applyChunks, planChunks, WEB_PAYLOAD_LIMIT } from './chunks';
import { describeOfficeError, officeErrorText } from './errors';
import { officeMsg } from './messages';
import { supportsMergedAreas } from './merged-areas';
import { buildSnapshot, queueSnapshotRead } from './read-snapshot';
import { completeWindowFills } from './read-fills';
import { completeOutputSheets } from './read-outputs';
import { isResponseTooLarge, readSnapshotInSlices } from './read-slices';
import type { ExcelRunner, HostCapabilities, OfficeRunOptions } from './types';

const isItemNotFound = (error: unknown) => (error as { code?: unknown } | null)?.code === 'ItemNotFound';

/**
 * One sync when the caller's guess of the output sheets is right (or there are none yet); one more
 * to read outputs it did not guess, or to redo the read when a guessed sheet no longer exists; row
 * slices only when Excel on the web refuses the response as too large.
 */
async function readSnapshot(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  limit: number,
  knownOutputs: readonly string[],
  /** Queues again what rode along with the first read, when that read has to be redone. */
  requeue: () => void,
): Promise<{ snapshot: ScoringSnapshot; syncs: number }> {
  let proxies = queueSnapshotRead(context, capabilities, true, knownOutputs);
  let syncs = 1;
  try {
    await context.sync();
  } catch (error) {
    if (isResponseTooLarge(error)) {
      requeue();
      const sliced = await readSnapshotInSlices(context, capabilities, limit, knownOutputs);
      return { snapshot: sliced.snapshot, syncs: sliced.syncs + 1 };
    }
    if (knownOutputs.length === 0 || !isItemNotFound(error)) throw error;
    // A guessed output sheet was deleted (or renamed) since: read again without guesses.
    requeue();
    proxies = queueSnapshotRead(context, capabilities, true, []);
    await context.sync();
    syncs += 1;
  }
  const completed = await completeOutputSheets(context, capabilities, buildSnapshot(proxies));
  return { snapshot: completed.snapshot, syncs: syncs + completed.syncs };
}

/**
 * A write sync failed: read back what landed (one more sync), and hand back the undo of exactly
 * that with the list of what was written. When even that read fails, the full undo is handed back
 * and the message says the workbook may have been partly changed.
 */
async function describeFailedWrite(
  context: Excel.RequestContext,
  limit: number,
  error: unknown,
  snapshot: ScoringSnapshot,
  plan: WritePlan,
  undo: UndoPlan,
): Promise<RunOutcome> {
  const reason = describeOfficeError(error);
  const reasonText = officeErrorText(error);
  const failedWith = (what: Message) => officeMsg('write.failed', { reason: reasonText, what });
  const sheet = snapshot.sheet.name;
  try {
    const landed = await inspectLandedWrites(context, snapshot, plan, undo);
    // The workbook's record now holds the undo of what landed (or none): the pane offers exactly that.
    const recordId = await replaceRecords(
      context,
      landed.undo ? { sheet, undo: landed.undo } : null,
      limit,
    ).catch(() => null);
    if (!landed.undo)
      return {
        status: 'failed',
        sheet,
        message: `${reason}\n${NOTHING_WRITTEN}`,
        text: failedWith(officeMsg('write.nothing', {})),
        written: [],
      };
    return {
      status: 'failed',
      sheet,
      message: `${reason}\n${partlyWritten(landed.written)}`,
      text: failedWith(officeMsg('write.partly', { written: landed.writtenText })),
      written: landed.written,
      undo: landed.undo,
      undoRecordId: recordId,
    };
  } catch {
    await dropRecords(context).catch(() => undefined);
    const text = failedWith(officeMsg('write.maybe', {}));
    return { status: 'failed', sheet, message: `${reason}\n${MAYBE_WRITTEN}`, text, undo };
  }
}

export async function scoreActiveSheet(
  run: ExcelRunner,
  options: OfficeRunOptions = {},
): Promise<RunOutcome> {
  let sheetName: string | null = null;
  try {
    return await run(async (context): Promise<RunOutcome> => {
      const limit = options.payloadLimitBytes ?? WEB_PAYLOAD_LIMIT;
      // A fresh object: the read turns cellProperties off when Office lacks ExcelApi 1.9.
      const capabilities: HostCapabilities = {
        cellProperties: options.capabilities?.cellProperties ?? true,
        mergedAreas: supportsMergedAreas(options.capabilities),
      };
      // The workbook's undo records ride along with the first read (a collection: never a null object).
      let recordList = queueRecordList(context);
      const read = await readSnapshot(context, capabilities, limit, options.outputSheets ?? [], () => {
        recordList = queueRecordList(context);
      });
      const filled = capabilities.cellProperties
        ? { snapshot: read.snapshot, syncs: 0 }
        : await completeWindowFills(context, read.snapshot);
      const snapshot = filled.snapshot;
      const readSyncs = read.syncs + filled.syncs;
      sheetName = snapshot.sheet.name;

      const planned = planRun(snapshot, options);
      if (!planned.ok) return { status: 'refused', sheet: snapshot.sheet.name, refusal: planned.refusal };
      const { plan, result, layout, ranges, detection, report } = planned.run;

      const undo = planUndo(snapshot, plan);
      const chunks = planChunks(
        plan,
        {
          sheetNames: snapshot.sheetNames,
          nameExists: nameExistsIn(snapshot.names),
          // pageLayout is ExcelApi 1.9, as getCellProperties: the same feature check.
          pageLayout: capabilities.cellProperties,
        },
        limit,
      );
      const oldRecords = await recordIds(context, recordList);
      const withRecord = appendRecordStep(
        chunks,
        oldRecords.ids,
        { sheet: snapshot.sheet.name, undo },
        limit,
      );
      let writeSyncs: number;
      try {
        writeSyncs = await applyChunks(context, withRecord.chunks);
      } catch (error) {
        return await describeFailedWrite(context, limit, error, snapshot, plan, undo);
      }
      writeSyncs += oldRecords.syncs;
      return {
        status: 'scored',
        sheet: snapshot.sheet.name,
        result,
        undo,
        syncs: readSyncs + writeSyncs,
        layout,
        ranges,
        detection,
        after: sheetAfterRun(snapshot, plan),
        undoRecorded: withRecord.recorded,
        undoRecordId: withRecord.recordId(),
        ...(report ? { report } : {}),
      };
    });
  } catch (error) {
    const text = officeErrorText(error);
    return { status: 'failed', sheet: sheetName, message: describeOfficeError(error), text };
  }
}

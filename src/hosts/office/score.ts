/**
 * "Score this sheet" through Office.js: read everything in one sync, plan (pure), apply the plan in
 * one more sync (or a few under the 5 MB limit). A refusal writes nothing; an Office error becomes a
 * message; nothing is thrown.
 */
import type { RunOutcome } from '../../app/types';
import { planScoring } from '../../workbook';
import type { NameAdd, ScoringSnapshot } from '../../workbook/types';
import { sameName } from '../names';
import { planUndo } from '../../workbook/undo';
import { applyChunks, planChunks, WEB_PAYLOAD_LIMIT } from './chunks';
import { describeOfficeError } from './errors';
import { supportsMergedAreas } from './merged-areas';
import { buildSnapshot, queueSnapshotRead } from './read-snapshot';
import { completeWindowFills } from './read-fills';
import { readSnapshotWithoutChains } from './read-outputs';
import { isResponseTooLarge, readSnapshotInSlices } from './read-slices';
import type { ExcelRunner, HostCapabilities, OfficeRunOptions } from './types';

export function nameExistsIn(snapshot: ScoringSnapshot): (add: NameAdd) => boolean {
  return (add) => snapshot.names.some((n) => sameName(n, add));
}

/**
 * One sync normally; row slices only when Excel on the web refuses the response as too large; a read
 * without the null-object chains when the first read fails otherwise.
 */
async function readSnapshot(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  limit: number,
): Promise<{ snapshot: ScoringSnapshot; syncs: number }> {
  const proxies = queueSnapshotRead(context, capabilities);
  try {
    await context.sync();
  } catch (error) {
    if (isResponseTooLarge(error)) {
      const sliced = await readSnapshotInSlices(context, capabilities, limit);
      return { snapshot: sliced.snapshot, syncs: sliced.syncs + 1 };
    }
    // Perhaps the output-sheet chains: read without them; a genuine failure fails again, as itself.
    const plain = await readSnapshotWithoutChains(context, capabilities).catch(() => Promise.reject(error));
    return { snapshot: plain.snapshot, syncs: plain.syncs + 1 };
  }
  return { snapshot: buildSnapshot(proxies), syncs: 1 };
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
      const read = await readSnapshot(context, capabilities, limit);
      const filled = capabilities.cellProperties
        ? { snapshot: read.snapshot, syncs: 0 }
        : await completeWindowFills(context, read.snapshot);
      const snapshot = filled.snapshot;
      const readSyncs = read.syncs + filled.syncs;
      sheetName = snapshot.sheet.name;

      const profile = options.profile ?? options.profileBySheet?.[snapshot.sheet.name];
      const planned = planScoring(snapshot, {
        ...(profile ? { profile } : {}),
        ...(options.detect ? { detect: true } : {}),
      });
      if (!planned.ok) return { status: 'refused', sheet: snapshot.sheet.name, refusal: planned.refusal };
      const { plan, result, layout, ranges, detection } = planned.run;

      const undo = planUndo(snapshot, plan);
      const chunks = planChunks(
        plan,
        { sheetNames: snapshot.sheetNames, nameExists: nameExistsIn(snapshot) },
        limit,
      );
      const writeSyncs = await applyChunks(context, chunks);
      return {
        status: 'scored',
        sheet: snapshot.sheet.name,
        result,
        undo,
        syncs: readSyncs + writeSyncs,
        layout,
        ranges,
        detection,
      };
    });
  } catch (error) {
    return { status: 'failed', sheet: sheetName, message: describeOfficeError(error) };
  }
}

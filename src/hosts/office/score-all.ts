/**
 * 评分全部工作表 through Office.js: ONE read of every sheet (grid, protection, own names), the
 * workbook's names, tab order and structure protection; the pure plan (src/workbook/scoreAll.ts);
 * ONE write of every plan in order (chunked only above the 5 MB request limit). Two syncs however
 * many sheets.
 *
 * The sheets to read are known only after a read, so the caller passes the tab order it last saw
 * (the pane's status read lists it): each is reached with worksheets.getItem (never a null object).
 * Sheets the guess missed are read in one more sync; a guessed sheet deleted meanwhile fails the read
 * (ItemNotFound) and it is redone from the real list (two more). The old undo records are stale after
 * this run and are deleted in the write; the run's undo is handed back (the pane's 撤销).
 */
import type { AllSheetsOutcome } from '../../workbook/allSheetsOutcome';
import type { RunOptions } from '../../workbook/runOutcome';
import {
  combineUndos,
  planAllSheets,
  type OrderedPlan,
  type WorkbookSnapshot,
} from '../../workbook/scoreAll';
import { sheetAfterRun } from '../../workbook/afterRun';
import type { DefinedName, SheetSnapshot } from '../../workbook/types';
import { sameName, sameText } from '../names';
import { applyChunks, packChunks, WEB_PAYLOAD_LIMIT } from './chunks';
import { describeOfficeError } from './errors';
import { supportsMergedAreas } from './merged-areas';
import { completeWindowFills } from './read-fills';
import { queueOutputSheet, readOutputSheet, toDefinedNames } from './read-snapshot';
import type { HostCapabilities } from './types';
import { queueRecordList, recordsIn } from './undo-record';
import { MAYBE_WRITTEN, NOTHING_WRITTEN, partlyWritten } from './write-messages';
import { inspectLandedWrites } from './write-failure';
import { planSteps, type WriteStep } from './write-steps';
import type { ExcelRunner } from './types';

export interface ScoreAllOptions extends RunOptions {
  capabilities?: HostCapabilities;
  payloadLimitBytes?: number;
  /** The workbook's sheets as the caller last saw them (tab order): read in the first sync. */
  sheetNames?: readonly string[];
}

type SheetProxies = ReturnType<typeof queueOutputSheet> & { names: Excel.NamedItemCollection };

function queueSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  capabilities: HostCapabilities,
) {
  return names.map((name): SheetProxies => {
    const proxies = queueOutputSheet(context, name, capabilities, true);
    return {
      ...proxies,
      names: proxies.sheet.names.load('items/name, items/type, items/formula, items/visible'),
    };
  });
}

const isItemNotFound = (error: unknown) => (error as { code?: unknown } | null)?.code === 'ItemNotFound';

/** The whole workbook: one sync with a right guess, one more for sheets it missed. */
async function readWorkbook(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  guess: readonly string[],
): Promise<{ book: WorkbookSnapshot; active: string; records: string[]; syncs: number }> {
  const queueFrame = (names: readonly string[]) => ({
    active: context.workbook.worksheets.getActiveWorksheet().load('name'),
    workbookNames: context.workbook.names.load('items/name, items/type, items/formula, items/visible'),
    sheets: context.workbook.worksheets.load('items/name'),
    structure: context.workbook.protection.load('protected'),
    records: queueRecordList(context),
    read: queueSheets(context, names, capabilities),
  });
  let frame = queueFrame(guess);
  let syncs = 1;
  try {
    await context.sync();
  } catch (error) {
    if (guess.length === 0 || !isItemNotFound(error)) throw error;
    frame = queueFrame([]); // a guessed sheet is gone: learn the real list, then read it below
    await context.sync();
    syncs += 1;
  }
  const order = frame.sheets.items.map((s) => s.name);
  const missing = order.filter((name) => !frame.read.some((p) => sameText(p.sheet.name, name)));
  const more = missing.length > 0 ? queueSheets(context, missing, capabilities) : [];
  if (more.length > 0) {
    await context.sync();
    syncs += 1;
  }
  const read = [...frame.read, ...more];
  const names: DefinedName[] = toDefinedNames(frame.workbookNames.items, 'workbook');
  const sheets: SheetSnapshot[] = [];
  for (const name of order) {
    const proxies = read.find((p) => sameText(p.sheet.name, name))!;
    sheets.push(readOutputSheet(proxies));
    names.push(...toDefinedNames(proxies.names.items, { sheet: proxies.sheet.name }));
  }
  let book: WorkbookSnapshot = { sheets, names, structureProtected: frame.structure.protected === true };
  if (!capabilities.cellProperties && sheets.length > 0) {
    // Old Excel (no getCellProperties): the fills beyond the window read with the cells.
    const filled = await completeWindowFills(context, {
      sheet: sheets[0],
      otherSheets: sheets.slice(1),
      names,
      sheetNames: order,
    });
    book = { ...book, sheets: [filled.snapshot.sheet, ...filled.snapshot.otherSheets] };
    syncs += filled.syncs;
  }
  return { book, active: frame.active.name, records: recordsIn(frame.records).map((r) => r.id), syncs };
}

export async function scoreAllSheets(
  run: ExcelRunner,
  options: ScoreAllOptions = {},
): Promise<AllSheetsOutcome> {
  try {
    return await run(async (context): Promise<AllSheetsOutcome> => {
      const limit = options.payloadLimitBytes ?? WEB_PAYLOAD_LIMIT;
      const capabilities: HostCapabilities = {
        cellProperties: options.capabilities?.cellProperties ?? true,
        mergedAreas: supportsMergedAreas(options.capabilities),
      };
      const read = await readWorkbook(context, capabilities, options.sheetNames ?? []);
      const planned = planAllSheets(read.book, {
        ...(options.profile ? { profile: options.profile } : {}),
        ...(options.profileBySheet ? { profileBySheet: options.profileBySheet } : {}),
      });
      if (!planned.ok) return { status: 'refused', message: planned.message, skipped: planned.skipped };

      const nameExists = (add: Parameters<typeof sameName>[1]) =>
        read.book.names.some((n) => sameName(n, add));
      // The workbook's undo records describe runs this one supersedes: never to be applied now.
      const dropRecords: WriteStep = {
        bytes: 300 * read.records.length,
        queue: (ctx) => read.records.forEach((id) => ctx.workbook.customXmlParts.getItem(id).delete()),
      };
      const stepsOf = (maxBlockBytes: number): WriteStep[] => [
        ...planned.plans.flatMap(({ plan, sheetNames }) =>
          planSteps(plan, { sheetNames, nameExists }, maxBlockBytes),
        ),
        dropRecords,
      ];
      const budget = Math.floor(limit * 0.8);
      const whole = stepsOf(Infinity);
      const chunks =
        whole.reduce((sum, step) => sum + step.bytes, 0) <= budget
          ? [whole]
          : packChunks(stepsOf(Math.floor(budget / 2)), budget);
      let writeSyncs: number;
      try {
        writeSyncs = await applyChunks(context, chunks);
      } catch (error) {
        return await landedOfFailedRun(context, planned.plans, describeOfficeError(error));
      }
      const active = planned.runs.find((r) => sameText(r.sheet, read.active) && r.outcome.ok);
      return {
        status: 'scored',
        league: planned.league.sheet,
        rows: planned.league.rows,
        skipped: planned.skipped,
        sheetNames: planned.sheetNames,
        undo: planned.undo,
        syncs: read.syncs + writeSyncs,
        activeSheet: read.active,
        ...(active?.outcome.ok
          ? { activeAfter: sheetAfterRun(active.snapshot, active.outcome.run.plan) }
          : {}),
      };
    });
  } catch (error) {
    return { status: 'failed', message: describeOfficeError(error) };
  }
}

/**
 * A write that failed part-way: Office batches are not transactions, so what landed is read back
 * plan by plan (the single-sheet run's inspection, write-failure.ts) and only that is offered for
 * undo, with an exact account. The league's plan is inspected on a sheet that existed before the run
 * (its names are workbook-scoped). If the read-back itself fails, no undo is offered: an undo of
 * steps that never landed would stop at the first of them.
 */
async function landedOfFailedRun(
  context: Excel.RequestContext,
  plans: OrderedPlan[],
  reason: string,
): Promise<AllSheetsOutcome> {
  try {
    const written: string[] = [];
    const undos = [];
    for (const { plan, snapshot, undo } of plans) {
      const inspected =
        plan.blocks.length === 0 && plan.fills.length === 0 ? { ...plan, sheet: plans[0].plan.sheet } : plan;
      const landed = await inspectLandedWrites(context, snapshot, inspected, undo);
      written.push(...landed.written);
      if (landed.undo) undos.push(landed.undo);
    }
    if (undos.length === 0) return { status: 'failed', message: `${reason}\n${NOTHING_WRITTEN}` };
    return {
      status: 'failed',
      message: `${reason}\n${partlyWritten(written)}`,
      undo: combineUndos(undos, plans[0].plan.sheet),
    };
  } catch {
    return { status: 'failed', message: `${reason}\n${MAYBE_WRITTEN}` };
  }
}

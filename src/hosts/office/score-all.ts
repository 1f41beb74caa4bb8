/**
 * 评分全部工作表 through Office.js: ONE read of every sheet (grid, protection, own names), the
 * workbook's names, tab order and structure protection (read-workbook.ts; sliced only above the
 * 5 MB response limit); the pure plan (src/workbook/scoreAll.ts); ONE write of every plan in order
 * (chunked only above the 5 MB request limit). Two syncs however many sheets, while they fit.
 *
 * The sheets to read are known only after a read, so the caller passes the tab order it last saw
 * (the pane's status read lists it): each is reached with worksheets.getItem (never a null object).
 * Sheets the guess missed are read in one more sync; a guessed sheet deleted meanwhile fails the read
 * (ItemNotFound) and it is redone from the real list (two more). The run's undo is handed back (the
 * pane's 撤销全部工作表的评分) AND kept in the workbook as its undo record (undo-record.ts), replacing
 * the old one in the same write: the record is of every sheet the run scored and of its league sheet,
 * so a run from the ribbon, or from a pane since closed, is undone from the pane on any of them.
 */
import type { AllSheetsOutcome } from '../../workbook/allSheetsOutcome';
import type { RunOptions } from '../../workbook/runOutcome';
import {
  combineUndos,
  planAllSheets,
  refusedOutcome,
  scoredOutcome,
  type OrderedPlan,
} from '../../workbook/scoreAll';
import { nameExistsIn } from '../names';
import { applyChunks, packChunks, payloadBudget, WEB_PAYLOAD_LIMIT } from './chunks';
import type { Message } from '../../engine/messages/message';
import { describeOfficeError, officeErrorText } from './errors';
import { officeMsg } from './messages';
import { supportsMergedAreas } from './merged-areas';
import { readWorkbook } from './read-workbook';
import type { HostCapabilities } from './types';
import { MAYBE_WRITTEN, NOTHING_WRITTEN, partlyWritten } from './write-messages';
import { inspectLandedWrites } from './write-failure';
import { planSteps, type WriteStep } from './write-steps';
import { runRecordStep } from './undo-record';
import { dropRecords, replaceRecords } from './undo-record-steps';
import type { ExcelRunner } from './types';

export interface ScoreAllOptions extends RunOptions {
  capabilities?: HostCapabilities;
  payloadLimitBytes?: number;
  /** The workbook's sheets as the caller last saw them (tab order): read in the first sync. */
  sheetNames?: readonly string[];
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
      const read = await readWorkbook(context, capabilities, options.sheetNames ?? [], limit);
      const planned = planAllSheets(read.book, {
        ...(options.profile ? { profile: options.profile } : {}),
        ...(options.profileBySheet ? { profileBySheet: options.profileBySheet } : {}),
      });
      if (!planned.ok) return refusedOutcome(planned);

      const nameExists = nameExistsIn(read.book.names);
      const budget = payloadBudget(limit);
      const league = planned.league.sheet;
      // Last in the write (after everything it describes): this run's record, or only the old ones
      // deleted when this one would not fit in a request (runRecordStep, the rule of every run).
      const recordSheets = [...planned.plans.slice(0, -1).map(({ plan }) => plan.sheet), league];
      const record = { sheet: league, undo: planned.undo, allSheets: recordSheets };
      const keep = runRecordStep(read.records, record, budget);
      const stepsOf = (maxBlockBytes: number): WriteStep[] => [
        ...planned.plans.flatMap(({ plan, sheetNames }) =>
          planSteps(plan, { sheetNames, nameExists }, maxBlockBytes),
        ),
        keep.step,
      ];
      const whole = stepsOf(Infinity);
      const chunks =
        whole.reduce((sum, step) => sum + step.bytes, 0) <= budget
          ? [whole]
          : packChunks(stepsOf(Math.floor(budget / 2)), budget);
      let writeSyncs: number;
      try {
        writeSyncs = await applyChunks(context, chunks);
      } catch (error) {
        return await landedOfFailedRun(context, planned.plans, league, error, limit);
      }
      return {
        ...scoredOutcome(planned, read.active, read.syncs + writeSyncs),
        undoRecorded: keep.recorded,
        undoRecordId: keep.recordId(),
      };
    });
  } catch (error) {
    return { status: 'failed', message: describeOfficeError(error), text: officeErrorText(error) };
  }
}

/**
 * A write that failed part-way: Office batches are not transactions, so what landed is read back
 * plan by plan (the single-sheet run's inspection, write-failure.ts) and only that is offered for
 * undo, with an exact account. The league's plan is inspected on a sheet that existed before the run
 * (its names are workbook-scoped). The workbook's undo record then holds the undo of what landed,
 * of the sheets it landed on, as after 评分本表 (nothing landed: the previous record stays, still
 * true). If the read-back itself fails, no undo is offered: an undo of steps that never landed would
 * stop at the first of them.
 */
async function landedOfFailedRun(
  context: Excel.RequestContext,
  plans: OrderedPlan[],
  league: string,
  error: unknown,
  limit: number,
): Promise<AllSheetsOutcome> {
  const reason = describeOfficeError(error);
  const failedWith = (what: Message) => officeMsg('write.failed', { reason: officeErrorText(error), what });
  try {
    const writtenText: Message[] = [];
    const written: string[] = [];
    const undos = [];
    const landedOn: string[] = [];
    for (const [at, { plan, snapshot, undo }] of plans.entries()) {
      const isLeague = at === plans.length - 1; // the league's plan is always the last
      const inspected = isLeague ? { ...plan, sheet: plans[0].plan.sheet } : plan;
      const landed = await inspectLandedWrites(context, snapshot, inspected, undo);
      written.push(...landed.written);
      writtenText.push(...landed.writtenText);
      if (!landed.undo) continue;
      undos.push(landed.undo);
      landedOn.push(isLeague ? league : plan.sheet);
    }
    if (undos.length === 0)
      return {
        status: 'failed',
        message: `${reason}\n${NOTHING_WRITTEN}`,
        text: failedWith(officeMsg('write.nothing', {})),
      };
    const undo = combineUndos(undos, plans[0].plan.sheet);
    const recordId = await replaceRecords(context, { sheet: league, undo, allSheets: landedOn }, limit).catch(
      () => null,
    );
    return {
      status: 'failed',
      message: `${reason}\n${partlyWritten(written)}`,
      text: failedWith(officeMsg('write.partly', { written: writtenText })),
      undo,
      undoRecordId: recordId,
    };
  } catch {
    await dropRecords(context).catch(() => undefined);
    return {
      status: 'failed',
      message: `${reason}\n${MAYBE_WRITTEN}`,
      text: failedWith(officeMsg('write.maybe', {})),
    };
  }
}

/**
 * A run whose ET writes stopped part-way. ET is synchronous, so the run's WriteProgress (progress.ts)
 * is exactly what landed: the outcome says it in words (the Office host's codes, ../write-messages.ts)
 * and hands back the undo of exactly that (planUndo of the landed part). Nothing changed: it says so,
 * with no undo. 评分全部工作表 does the same plan by plan, as the Office host does.
 */
import type { Message } from '../../engine/messages/message';
import type { AllSheetsOutcome } from '../../workbook/allSheetsOutcome';
import type { RunOutcome, UndoPlan } from '../../workbook/runOutcome';
import { combineUndos } from '../../workbook/scoreAll';
import type { ScoringSnapshot, WritePlan } from '../../workbook/types';
import { planUndo } from '../../workbook/undo';
import { writeMsg, writeText } from '../write-messages';
import { describeWpsWriteError, wpsErrorText } from './errors';
import { landedAccount, landedPlan, type WriteProgress } from './progress';

/** One plan as it was being applied when ET threw. */
export interface PlanProgress {
  plan: WritePlan;
  snapshot: ScoringSnapshot;
  progress: WriteProgress;
}

/** What landed of each plan, in words, and the undo of exactly that (null: nothing changed). */
function landedOf(plans: readonly PlanProgress[]): { written: Message[]; undo: UndoPlan | null } {
  const written: Message[] = [];
  const undos: UndoPlan[] = [];
  for (const { plan, snapshot, progress } of plans) {
    const account = landedAccount(snapshot, progress);
    // A plan whose landed writes changed nothing needs no undo (restoring it would change nothing).
    if (account.length === 0) continue;
    written.push(...account);
    undos.push(planUndo(snapshot, landedPlan(plan, progress)));
  }
  if (undos.length === 0) return { written, undo: null };
  return { written, undo: undos.length === 1 ? undos[0] : combineUndos(undos, plans[0].plan.sheet) };
}

export function failedRun(run: PlanProgress, error: unknown): RunOutcome {
  const reason = describeWpsWriteError(error);
  const failedWith = (what: Message) => writeMsg('write.failed', { reason: wpsErrorText(error), what });
  const sheet = run.snapshot.sheet.name;
  const { written, undo } = landedOf([run]);
  if (!undo) {
    const nothing = writeMsg('write.nothing', {});
    return {
      status: 'failed',
      sheet,
      message: `${reason}\n${writeText(nothing)}`,
      text: failedWith(nothing),
      written: [],
    };
  }
  const partly = writeMsg('write.partly', { written });
  return {
    status: 'failed',
    sheet,
    message: `${reason}\n${writeText(partly)}`,
    text: failedWith(partly),
    written: written.map(writeText),
    undo,
  };
}

/** 评分全部工作表: `plans` are the plans applied so far, the last one where ET threw. */
export function failedAllSheets(plans: readonly PlanProgress[], error: unknown): AllSheetsOutcome {
  const reason = describeWpsWriteError(error);
  const failedWith = (what: Message) => writeMsg('write.failed', { reason: wpsErrorText(error), what });
  const { written, undo } = landedOf(plans);
  if (!undo) {
    const nothing = writeMsg('write.nothing', {});
    return { status: 'failed', message: `${reason}\n${writeText(nothing)}`, text: failedWith(nothing) };
  }
  const partly = writeMsg('write.partly', { written });
  return {
    status: 'failed',
    message: `${reason}\n${writeText(partly)}`,
    text: failedWith(partly),
    undo,
  };
}

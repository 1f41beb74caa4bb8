/**
 * The ribbon's commands as plain functions — "评分本表 / Score this sheet" and "评分全部工作表 /
 * Score all sheets": run, tell the officer how it went, and always tell Office the command is done
 * (event.completed()), whatever happened. When the run could not score for want of ranges (评分本表:
 * detection found no table, or a required name is missing; 评分全部工作表: no sheet had a table)
 * nothing is written and the pane is opened where the host allows it (a shared runtime), showing the
 * active sheet's setup card with the message; otherwise the dialog gives the message and says how to
 * open the pane. One rule for both commands (createRibbonCommand); what differs is the outcome and
 * its wording. src/commands/ribbon-handler.ts wires them to Office; tests call them with doubles.
 */
import { allOutcomeMessage } from './all-outcome-message';
import { outcomeMessage, setupMessage, type MessageLocale } from './outcome-message';
import type { AllSheetsOutcome } from '../workbook/allSheetsOutcome';
import { SETUP_REFUSALS } from '../workbook/refusalMessages';
import type { RunOutcome } from '../workbook/runOutcome';

export interface CommandEvent {
  completed(): void;
}

export interface ScoreCommandDeps {
  /** Scores the active sheet with detection on (a sheet without PE_* names is scored from its headers). */
  score(): Promise<RunOutcome>;
  describeError(error: unknown): string;
  /** Shows the message; resolves when it is closed or could not be shown. */
  showMessage(text: string): Promise<void>;
  /**
   * Opens the task pane (Office.addin.showAsTaskpane, SharedRuntime 1.1). Resolves true when it was
   * opened, false when the host cannot (the ribbon's function file runs in its own runtime).
   */
  openPane(): Promise<boolean>;
  locale: MessageLocale;
  /**
   * The pane, when it runs in the same runtime: after openPane resolved true, shows the setup card
   * of `sheet` (null: the active sheet) with `message` (instead of the dialog). Absent: the dialog
   * says it all.
   */
  showSetup?(setup: { sheet: string | null; message: string }): void;
  /** The pane in the same runtime: the workbook changed (a run wrote to it), re-read. */
  paneChanged?(): void;
}

/** 评分全部工作表: the same, its run scoring every sheet. */
export type ScoreAllCommandDeps = Omit<ScoreCommandDeps, 'score'> & { score(): Promise<AllSheetsOutcome> };

/** What tells one command's outcomes apart. */
interface OutcomeRules<O> {
  message(outcome: O, locale: MessageLocale): string;
  /** Nothing was scored for want of ranges: the setup card resolves it (its sheet, null: the active). */
  setupSheet(outcome: O): string | null | undefined;
  /** Something may have been written: the pane re-reads. */
  mayHaveWritten(outcome: O): boolean;
}

/** Refusals the setup card resolves: the ranges are not known. */
export function needsSetup(outcome: RunOutcome): boolean {
  return outcome.status === 'refused' && SETUP_REFUSALS.includes(outcome.refusal.code);
}

function createRibbonCommand<O>(
  deps: Omit<ScoreCommandDeps, 'score'> & { score(): Promise<O> },
  rules: OutcomeRules<O>,
): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      let text: string;
      try {
        const outcome = await deps.score();
        text = rules.message(outcome, deps.locale);
        const setupSheet = rules.setupSheet(outcome);
        if (setupSheet !== undefined) {
          const opened = await deps.openPane().catch(() => false);
          if (opened && deps.showSetup) {
            // The pane is open on the sheet's setup card: the message goes there, no dialog.
            deps.showSetup({ sheet: setupSheet, message: text });
            return;
          }
          text = `${text}\n${setupMessage(opened, deps.locale)}`;
        } else if (rules.mayHaveWritten(outcome)) {
          deps.paneChanged?.();
        }
      } catch (error) {
        text = deps.describeError(error);
      }
      await deps.showMessage(text);
    } catch {
      // Nothing more can be shown; Office must still be told the command finished.
    } finally {
      event.completed();
    }
  };
}

export function createScoreCommand(deps: ScoreCommandDeps): (event: CommandEvent) => Promise<void> {
  return createRibbonCommand(deps, {
    message: outcomeMessage,
    setupSheet: (outcome) => (needsSetup(outcome) ? outcome.sheet : undefined),
    mayHaveWritten: (outcome) => outcome.status !== 'refused',
  });
}

export function createScoreAllCommand(deps: ScoreAllCommandDeps): (event: CommandEvent) => Promise<void> {
  return createRibbonCommand(deps, {
    message: allOutcomeMessage,
    // No sheet had its ranges: the pane opens on the active sheet, whose setup card shows why.
    setupSheet: (outcome) =>
      outcome.status === 'refused' && outcome.code === 'no-ranges' ? null : undefined,
    mayHaveWritten: (outcome) => outcome.status !== 'refused',
  });
}

/**
 * The ribbon's "评分本表 / Score this sheet" as a plain function: score (a sheet without names from
 * detection), tell the officer how it went, and always tell Office the command is done
 * (event.completed()), whatever happened. When the sheet cannot be scored for want of ranges
 * (detection found no table, or a required name is missing) nothing is written, the pane is asked to
 * open at its setup card where the host allows it, and the message says how to open it otherwise.
 * src/commands/commands.ts wires it to Office; tests call it with doubles.
 */
import { outcomeMessage, setupMessage, type MessageLocale } from './outcome-message';
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
}

/** Refusals the setup card resolves: the ranges are not known. */
export function needsSetup(outcome: RunOutcome): boolean {
  return (
    outcome.status === 'refused' &&
    (outcome.refusal.code === 'not-found' || outcome.refusal.code === 'missing-required-name')
  );
}

export function createScoreCommand(deps: ScoreCommandDeps): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      let text: string;
      try {
        const outcome = await deps.score();
        text = outcomeMessage(outcome, deps.locale);
        if (needsSetup(outcome)) {
          const opened = await deps.openPane().catch(() => false);
          text = `${text}\n${setupMessage(opened, deps.locale)}`;
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

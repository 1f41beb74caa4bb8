/**
 * The ribbon's "评分本表 / Score this sheet" as a plain function: score (a sheet without names from
 * detection), tell the officer how it went, and always tell Office the command is done
 * (event.completed()), whatever happened. When the sheet cannot be scored for want of ranges
 * (detection found no table, or a required name is missing) nothing is written and the pane is
 * opened where the host allows it (a shared runtime), showing that sheet's setup card with the
 * message; otherwise the dialog gives the message and says how to open the pane.
 * src/commands/ribbon-handler.ts wires it to Office; tests call it with doubles.
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
  /**
   * The pane, when it runs in the same runtime: after openPane resolved true, shows the setup card
   * of `sheet` with `message` (instead of the dialog). Absent: the dialog says it all.
   */
  showSetup?(setup: { sheet: string | null; message: string }): void;
  /** The pane in the same runtime: the workbook changed (a run wrote to it), re-read. */
  paneChanged?(): void;
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
          if (opened && deps.showSetup) {
            // The pane is open on this sheet's setup card: the message goes there, no dialog.
            deps.showSetup({ sheet: outcome.sheet, message: text });
            return;
          }
          text = `${text}\n${setupMessage(opened, deps.locale)}`;
        } else if (outcome.status !== 'refused') {
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

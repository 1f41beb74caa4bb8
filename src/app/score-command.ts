/**
 * The ribbon's "评分本表 / Score this sheet" as a plain function: score, tell the officer how it went,
 * and always tell Office the command is done (event.completed()), whatever happened.
 * src/commands/commands.ts wires it to Office; tests call it with doubles.
 */
import { outcomeMessage, type MessageLocale } from './outcome-message';
import type { RunOutcome } from './types';

export interface CommandEvent {
  completed(): void;
}

export interface ScoreCommandDeps {
  score(): Promise<RunOutcome>;
  describeError(error: unknown): string;
  /** Shows the message; resolves when it is closed or could not be shown. */
  showMessage(text: string): Promise<void>;
  locale: MessageLocale;
}

export function createScoreCommand(deps: ScoreCommandDeps): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      let text: string;
      try {
        text = outcomeMessage(await deps.score(), deps.locale);
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

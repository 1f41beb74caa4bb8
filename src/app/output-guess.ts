/**
 * The guess a scoring run needs before its one read: which sheets hold the active sheet's outputs
 * (Office.js cannot follow PE_OutSummary to its sheet inside one sync without a null-object chain,
 * see src/hosts/office/README.md). Filled from each run's outcome and each status read, by sheet;
 * the guess for a run is the outputs of the sheet last seen active. A wrong or missing guess costs
 * one more sync, never a wrong result.
 */
import type { RunOutcome } from '../workbook/runOutcome';

export interface OutputGuess {
  /** The sheets to read with the next run. */
  guess(): string[];
  /** The pane or a run saw `sheet` active with these outputs. */
  saw(sheet: string, outputSheets: readonly string[]): void;
  /** Learns from a run's outcome (a scored run says where its outputs now are). */
  learn(outcome: RunOutcome): void;
}

export function createOutputGuess(): OutputGuess {
  const bySheet = new Map<string, string[]>();
  let active: string | null = null;
  const saw = (sheet: string, outputSheets: readonly string[]) => {
    active = sheet;
    bySheet.set(sheet, [...outputSheets]);
  };
  return {
    guess: () => (active === null ? [] : [...(bySheet.get(active) ?? [])]),
    saw,
    learn(outcome) {
      if (outcome.status === 'scored' && outcome.after) saw(outcome.sheet, outcome.after.outputSheets);
      else if (outcome.sheet !== null) active = outcome.sheet;
    },
  };
}

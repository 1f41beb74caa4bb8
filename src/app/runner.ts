/**
 * The app layer's only door to Excel: a function that runs one batch, i.e. `(b) => Excel.run(b)`.
 * Passing it in (instead of reading the `Excel` global) keeps the app layer testable with the fake.
 */
import { parseProfileId } from '../engine/profiles';
import type { ProfileId } from '../engine/types';
import type { ExcelRunner, OfficeRunOptions } from '../hosts/office/types';
import type { ApplyUndoOptions, ApplyUndoResult } from '../hosts/office/undo';
import type { RunOutcome, UndoPlan } from '../workbook/runOutcome';

export type ExcelBatchRunner = ExcelRunner;

/** The Office.js host functions the controller delegates scoring and undo to (src/hosts/office). */
export interface ScoringHost {
  scoreActiveSheet(run: ExcelBatchRunner, options?: OfficeRunOptions): Promise<RunOutcome>;
  /** With `current`: refused ('stale') when that record is no longer the workbook's (src/hosts/office/undo.ts). */
  applyUndo(
    run: ExcelBatchRunner,
    undo: UndoPlan,
    options?: ApplyUndoOptions,
  ): Promise<ApplyUndoResult | void>;
  describeOfficeError(error: unknown): string;
}

/** A PE_Profile cell's value as a profile id (the engine's parser), or null when it holds something else. */
export function profileFromCell(value: unknown): ProfileId | null {
  return parseProfileId(value);
}

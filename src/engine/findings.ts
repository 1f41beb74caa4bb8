/**
 * Findings are values, never exceptions. Each names its cell (A1) and says, in Chinese, what the
 * value is and why it matters. `code` is the machine-readable kind.
 */
import type { Finding, FindingLevel } from './types';

export type FindingCode =
  | 'row-error'
  | 'reported-rate-mismatch'
  | 'reported-rate-unreadable'
  | 'reported-score-mismatch'
  | 'reported-score-unreadable'
  | 'unit-mismatch'
  | 'ambiguous-percent'
  | 'target-zero'
  | 'duplicate-name'
  | 'equal-split'
  | 'no-categories'
  | 'section-weights'
  | 'manual-score'
  | 'budget-missing'
  | 'budget-error'
  | 'management-missing'
  | 'management-error'
  | 'management-ignored'
  | 'management-overdrawn'
  | 'operator-in-actual'
  | 'magnitude-assumed'
  | 'deadline-year'
  | 'answer-for-number'
  | 'placeholder-rows'
  | 'rules-unknown-setting'
  | 'rules-bad-value'
  | 'rules-duplicate'
  | 'rules-no-setting'
  | 'rules-invalid'
  | 'rules-total'
  | 'section-empty';

export function finding(
  level: FindingLevel,
  cell: string | null,
  message: string,
  code: FindingCode,
): Finding {
  return { level, cell, message, code };
}

export const errorAt = (cell: string | null, message: string, code: FindingCode = 'row-error'): Finding =>
  finding('error', cell, message, code);

export const warningAt = (cell: string | null, message: string, code: FindingCode): Finding =>
  finding('warning', cell, message, code);

export const infoAt = (cell: string | null, message: string, code: FindingCode): Finding =>
  finding('info', cell, message, code);

/** "E12：" prefix for messages that name their cell; nothing when the address is unknown. */
export function at(address: string | null | undefined): string {
  return address ? `${address}：` : '';
}

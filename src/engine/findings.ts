/**
 * Findings are values, never exceptions. Each names its cell (A1) and says what the value is and
 * why it matters: `text` is that as a message (code and parameters, ./messages), `message` the same
 * in Chinese (what the workbook and the CLI write). `code` is the machine-readable kind.
 */
import { zh, type Message } from './messages';
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

export function finding(level: FindingLevel, cell: string | null, text: Message, code: FindingCode): Finding {
  return { level, cell, message: zh(text), code, text };
}

export const errorAt = (cell: string | null, text: Message, code: FindingCode = 'row-error'): Finding =>
  finding('error', cell, text, code);

export const warningAt = (cell: string | null, text: Message, code: FindingCode): Finding =>
  finding('warning', cell, text, code);

export const infoAt = (cell: string | null, text: Message, code: FindingCode): Finding =>
  finding('info', cell, text, code);

/** "E12：" prefix for messages that name their cell; nothing when the address is unknown. */
export function at(address: string | null | undefined): string {
  return address ? `${address}：` : '';
}

/**
 * Office.js errors -> a sentence a finance officer can act on (Chinese first, English in parentheses).
 * Codes are Office's documented error codes (OfficeExtension.ErrorCodes / Excel.ErrorCodes); the
 * message of an unknown error is kept so support can still see it.
 */
import type { Message } from '../../engine/messages/message';
import { KNOWN_OFFICE_ERRORS, officeMsg, officeText } from './messages';

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown };
}

/** The Office error as a message (./messages.ts): what the dialog and the pane say, in their language. */
export function officeErrorText(error: unknown): Message {
  const e = (typeof error === 'object' && error !== null ? error : {}) as OfficeLikeError;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : typeof error === 'string' ? error : '';
  if (/protected/i.test(message) || /受保护/.test(message)) return officeMsg('excel.protected', {});
  if (code === 'InvalidOperation' && /edit mode|cell-editing/i.test(message))
    return { code: 'excel.InvalidOperationInCellEditMode', params: {} };
  if (code && KNOWN_OFFICE_ERRORS.includes(code)) return { code: `excel.${code}`, params: {} };
  const detail = message || (code ? code : String(error));
  return officeMsg('excel.unexpected', { detail });
}

/** The error in the words the dialog and the Chinese pane show (Chinese first, English in parentheses). */
export function describeOfficeError(error: unknown): string {
  return officeText(officeErrorText(error));
}

/**
 * An undo's error as a message: it says the undo failed (never "while scoring"). An unknown error is
 * the undo's unexpected error; an error with a sentence of its own is that sentence after 撤销未完成.
 */
export function officeUndoErrorText(error: unknown): Message {
  const text = officeErrorText(error);
  return text.code === 'excel.unexpected'
    ? officeMsg('undo.unexpected', { detail: String(text.params.detail) })
    : officeMsg('undo.failed', { reason: text });
}

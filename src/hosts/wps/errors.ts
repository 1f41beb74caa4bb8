/**
 * ET errors -> a sentence an officer can act on (Chinese first). ET throws plain JS errors whose
 * message is WPS's own text (often Chinese); a protection message maps to the protected-sheet
 * sentence, anything else keeps its text so support can still see it.
 */
import type { Message } from '../../engine/messages/message';

const PROTECTED =
  '工作表受保护，未写入任何内容。请撤销保护后重试。(The sheet is protected; nothing was written. Unprotect it and try again.)';

function errorMessage(error: unknown): string {
  return typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
    ? (error as { message: string }).message
    : String(error);
}

const isProtection = (message: string) => /protect|受保护|保护/i.test(message);

export function describeWpsError(error: unknown): string {
  const message = errorMessage(error);
  if (isProtection(message)) return PROTECTED;
  return `评分时出现意外错误：${message}。请重试；如仍出现，请联系技术支持。(Unexpected error: ${message})`;
}

/**
 * The same as a message, for the pane to word in its language: the Office host's codes for a
 * refused write and an unexpected error (their tables word them; WPS's own text stays as the detail).
 */
export function wpsErrorText(error: unknown): Message {
  const message = errorMessage(error);
  return isProtection(message)
    ? { code: 'excel.protected', params: {} }
    : { code: 'excel.unexpected', params: { detail: message } };
}

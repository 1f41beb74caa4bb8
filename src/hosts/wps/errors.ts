/**
 * ET errors -> a sentence an officer can act on (Chinese first). ET throws plain JS errors whose
 * message is WPS's own text (often Chinese); a protection message maps to the protected-sheet
 * sentence, anything else keeps its text so support can still see it.
 */
import type { Message } from '../../engine/messages/message';
import { writeMsg, writeText } from '../write-messages';

const PROTECTED =
  '工作表受保护，未写入任何内容。请撤销保护后重试。(The sheet is protected; nothing was written. Unprotect it and try again.)';

/** A write ET refused for protection: what was written before it, if anything, is said after it. */
const REFUSED_WRITE =
  '工作表或工作簿受保护，WPS 表格拒绝了写入。请撤销保护后重试。(The sheet or workbook is protected; WPS refused the write. Unprotect it and try again.)';

/**
 * An error whose sentence and message are already made (an undo that failed part-way, with what it
 * restored): shown as it is, never wrapped as an unexpected error.
 */
export class WpsWorded extends Error {
  constructor(
    message: string,
    readonly text: Message,
  ) {
    super(message);
  }
}

function errorMessage(error: unknown): string {
  return typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
    ? (error as { message: string }).message
    : String(error);
}

const isProtection = (message: string) => /protect|受保护|保护/i.test(message);

export function describeWpsError(error: unknown): string {
  if (error instanceof WpsWorded) return error.message;
  const message = errorMessage(error);
  if (isProtection(message)) return PROTECTED;
  return `评分时出现意外错误：${message}。请重试；如仍出现，请联系技术支持。(Unexpected error: ${message})`;
}

/**
 * The same as a message, for the pane to word in its language: the Office host's codes for a
 * refused write and an unexpected error (their tables word them; WPS's own text stays as the detail).
 */
export function wpsErrorText(error: unknown): Message {
  if (error instanceof WpsWorded) return error.text;
  const message = errorMessage(error);
  return isProtection(message)
    ? writeMsg('wps.protected', {})
    : { code: 'excel.unexpected', params: { detail: message } };
}

/**
 * Why a write stopped, as the first line of a failed write's account (the account follows): the
 * protection sentence without "nothing was written", which the account says or contradicts.
 */
export function describeWpsWriteError(error: unknown): string {
  return isProtection(errorMessage(error)) ? REFUSED_WRITE : describeWpsError(error);
}

/**
 * Why an undo stopped, as the first line of its account (what it restored follows): protection as
 * for a write, anything else an unexpected error of the undo (never "while scoring").
 */
export function wpsUndoErrorText(error: unknown): Message {
  const message = errorMessage(error);
  return isProtection(message)
    ? writeMsg('wps.protected', {})
    : writeMsg('undo.unexpected', { detail: message });
}

/** The same in the words of the ribbon's dialog and the Chinese pane. */
export function describeWpsUndoError(error: unknown): string {
  return isProtection(errorMessage(error)) ? REFUSED_WRITE : writeText(wpsUndoErrorText(error));
}

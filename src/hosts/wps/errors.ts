/**
 * ET errors -> a sentence an officer can act on (Chinese first). ET throws plain JS errors whose
 * message is WPS's own text (often Chinese); a protection message maps to the protected-sheet
 * sentence, anything else keeps its text so support can still see it.
 */
const PROTECTED =
  '工作表受保护，未写入任何内容。请撤销保护后重试。(The sheet is protected; nothing was written. Unprotect it and try again.)';

export function describeWpsError(error: unknown): string {
  const message =
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
      ? (error as { message: string }).message
      : String(error);
  if (/protect|受保护|保护/i.test(message)) return PROTECTED;
  return `评分时出现意外错误：${message}。请重试；如仍出现，请联系技术支持。(Unexpected error: ${message})`;
}

/**
 * The workbook layer's messages: `wmsg(code, params)` makes one, `zhText(message)` words it (and any
 * engine message inside it) in Chinese, `workbookFinding` makes a finding that carries both.
 */
import { ENGINE_ZH, renderMessage, type AnyTable, type Message } from '../../engine/messages';
import type { Finding, FindingLevel } from '../../engine/types';
import { WORKBOOK_ZH } from './zh';

export type { WorkbookMessages } from './zh';
export { WORKBOOK_ZH } from './zh';

export { wmsg } from './make';

const ZH_TABLES: readonly AnyTable[] = [WORKBOOK_ZH as unknown as AnyTable, ENGINE_ZH as unknown as AnyTable];

/** The message in Chinese: the text the workbook's outputs and the CLI carry. */
export function zhText(message: Message): string {
  return renderMessage(message, ZH_TABLES) ?? message.code;
}

/** A finding of the workbook layer: its Chinese message and the message itself (for the pane). */
export function workbookFinding(
  level: FindingLevel,
  cell: string | null,
  code: string,
  text: Message,
): Finding {
  return { level, cell, code, message: zhText(text), text };
}

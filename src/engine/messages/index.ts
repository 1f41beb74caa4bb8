/**
 * The engine's messages: `msg(code, params)` makes one, `zh(message)` words it in Chinese (what the
 * workbook and the CLI write). Other languages' tables are loaded by whoever shows them (the pane
 * loads ./en.ts with its English strings).
 */
import { messageMaker, renderMessage, type Message } from './message';
import { ENGINE_ZH, type EngineMessages } from './zh';

export type { Message, MessageParam, MessageTable, Render, AnyTable } from './message';
export { renderMessage, messageMaker } from './message';
export type { EngineMessages } from './zh';
export { ENGINE_ZH } from './zh';

export const msg = messageMaker<EngineMessages>();

/** The message in Chinese; every engine code is in the Chinese table (the type system checks it). */
export function zh(message: Message): string {
  return renderMessage(message, [ENGINE_ZH]) ?? message.code;
}

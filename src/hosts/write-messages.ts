/**
 * What a write that failed part-way (and an undo that failed part-way) says about the workbook, as
 * messages: shared by the Office and WPS hosts, so both word the same account the same way. Chinese
 * first, English in parentheses (./write-messages-en.ts words the same codes in English, for the
 * pane). The Office host's table spreads these in (office/messages.ts), so the pane knows them.
 */
import { messageMaker, renderMessage, type AnyTable, type Message, type Render } from '../engine/messages';

export const WRITE_ZH = {
  'write.failed': (p: { reason: Message; what: Message }, r: Render) => `${r(p.reason)}\n${r(p.what)}`,
  'write.nothing': () => '工作簿未被改动。(Nothing was written.)',
  'write.maybe': () =>
    '工作簿可能已被部分改动，无法确认改动了哪些内容。(The workbook may have been partly changed.)',
  'write.partly': (p: { written: readonly Message[] }, r: Render) =>
    `写入中途失败，已写入：${p.written.map(r).join('；')}。(The write stopped part-way; what was written is listed.)`,
  'written.sheet': (p: { name: string }) => `新增工作表 ${p.name}`,
  'written.names': (p: { names: readonly string[] }) => `定义名称 ${p.names.join('、')}`,
  'written.deleted-names': (p: { names: readonly string[] }) => `删除名称 ${p.names.join('、')}`,
  'written.cells': (p: { sheet: string; count: number }) => `工作表 ${p.sheet} 的 ${p.count} 个单元格`,
  'written.rewrote': (p: { name: string }) => `改写了工作表 ${p.name}`,
  /** WPS refused a write for protection (Excel's own is excel.protected): the host named as it is. */
  'wps.protected': () =>
    '工作表或工作簿受保护，WPS 表格拒绝了写入。请撤销保护后重试。(The sheet or workbook is protected; WPS Spreadsheets refused the write. Unprotect it and try again.)',
  // ---- an undo that failed (WPS: ET says which of its steps were done)
  /** Why an undo stopped, when the host gave no known reason: an undo, not a scoring run. */
  'undo.unexpected': (p: { detail: string }) =>
    `撤销时出现意外错误：${p.detail}。(The undo failed: unexpected error: ${p.detail})`,
  /** Why an undo stopped, for a host error with a sentence of its own (Office's codes). */
  'undo.failed': (p: { reason: Message }, r: Render) => `撤销未完成：${r(p.reason)}`,
  'undo.nothing': () => '撤销未能进行，工作簿未被改动。(The undo failed; nothing was changed.)',
  'undo.partly': (p: { restored: readonly Message[] }, r: Render) =>
    `撤销中途失败，已恢复：${p.restored.map(r).join('；')}。其余部分仍是评分写入的内容，可再次撤销。(The undo stopped part-way; what was restored is listed. Undo again for the rest.)`,
  'restored.names': (p: { names: readonly string[] }) => `名称 ${p.names.join('、')} 的原定义`,
  'restored.sheet': (p: { name: string }) => `工作表 ${p.name} 的原内容`,
  'removed.sheet': (p: { name: string }) => `删除工作表 ${p.name}`,
};

export type WriteMessages = {
  [C in keyof typeof WRITE_ZH]: Parameters<(typeof WRITE_ZH)[C]> extends [infer P, ...unknown[]]
    ? P
    : Record<string, never>;
};

export const writeMsg = messageMaker<WriteMessages>();

/** The message in Chinese (what the ribbon's dialog and the Chinese pane show). */
export function writeText(message: Message): string {
  return renderMessage(message, [WRITE_ZH as unknown as AnyTable]) ?? message.code;
}

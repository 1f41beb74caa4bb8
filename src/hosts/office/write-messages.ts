/**
 * What a failed write says about the workbook (Chinese first, English in parentheses; the words are
 * in ../write-messages.ts, shared with the WPS host and spread into ./messages.ts). No sentence here
 * promises an undo button: the pane shows one (撤销已写入的部分) with the outcome's undo; the
 * ribbon's dialog has none.
 */
import { officeMsg, officeText } from './messages';

export const NOTHING_WRITTEN = officeText(officeMsg('write.nothing', {}));

export const MAYBE_WRITTEN = officeText(officeMsg('write.maybe', {}));

/** "写入中途失败，已写入：新增工作表 评分汇总；工作表 绩效指标 的 81 个单元格。" */
export function partlyWritten(written: string[]): string {
  return `写入中途失败，已写入：${written.join('；')}。(The write stopped part-way; what was written is listed.)`;
}

/** What a failed write says about the workbook (Chinese first, English in parentheses). */

export const NOTHING_WRITTEN = '工作簿未被改动。(Nothing was written.)';

export const MAYBE_WRITTEN =
  '工作簿可能已被部分改动，无法确认改动了哪些内容。请点“撤销”恢复到评分前。(The workbook may have been partly changed; use Undo to restore it.)';

/** "已写入：新增工作表 评分汇总；工作表 绩效指标 的 81 个单元格。请点“撤销”…" */
export function partlyWritten(written: string[]): string {
  return `写入中途失败，已写入：${written.join('；')}。请点“撤销”恢复到评分前。(The write stopped part-way; what was written is listed above. Use Undo to restore the workbook.)`;
}

/**
 * One run's outcome as a short plain-text message, for the ribbon command's dialog (which has no
 * pane to show results in). Chinese by default; English when Office's language is not Chinese.
 */
import { FLAG_HEADINGS, FLAG_LABELS } from '../engine/flags';
import type { Grade } from '../engine/types';
import type { RunOutcome } from '../workbook/runOutcome';

export type MessageLocale = 'zh-CN' | 'en-US';

const GRADE_WORDS: Record<Grade, string> = { 优: 'Excellent', 良: 'Good', 中: 'Fair', 差: 'Poor' };

const PROTECTED: Record<MessageLocale, string> = {
  'zh-CN': '工作表受保护，未写入任何内容。请撤销保护后重试。',
  'en-US': 'The sheet is protected; nothing was written. Unprotect it and try again.',
};

/** After a 'not-found' refusal (the message is detection's, in Chinese). */
const NOTHING_WRITTEN: Record<MessageLocale, string> = {
  'zh-CN': '。未写入任何内容。',
  'en-US': ' (in Chinese above). Nothing was written.',
};

/**
 * What to do when the ranges are not known: the pane's setup card. `opened` says whether the pane
 * could be opened from the ribbon (a shared runtime only); otherwise how to open it.
 */
export function setupMessage(opened: boolean, locale: MessageLocale = 'zh-CN'): string {
  if (locale === 'zh-CN') {
    return opened
      ? '已打开“绩效评分”窗格：请在“本表尚未设置评分区域”卡片中核对识别结果，或选中区域后用“用所选区域设为…”指定，再评分。'
      : '请点击“开始”选项卡上的“绩效评分”打开窗格，在“本表尚未设置评分区域”卡片（或“评分区域”一栏）中核对识别结果，或选中区域后用“用所选区域设为…”指定，再评分。';
  }
  return opened
    ? 'The 绩效评分 (Performance scoring) pane is open: check what was detected on its setup card, or select each range and use “Use the selection as…”, then score.'
    : 'Click 绩效评分 (Performance scoring) on the Home tab to open the pane; on its setup card (or under 评分区域) check what was detected, or select each range and use “Use the selection as…”, then score.';
}

/** Scores are already rounded to 2 decimals by the engine; this only pads: 94.5 -> "94.50". */
const twoDecimals = (score: number): string => score.toFixed(2);

/** Counts of flagged rows; a kind left out is not said (评分全部工作表's league has no 建议复核). */
export type FlagCounts = Partial<Record<'over150' | 'under100' | 'review' | 'errors', number>>;

/** The flag counts in the flag words' one table (engine/flags.ts): 需调整目标 2 项，未完成 1 项，… */
export function countsLine(counts: FlagCounts, locale: MessageLocale): string {
  const zh = locale === 'zh-CN';
  const parts: [string, number | undefined][] = [
    [FLAG_LABELS.over150[locale], counts.over150],
    [FLAG_LABELS.under100[locale], counts.under100],
    [FLAG_LABELS.review[locale], counts.review],
    [FLAG_HEADINGS.error[locale], counts.errors],
  ];
  return parts
    .filter((part): part is [string, number] => part[1] !== undefined)
    .map(([word, n]) => (zh ? `${word} ${n} 项` : `${word} ${n}`))
    .join(zh ? '，' : ', ');
}

export function outcomeMessage(outcome: RunOutcome, locale: MessageLocale = 'zh-CN'): string {
  const zh = locale === 'zh-CN';
  if (outcome.status === 'refused') {
    if (outcome.refusal.code === 'protected') return PROTECTED[locale];
    const nothing = outcome.refusal.code === 'not-found' ? NOTHING_WRITTEN[locale] : '';
    return zh
      ? `无法评分：${outcome.refusal.message}${nothing}`
      : `Cannot be scored: ${outcome.refusal.message}${nothing}`;
  }
  if (outcome.status === 'failed') {
    return zh ? `评分未完成：${outcome.message}` : `Scoring did not finish: ${outcome.message}`;
  }
  const { total, grade, counts, complete } = outcome.result;
  const detected = outcome.layout === 'detected';
  const lines = zh
    ? [
        `工作表 ${outcome.sheet} 自评得分 ${twoDecimals(total)}，等级：${grade}。`,
        `${countsLine(counts, 'zh-CN')}。`,
        complete ? '' : '部分内容无法评分，总分只包含能评分的部分。',
        detected
          ? '评分区域为按表头自动识别，已设为本表的名称，下次评分读取相同单元格；识别结果列在“评分汇总”中。'
          : '',
        '详见“评分汇总”“扣分明细”工作表，或打开任务窗格。',
      ]
    : [
        `Sheet ${outcome.sheet}: self-evaluation score ${twoDecimals(total)}, grade: ${GRADE_WORDS[grade]}.`,
        `${countsLine(counts, 'en-US')}.`,
        complete ? '' : 'Part of the sheet could not be scored; the total covers only what could.',
        detected
          ? 'The ranges were detected from the headers and defined as this sheet’s names, so the next scoring reads the same cells; 评分汇总 lists them.'
          : '',
        'See the 评分汇总 and 扣分明细 sheets, or open the task pane.',
      ];
  return lines.filter((line) => line !== '').join('\n');
}

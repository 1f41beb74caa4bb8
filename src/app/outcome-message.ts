/**
 * One run's outcome as a short plain-text message, for the ribbon command's dialog (which has no
 * pane to show results in). Chinese by default; English when Office's language is not Chinese.
 */
import type { Grade } from '../engine/types';
import type { RunOutcome } from './types';

export type MessageLocale = 'zh-CN' | 'en-US';

const GRADE_WORDS: Record<Grade, string> = { 优: 'Excellent', 良: 'Good', 中: 'Fair', 差: 'Poor' };

const PROTECTED: Record<MessageLocale, string> = {
  'zh-CN': '工作表受保护，未写入任何内容。请撤销保护后重试。',
  'en-US': 'The sheet is protected; nothing was written. Unprotect it and try again.',
};

/** Scores are already rounded to 2 decimals by the engine; this only pads: 94.5 -> "94.50". */
const twoDecimals = (score: number): string => score.toFixed(2);

export function outcomeMessage(outcome: RunOutcome, locale: MessageLocale = 'zh-CN'): string {
  const zh = locale === 'zh-CN';
  if (outcome.status === 'refused') {
    if (outcome.refusal.code === 'protected') return PROTECTED[locale];
    return zh ? `无法评分：${outcome.refusal.message}` : `Cannot be scored: ${outcome.refusal.message}`;
  }
  if (outcome.status === 'failed') {
    return zh ? `评分未完成：${outcome.message}` : `Scoring did not finish: ${outcome.message}`;
  }
  const { total, grade, counts, complete } = outcome.result;
  const lines = zh
    ? [
        `工作表 ${outcome.sheet} 自评得分 ${twoDecimals(total)}，等级：${grade}。`,
        `需调整目标 ${counts.over150} 项，未完成 ${counts.under100} 项，建议复核 ${counts.review} 项，无法评分 ${counts.errors} 项。`,
        complete ? '' : '部分内容无法评分，总分只包含能评分的部分。',
        '详见“评分汇总”“扣分明细”工作表，或打开任务窗格。',
      ]
    : [
        `Sheet ${outcome.sheet}: self-evaluation score ${twoDecimals(total)}, grade: ${GRADE_WORDS[grade]}.`,
        `Targets to revise ${counts.over150}, not met ${counts.under100}, worth reviewing ${counts.review}, cannot be scored ${counts.errors}.`,
        complete ? '' : 'Part of the sheet could not be scored; the total covers only what could.',
        'See the 评分汇总 and 扣分明细 sheets, or open the task pane.',
      ];
  return lines.filter((line) => line !== '').join('\n');
}

/**
 * A row's flag in words: the one table every layer uses (the 标记 column, the 评分汇总 counts, the
 * pane, the ribbon's message, the CLI and the report), so the copies cannot disagree.
 */
import type { Flag } from './types';

type Localized = { 'zh-CN': string; 'en-US': string };

/** The flag of a row, as written to the 标记 column (ok: blank) and as the pane's list titles. */
export const FLAG_LABELS: Record<Flag, Localized> = {
  ok: { 'zh-CN': '', 'en-US': '' },
  over150: { 'zh-CN': '需调整目标', 'en-US': 'Target needs revision' },
  review: { 'zh-CN': '建议复核', 'en-US': 'Worth reviewing' },
  under100: { 'zh-CN': '未完成', 'en-US': 'Not met' },
  error: { 'zh-CN': '错误', 'en-US': 'Error' },
};

/**
 * What a flag means, heading a list or a count of such rows (docs/pane-design.md): the pane's
 * captions, the CLI's lists, 评分汇总's counts. Rows that cannot be scored are headed 无法评分, which
 * also titles them in the pane (the bare 错误 would read as the pane's own failure there).
 */
export const FLAG_HEADINGS: Record<Exclude<Flag, 'ok'>, Localized> = {
  over150: {
    'zh-CN': '需调整目标（完成率超过150%，目标设置偏低）',
    'en-US': 'Target needs revision (over 150%, target set too low)',
  },
  under100: { 'zh-CN': '未完成年度目标', 'en-US': 'Annual target not met' },
  review: { 'zh-CN': '建议复核目标', 'en-US': 'Target worth reviewing' },
  error: { 'zh-CN': '无法评分', 'en-US': 'Cannot be scored' },
};

/** The flag of a row in words, as written to the 标记 column and shown in the pane. */
import type { Flag } from './types';

export const FLAG_LABELS: Record<Flag, { 'zh-CN': string; 'en-US': string }> = {
  ok: { 'zh-CN': '', 'en-US': '' },
  over150: { 'zh-CN': '需调整目标', 'en-US': 'Target needs revision' },
  review: { 'zh-CN': '建议复核', 'en-US': 'Worth reviewing' },
  under100: { 'zh-CN': '未完成', 'en-US': 'Not met' },
  error: { 'zh-CN': '错误', 'en-US': 'Error' },
};

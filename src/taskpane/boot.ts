/**
 * Start-up decisions of the pane, kept apart from index.tsx so they can be tested without Office:
 * which language, which theme. (Whether this browser and this Excel can run the pane at all is the
 * rule in src/app/support.ts.)
 */
import type { Locale } from './i18n';

/**
 * The boot messages, both languages: shown before the pane (and its language) exists, so they are
 * not in the pane's string tables.
 */
const BOOT_MESSAGES = {
  bootNoOffice: [
    '无法加载 Office.js（可能被网络拦截），加载项无法运行。请检查网络后重新打开。',
    'Office.js could not be loaded (perhaps blocked by the network); the add-in cannot run.',
  ],
  bootNotExcel: ['请在 Excel 中打开此加载项', 'Open this add-in in Excel'],
  bootNoScorer: [
    '评分程序未能加载，请关闭并重新打开任务窗格。',
    'The scoring code could not be loaded; close and reopen the task pane.',
  ],
} as const;

/**
 * A boot message before the language is known: Chinese first, English beside. Only plain text:
 * the caller writes it with textContent.
 */
export function bootMessage(key: keyof typeof BOOT_MESSAGES): string {
  return BOOT_MESSAGES[key].join('\n');
}

/** Office's theme is dark when its body background is dark (the only signal every host reports). */
export function isDarkOfficeTheme(theme: { bodyBackgroundColor?: string } | null | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(theme?.bodyBackgroundColor ?? '');
  if (!match) return false;
  const [r, g, b] = match.slice(1, 4).map((hex) => parseInt(hex, 16) / 255);
  // Relative luminance (sRGB weights, without gamma: enough to tell dark from light).
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export type { Locale };

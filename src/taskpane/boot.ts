/**
 * Start-up decisions of the pane, kept apart from index.tsx so they can be tested without Office:
 * can this webview run the pane at all, which language, which theme.
 */
import { STRINGS, type Locale, type StringKey } from './i18n';

/**
 * Fluent UI v9 and React 19 need an evergreen engine; the Internet Explorer webview of old
 * volume-licensed Office lacks these and would show a blank pane.
 */
export function isModernWebview(global: Record<string, unknown>): boolean {
  const required = ['Promise', 'Proxy', 'Symbol', 'Map', 'Set', 'WeakMap', 'Reflect'];
  if (!required.every((name) => typeof global[name] === 'function' || typeof global[name] === 'object')) {
    return false;
  }
  return typeof Object.assign === 'function' && typeof Array.prototype.includes === 'function';
}

/**
 * A boot message before the language is known: Chinese first, English beside. Only plain text:
 * the caller writes it with textContent.
 */
export function bootMessage(key: Extract<StringKey, `boot${string}`>): string {
  return `${STRINGS['zh-CN'][key]}\n${STRINGS['en-US'][key]}`;
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

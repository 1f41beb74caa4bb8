/**
 * The pane's bootstrap in WPS: the same React pane as in Excel, over the WPS controller (no
 * office.js). Every path ends in the rendered pane or a plain message (never a blank page).
 */
import { createRoot } from 'react-dom/client';
import { App } from '../taskpane/App';
import { loadStrings } from '../taskpane/i18n';
import { createWpsController } from './controller';
import { missingFeatures, unsupportedMessage } from './support';
import type { WpsAddinApplication } from './wps-types';

const global = globalThis as unknown as Record<string, unknown>;

function show(text: string): void {
  const element = document.getElementById('boot-message');
  if (!element) return;
  element.textContent = text;
  element.hidden = false;
  element.style.whiteSpace = 'pre-line';
}

async function start(): Promise<void> {
  const app = (global.Application ?? (window.parent as unknown as Record<string, unknown>)?.Application) as
    WpsAddinApplication | undefined;
  if (!app) {
    show('请在 WPS 表格中打开此加载项。\nOpen this add-in in WPS Spreadsheets.');
    return;
  }
  const root = document.getElementById('root');
  if (!root) return;
  const locale = (navigator.language ?? 'zh-CN').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
  await loadStrings(locale).catch(() => undefined);
  createRoot(root).render(
    <App controller={createWpsController(app, app.PluginStorage)} initialLocale={locale} />,
  );
  const message = document.getElementById('boot-message');
  if (message) message.hidden = true;
}

const missing = missingFeatures(global);
if (missing.length > 0) show(unsupportedMessage(missing));
else void start();

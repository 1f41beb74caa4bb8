/**
 * The pane's bootstrap: the only pane file that touches the Office and Excel globals.
 * Every path ends in either the rendered pane or a plain text message in #boot-message
 * (never a blank pane): office.js blocked, a webview too old for React, or not inside Excel.
 */
import type { Theme } from '@fluentui/react-theme';
import { createRoot } from 'react-dom/client';
import type { ExcelBatchRunner } from '../app/runner';
import { App } from './App';
import { bootMessage, isDarkOfficeTheme, isModernWebview } from './boot';
import { loadStrings, localeFromDisplayLanguage } from './i18n';
import { lazyController } from './lazy-controller';

function showBootMessage(text: string): void {
  const element = document.getElementById('boot-message');
  if (!element) return;
  element.textContent = text;
  element.hidden = false;
  element.style.whiteSpace = 'pre-line';
}

/** Office.context may be partial outside Office (the browser test); read it defensively. */
function officeContext(): Partial<Office.Context> {
  try {
    return Office.context ?? {};
  } catch {
    return {};
  }
}

/** Range.getCellProperties (fills in one read) needs ExcelApi 1.9. */
function supportsExcelApi(context: Partial<Office.Context>, version: string): boolean {
  try {
    return context.requirements?.isSetSupported('ExcelApi', version) ?? false;
  } catch {
    return false;
  }
}

async function startPane(): Promise<void> {
  // The page may be opened outside Excel (browser test): Excel.run existing is good enough to run.
  const excel = (globalThis as { Excel?: { run?: unknown } }).Excel;
  if (!excel || typeof excel.run !== 'function') {
    showBootMessage(bootMessage('bootNotExcel'));
    return;
  }
  const context = officeContext();
  const run: ExcelBatchRunner = (batch) => Excel.run(batch);
  const capabilities = { cellProperties: supportsExcelApi(context, '1.9') };
  // The scoring code is a chunk of its own, loaded while the pane renders (lazy-controller.ts).
  const { controller, ready } = lazyController(async () => {
    const [{ createExcelController }, { applyUndo, describeOfficeError, scoreActiveSheet }] =
      await Promise.all([import('../app/excel-controller'), import('../hosts/office')]);
    return createExcelController({
      run,
      host: { scoreActiveSheet, applyUndo, describeOfficeError },
      capabilities,
    });
  });
  ready.catch(() => showBootMessage(bootMessage('bootNoScorer')));
  const root = document.getElementById('root');
  if (!root) return;
  const locale = localeFromDisplayLanguage(context.displayLanguage);
  // English Office: its strings first, so the pane never flashes Chinese (the pane falls back to
  // Chinese if they cannot be loaded).
  await loadStrings(locale).catch(() => undefined);
  // Light: the stylesheet's theme (assets/theme-light.css); dark: Fluent's dark theme, a chunk.
  const theme: Theme | undefined = isDarkOfficeTheme(context.officeTheme)
    ? await import('./dark-theme').then((m) => m.webDarkTheme).catch(() => undefined)
    : undefined;
  createRoot(root).render(<App controller={controller} initialLocale={locale} theme={theme} />);
  const message = document.getElementById('boot-message');
  if (message) message.hidden = true;
}

if (!isModernWebview(globalThis as unknown as Record<string, unknown>)) {
  showBootMessage(bootMessage('bootOldWebview'));
} else if (typeof Office === 'undefined') {
  showBootMessage(bootMessage('bootNoOffice'));
} else {
  void Office.onReady(() => startPane());
}

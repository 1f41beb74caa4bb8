/**
 * The pane's bootstrap: the only pane file that touches the Office and Excel globals.
 * Every path ends in either the rendered pane or a plain text message in #boot-message
 * (never a blank pane): office.js blocked, a browser or an Excel too old (src/app/support.ts, the
 * same rule the ES5 preflight checks before this bundle), or not inside Excel.
 *
 * This page is also the ribbon's function file (manifest FunctionFile and <Runtimes>): it registers
 * 评分本表 and 评分全部工作表 (src/commands/commands.ts) before the pane renders, and in a shared runtime tells the pane
 * when Office shows it again (Office.addin.onVisibilityModeChanged).
 */
import type { Theme } from '@fluentui/react-theme';
import { createRoot } from 'react-dom/client';
import type { ExcelBatchRunner } from '../app/runner';
import { createPaneRequests, type PaneRequests } from '../app/pane-requests';
import { createSessionProfiles, type SessionProfiles } from '../app/session-profiles';
import { missingFeatures, officeSupportProblem, officeUnsupportedMessage } from '../app/support';
import { registerExplainingCommand, type CommandOffice } from '../commands/explain-command';
import { registerRibbonCommands } from '../commands/commands';
import { App } from './App';
import { bootMessage, isDarkOfficeTheme } from './boot';
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

/** Shared runtime: the pane stays loaded while hidden; re-read the sheet when Office shows it again. */
function watchVisibility(requests: PaneRequests): void {
  try {
    const addin = (
      Office as {
        addin?: { onVisibilityModeChanged?: (h: (a: { visibilityMode: string }) => void) => unknown };
      }
    ).addin;
    if (typeof addin?.onVisibilityModeChanged !== 'function') return;
    void Promise.resolve(
      addin.onVisibilityModeChanged((args) => {
        if (args.visibilityMode === 'Taskpane') requests.send({ kind: 'refresh' });
      }),
    ).catch(() => undefined);
  } catch {
    // No shared runtime here: the pane re-reads on focus instead.
  }
}

const global = globalThis as unknown as Record<string, unknown>;

/**
 * Inside Excel: ExcelApi 1.7 or the support message (the ribbon's buttons then open the same
 * message). Outside an Office host (`host` null: a browser, the browser test's Excel fake) Office
 * cannot say which API sets exist, so nothing is claimed and the pane checks for Excel.run instead.
 */
function start(info: { host?: unknown } | undefined): void {
  const context = officeContext();
  const problem = info?.host ? officeSupportProblem(global, context.requirements) : null;
  if (problem) {
    showBootMessage(officeUnsupportedMessage(problem));
    registerExplainingCommand(global, Office as unknown as CommandOffice, problem, window.location.href);
    return;
  }
  const requests = createPaneRequests();
  // The pane's rule choices, shared with the ribbon in this (shared) runtime: it scores as the pane.
  const profiles = createSessionProfiles();
  try {
    registerRibbonCommands(requests, profiles);
  } catch {
    // No Office.actions (outside Office): the pane still runs.
  }
  watchVisibility(requests);
  void startPane(requests, profiles);
}

async function startPane(requests: PaneRequests, profiles: SessionProfiles): Promise<void> {
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
      profiles,
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
  createRoot(root).render(
    <App controller={controller} initialLocale={locale} theme={theme} requests={requests} />,
  );
  const message = document.getElementById('boot-message');
  if (message) message.hidden = true;
}

const missing = missingFeatures(global);
if (missing.length > 0) {
  // The preflight has said so and registered 评分本表's explanation; this bundle must not start.
  showBootMessage(officeUnsupportedMessage({ kind: 'browser', missing }));
} else if (typeof Office === 'undefined') {
  showBootMessage(bootMessage('bootNoOffice'));
} else {
  void Office.onReady((info) => start(info));
}

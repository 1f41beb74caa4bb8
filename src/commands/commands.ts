/**
 * The ribbon's 评分本表 (ExecuteFunction `scoreThisSheet`) and 评分全部工作表 (`scoreAllSheets`),
 * registered by the pane's page: the manifest's FunctionFile is taskpane.html and its <Runtimes>
 * share one runtime between the ribbon and the pane where Office supports it (SharedRuntime 1.1).
 * There a command can open the pane (Office.addin.showAsTaskpane) and hand it the sheet to set up (src/app/pane-requests.ts). Where
 * Office does not (Excel 2016/2019 volume licence), Office loads the same page as a separate, hidden
 * function file: the command then reports in its dialog and says how to open the pane.
 *
 * Only the registration is here (it runs with the pane's first paint); the scoring code of both
 * commands is loaded at the first click of either (ribbon-handler.ts, a chunk of its own). Office
 * globals stay in src/commands.
 */
import type { PaneRequests } from '../app/pane-requests';
import type { SessionProfiles } from '../app/session-profiles';
import { SCORE_ALL_FUNCTION_ID, SCORE_FUNCTION_ID } from './function-id';
import { dialogUrl, openMessageDialog, type DialogOffice } from './message-dialog';
import type { RibbonHandlers } from './ribbon-handler';

export { SCORE_ALL_FUNCTION_ID, SCORE_FUNCTION_ID };

type CommandEvent = { completed(): void };

/** Opens dialog.html with the text; resolves when the officer closes it, or at once if it cannot open. */
function showMessage(text: string): Promise<void> {
  return new Promise((resolve) => {
    const office = Office as unknown as DialogOffice;
    openMessageDialog(office, dialogUrl(window.location.href, { text }), { height: 30, width: 30 }, resolve);
  });
}

/**
 * Opens the task pane: Office.addin.showAsTaskpane, a shared-runtime API (SharedRuntime 1.1).
 * Resolves false where Office has no shared runtime (or refuses), and the message says how to open
 * the pane instead.
 */
async function openPane(): Promise<boolean> {
  try {
    if (!Office.context.requirements.isSetSupported('SharedRuntime', '1.1')) return false;
    const addin = (Office as { addin?: { showAsTaskpane?: () => Promise<void> } }).addin;
    if (typeof addin?.showAsTaskpane !== 'function') return false;
    await addin.showAsTaskpane();
    return true;
  } catch {
    return false;
  }
}

const CHUNK_FAILED =
  '评分程序未能加载，请稍后重试，或点击“开始”选项卡上的“绩效评分”打开窗格评分。\nThe scoring code could not be loaded; try again, or open the pane with 绩效评分 (Performance scoring) on the Home tab.';

/**
 * Associates 评分本表 and 评分全部工作表 with their handlers; `requests` reaches the pane, and
 * `profiles` are the pane's rule choices (the ribbon scores as the pane would), when the
 * runtime is shared. Each id is passed to Office.actions.associate by name (scripts/validate-manifest.js
 * reads these calls to check every manifest <FunctionName> is registered).
 */
export function registerRibbonCommands(requests?: PaneRequests, profiles?: SessionProfiles): void {
  const language = Office.context?.displayLanguage ?? '';
  const locale = language && !language.toLowerCase().startsWith('zh') ? 'en-US' : 'zh-CN';
  let handlers: Promise<RibbonHandlers> | null = null;
  const load = () =>
    (handlers ??= import('./ribbon-handler').then(({ createRibbonHandlers }) =>
      createRibbonHandlers({ showMessage, openPane, locale, requests, profiles }),
    ));
  const runner = (command: keyof RibbonHandlers) => async (event: CommandEvent) => {
    let loaded: RibbonHandlers;
    try {
      loaded = await load();
    } catch {
      handlers = null; // the next click tries again
      await showMessage(CHUNK_FAILED).catch(() => undefined);
      return event.completed();
    }
    await loaded[command](event);
  };
  Office.actions.associate(SCORE_FUNCTION_ID, runner('scoreThisSheet'));
  Office.actions.associate(SCORE_ALL_FUNCTION_ID, runner('scoreAllSheets'));
}

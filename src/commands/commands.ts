/**
 * The ribbon command file: registers `scoreThisSheet` (the id the manifest's ExecuteFunction uses)
 * and reports each run in a small dialog (dialog.html?m=<message>). Office globals stay in here.
 */
import { createOutputGuess } from '../app/output-guess';
import { createScoreCommand } from '../app/score-command';
import { describeOfficeError, scoreActiveSheet } from '../hosts/office';

/** The manifest's <FunctionName>; must not change. */
export const SCORE_FUNCTION_ID = 'scoreThisSheet';

function dialogUrl(text: string): string {
  const url = new URL('dialog.html', window.location.href);
  url.search = `?m=${encodeURIComponent(text)}`;
  return url.toString();
}

/** Opens the message dialog; resolves when the officer closes it, or at once if it cannot open. */
function showMessage(text: string): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      dialogUrl(text),
      { height: 30, width: 30, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
        const dialog = result.value;
        const finish = () => {
          try {
            dialog.close();
          } catch {
            // Already closed by the officer (DialogEventReceived).
          }
          resolve();
        };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, finish);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
      },
    );
  });
}

/**
 * Opens the task pane where Office allows it from here. Office.addin.showAsTaskpane is a shared-runtime
 * API (SharedRuntime 1.1); this add-in's ribbon function runs in its own runtime (the manifest declares
 * no shared runtime, so that Excel 2016/2019 keep working), where Office.addin is absent or refuses.
 * Resolves false then, and the message tells the officer how to open the pane.
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

function register(): void {
  const language = Office.context?.displayLanguage ?? '';
  // Where the last run's outputs are, while this runtime lives: the next run reads them in its one read.
  const outputs = createOutputGuess();
  const handler = createScoreCommand({
    score: async () => {
      const outcome = await scoreActiveSheet((batch) => Excel.run(batch), {
        capabilities: { cellProperties: Office.context.requirements.isSetSupported('ExcelApi', '1.9') },
        // A sheet without PE_* names is scored from its headers and gets the names (sheet-scoped).
        detect: true,
        outputSheets: outputs.guess(),
      });
      outputs.learn(outcome);
      return outcome;
    },
    openPane,
    describeError: describeOfficeError,
    showMessage,
    locale: language && !language.toLowerCase().startsWith('zh') ? 'en-US' : 'zh-CN',
  });
  Office.actions.associate(SCORE_FUNCTION_ID, handler);
}

if (typeof Office !== 'undefined') void Office.onReady(() => register());

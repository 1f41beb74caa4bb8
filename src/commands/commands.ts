/**
 * The ribbon command file: registers `scoreThisSheet` (the id the manifest's ExecuteFunction uses)
 * and reports each run in a small dialog (dialog.html?m=<message>). Office globals stay in here.
 */
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

function register(): void {
  const language = Office.context?.displayLanguage ?? '';
  const handler = createScoreCommand({
    score: () =>
      scoreActiveSheet((batch) => Excel.run(batch), {
        capabilities: { cellProperties: Office.context.requirements.isSetSupported('ExcelApi', '1.9') },
      }),
    describeError: describeOfficeError,
    showMessage,
    locale: language && !language.toLowerCase().startsWith('zh') ? 'en-US' : 'zh-CN',
  });
  Office.actions.associate(SCORE_FUNCTION_ID, handler);
}

if (typeof Office !== 'undefined') void Office.onReady(() => register());

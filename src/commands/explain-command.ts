/**
 * The ribbon's buttons (评分本表, 评分全部工作表) where PerfScore cannot run (src/app/support.ts says
 * why): each opens the support message in a dialog instead of scoring, then tells Office the command
 * is done. Registered by the
 * ES5 preflight (a browser too old for the bundle) and by the pane's bootstrap (ExcelApi below 1.7),
 * so it is written for both: ES5 library calls only, no imports beyond the ES5 modules.
 */
import { supportProblemKey, type SupportProblem } from '../app/support';
import { SCORE_ALL_FUNCTION_ID, SCORE_FUNCTION_ID } from './function-id';
import { dialogUrl, openMessageDialog, type DialogOffice } from './message-dialog';

export interface CommandOffice extends DialogOffice {
  onReady?: (callback: () => void) => unknown;
  actions?: { associate?: (id: string, handler: (event: { completed(): void }) => void) => void };
}

/** The dialog is larger than the scoring one: the message lists two ways, in two languages. */
const SUPPORT_DIALOG_SIZE = { height: 60, width: 40 };

export function registerExplainingCommand(
  global: Record<string, unknown>,
  office: CommandOffice,
  problem: SupportProblem,
  pageHref: string,
): void {
  const run = (event: { completed(): void }) => {
    const url = dialogUrl(pageHref, { support: supportProblemKey(problem) });
    openMessageDialog(office, url, SUPPORT_DIALOG_SIZE, () => event.completed());
  };
  [SCORE_FUNCTION_ID, SCORE_ALL_FUNCTION_ID].forEach((id) => {
    // Office looks ExecuteFunction ids up as globals where Office.actions.associate is missing.
    global[id] = run;
    if (office.actions && typeof office.actions.associate === 'function') {
      office.actions.associate(id, run);
    }
  });
}

/**
 * The 评分本表 handler with its scoring code: loaded at the ribbon's first click (commands.ts), a
 * chunk of its own so the pane's first paint does not carry it.
 */
import { createOutputGuess } from '../app/output-guess';
import type { PaneRequests } from '../app/pane-requests';
import { createScoreCommand, type CommandEvent } from '../app/score-command';
import type { MessageLocale } from '../app/outcome-message';
import { describeOfficeError, scoreActiveSheet } from '../hosts/office';

export interface RibbonHandlerDeps {
  showMessage(text: string): Promise<void>;
  openPane(): Promise<boolean>;
  locale: MessageLocale;
  /** The pane in the same (shared) runtime, when there is one. */
  requests?: PaneRequests;
}

export function createRibbonHandler(deps: RibbonHandlerDeps): (event: CommandEvent) => Promise<void> {
  // Where the last run's outputs are, while this runtime lives: the next run reads them in its one read.
  const outputs = createOutputGuess();
  const { requests } = deps;
  return createScoreCommand({
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
    openPane: deps.openPane,
    describeError: describeOfficeError,
    showMessage: deps.showMessage,
    locale: deps.locale,
    showSetup: requests ? (setup) => requests.send({ kind: 'setup', ...setup }) : undefined,
    paneChanged: requests ? () => requests.send({ kind: 'refresh' }) : undefined,
  });
}

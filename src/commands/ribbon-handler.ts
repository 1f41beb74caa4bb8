/**
 * The ribbon's handlers with their scoring code — 评分本表 and 评分全部工作表: loaded at the
 * ribbon's first click (commands.ts), a chunk of its own so the pane's first paint does not carry it.
 */
import { createOutputGuess } from '../app/output-guess';
import type { PaneRequests } from '../app/pane-requests';
import type { SessionProfiles } from '../app/session-profiles';
import { createScoreAllCommand, createScoreCommand, type CommandEvent } from '../app/score-command';
import type { MessageLocale } from '../app/outcome-message';
import { describeOfficeError, scoreActiveSheet, scoreAllSheets } from '../hosts/office';

export interface RibbonHandlerDeps {
  showMessage(text: string): Promise<void>;
  openPane(): Promise<boolean>;
  locale: MessageLocale;
  /** The pane in the same (shared) runtime, when there is one. */
  requests?: PaneRequests;
  /**
   * The rules the officer chose in the pane this session, by sheet: the pane's own object in a
   * shared runtime, so a ribbon run scores exactly as the pane would. Absent (the ribbon in a
   * runtime of its own): PE_Profile, else the default rules.
   */
  profiles?: SessionProfiles;
}

export type RibbonHandler = (event: CommandEvent) => Promise<void>;

export interface RibbonHandlers {
  scoreThisSheet: RibbonHandler;
  scoreAllSheets: RibbonHandler;
}

export function createRibbonHandlers(deps: RibbonHandlerDeps): RibbonHandlers {
  // Where the last run's outputs are, while this runtime lives: the next run reads them in its one read.
  const outputs = createOutputGuess();
  /** The workbook's sheets as the last 评分全部工作表 left them: its next read's guess (as the pane's). */
  let knownSheets: string[] = [];
  const cellProperties = () => Office.context.requirements.isSetSupported('ExcelApi', '1.9');
  const { requests } = deps;
  /** The pane's rule choices of this session, as a run's option (none: nothing added). */
  const chosen = () => {
    const bySheet = deps.profiles?.bySheet();
    return bySheet ? { profileBySheet: bySheet } : {};
  };
  const pane = {
    openPane: deps.openPane,
    describeError: describeOfficeError,
    showMessage: deps.showMessage,
    locale: deps.locale,
    showSetup: requests
      ? (setup: { sheet: string | null; message: string }) => requests.send({ kind: 'setup', ...setup })
      : undefined,
    paneChanged: requests ? () => requests.send({ kind: 'refresh' }) : undefined,
  };
  return {
    scoreThisSheet: createScoreCommand({
      ...pane,
      score: async () => {
        const outcome = await scoreActiveSheet((batch) => Excel.run(batch), {
          capabilities: { cellProperties: cellProperties() },
          // A sheet without PE_* names is scored from its headers and gets the names (sheet-scoped).
          detect: true,
          outputSheets: outputs.guess(),
          ...chosen(),
        });
        outputs.learn(outcome);
        return outcome;
      },
    }),
    // The pane's 评分全部工作表 run (src/app/excel-controller.ts), the same options.
    scoreAllSheets: createScoreAllCommand({
      ...pane,
      score: async () => {
        const outcome = await scoreAllSheets((batch) => Excel.run(batch), {
          capabilities: { cellProperties: cellProperties() },
          sheetNames: knownSheets,
          ...chosen(),
        });
        if (outcome.status === 'scored') {
          knownSheets = outcome.sheetNames;
          if (outcome.activeAfter) outputs.saw(outcome.activeSheet, outcome.activeAfter.outputSheets);
        }
        return outcome;
      },
    }),
  };
}

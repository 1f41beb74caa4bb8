/**
 * The ribbon's callbacks, as WPS looks them up by name (ribbon.xml: onLoad="OnAddinLoad",
 * onAction="OnAction", getImage="GetImage", getEnabled="GetEnabled", getLabel="GetLabel"), built over
 * an Application so tests call them with the fake. 评分本表 scores the active sheet in place and
 * reports on the status bar (never alert(): it freezes WPS); when the sheet needs its ranges set up
 * it also opens the pane. 绩效评分 toggles the pane, whose id lives in PluginStorage.
 */
import { createScoreCommand } from '../app/score-command';
import type { MessageLocale } from '../app/outcome-message';
import { describeWpsError, scoreActiveSheet } from '../hosts/wps';
import { CONTROL_IDS, type WpsAddinApplication } from './wps-types';
import { rememberRun } from './last-run';

export const PANE_ID_KEY = 'perfscore_taskpane_id';

const LABELS: Record<MessageLocale, Record<string, string>> = {
  'zh-CN': {
    [CONTROL_IDS.tab]: '绩效自评',
    [CONTROL_IDS.group]: '绩效自评',
    [CONTROL_IDS.score]: '评分本表',
    [CONTROL_IDS.pane]: '绩效评分',
  },
  'en-US': {
    [CONTROL_IDS.tab]: 'Self-evaluation',
    [CONTROL_IDS.group]: 'Self-evaluation',
    [CONTROL_IDS.score]: 'Score this sheet',
    [CONTROL_IDS.pane]: 'Performance scoring',
  },
};

const IMAGES: Record<string, string> = {
  [CONTROL_IDS.score]: 'assets/icon-32.png',
  [CONTROL_IDS.pane]: 'assets/pane-32.png',
};

export interface RibbonControl {
  Id?: string;
  id?: string;
}

export interface RibbonDeps {
  app: () => WpsAddinApplication | undefined;
  /** The add-in folder's URL, ending in "/" (the pane page is taskpane.html there). */
  baseUrl: string;
  locale: MessageLocale;
}

const idOf = (control: RibbonControl | undefined) => control?.Id ?? control?.id ?? '';

export function createRibbon({ app, baseUrl, locale }: RibbonDeps) {
  /** Shows the pane (creating it once), or hides it when `toggle` and it is visible. */
  function showPane(toggle: boolean): boolean {
    const application = app();
    if (!application) return false;
    const storage = application.PluginStorage;
    // The pane's ID is a number; PluginStorage may hand it back as text.
    const stored = storage.getItem(PANE_ID_KEY);
    const id = stored === null || stored === undefined || stored === '' ? NaN : Number(stored);
    const existing = Number.isFinite(id) ? application.GetTaskPane(id) : null;
    if (existing) {
      existing.Visible = toggle ? !existing.Visible : true;
      return existing.Visible;
    }
    const pane = application.CreateTaskPane(`${baseUrl}taskpane.html`, LABELS[locale][CONTROL_IDS.pane]);
    storage.setItem(PANE_ID_KEY, pane.ID);
    pane.Visible = true;
    return true;
  }

  function report(text: string): Promise<void> {
    const application = app();
    // The status bar holds one line: the first line of the message (the grade, or why not).
    if (application) application.StatusBar = text.split('\n')[0];
    return Promise.resolve();
  }

  const score = createScoreCommand({
    score: () => {
      const application = app();
      if (!application)
        return Promise.reject(new Error('WPS 表格未打开工作簿 (no workbook is open in WPS Spreadsheets)'));
      const outcome = scoreActiveSheet(application, { detect: true });
      // Kept where the pane finds it: a ribbon run can be undone from the pane.
      rememberRun(application.PluginStorage, application, outcome);
      return Promise.resolve(outcome);
    },
    describeError: describeWpsError,
    showMessage: report,
    openPane: () => Promise.resolve(showPane(false)),
    locale,
  });

  return {
    OnAddinLoad: (): boolean => true,
    /** Resolves when the command is done (WPS ignores the value; tests wait for it). */
    OnAction(control: RibbonControl): Promise<void> {
      const id = idOf(control);
      if (id === CONTROL_IDS.score) return score({ completed: () => undefined });
      if (id === CONTROL_IDS.pane) {
        try {
          showPane(true);
        } catch (error) {
          void report(describeWpsError(error));
        }
      }
      return Promise.resolve();
    },
    GetImage: (control: RibbonControl): string => IMAGES[idOf(control)] ?? '',
    GetEnabled: (control: RibbonControl): boolean => {
      if (idOf(control) === CONTROL_IDS.pane) return true;
      try {
        return Boolean(app()?.ActiveWorkbook);
      } catch {
        return false;
      }
    },
    GetLabel: (control: RibbonControl): string => LABELS[locale][idOf(control)] ?? '',
  };
}

export type Ribbon = ReturnType<typeof createRibbon>;

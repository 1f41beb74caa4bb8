/**
 * WPS add-in members beyond the spreadsheet API (wpsjs's jsaddin runtime): task panes and the
 * add-in's own key-value storage. A pane's id is kept in PluginStorage so the ribbon button can
 * toggle the same pane instead of opening a new one each time.
 */
import type { EtApplication } from '../hosts/wps/et-types';

/** Checked against et-jsapi-declare (WPS.CustomTaskpane) by test/wps-types/et-compat.ts. */
export interface WpsTaskPane {
  /** A number (et-jsapi-declare: `ID: number`; GetTaskPane takes that number). */
  readonly ID: number;
  Visible: boolean;
}

export interface WpsAddinApplication extends EtApplication {
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: number): WpsTaskPane | null | undefined;
  /**
   * Like localStorage, but shared by the add-in's pages for the session: values are strings, numbers
   * or booleans, and come back as text (et-jsapi-declare: `getItem(key): string`).
   */
  readonly PluginStorage: {
    getItem(key: string): string | null | undefined;
    setItem(key: string, value: string | number | boolean): void;
  };
}

/** The control ids of ribbon.xml. */
export const CONTROL_IDS = {
  tab: 'PerfScoreTab',
  group: 'PerfScoreGroup',
  score: 'PerfScoreScore',
  pane: 'PerfScorePane',
} as const;

/**
 * WPS add-in members beyond the spreadsheet API (wpsjs's jsaddin runtime): task panes and the
 * add-in's own key-value storage. A pane's id is kept in PluginStorage so the ribbon button can
 * toggle the same pane instead of opening a new one each time.
 */
import type { EtApplication } from '../hosts/wps/et-types';

export interface WpsTaskPane {
  readonly ID: string | number;
  Visible: boolean;
}

export interface WpsAddinApplication extends EtApplication {
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: string | number): WpsTaskPane | null | undefined;
  readonly PluginStorage: { getItem(key: string): unknown; setItem(key: string, value: unknown): void };
}

/** The control ids of ribbon.xml. */
export const CONTROL_IDS = {
  tab: 'PerfScoreTab',
  group: 'PerfScoreGroup',
  score: 'PerfScoreScore',
  pane: 'PerfScorePane',
} as const;

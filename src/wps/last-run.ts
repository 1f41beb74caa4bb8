/**
 * The undo of each sheet's last run, kept in the add-in's PluginStorage, which the ribbon's page and
 * the pane's page share: a run started from the ribbon can be undone from the pane, as in Excel.
 * PluginStorage lives as long as the WPS session; unlike the Office host's custom XML part, the record
 * is not saved with the workbook (no ET counterpart has been verified on a real WPS yet).
 *
 * The last 评分全部工作表 is kept too, once for the workbook, with the sheets it scored and its league
 * sheet: a pane opened later offers its undo (of the whole run) on any of them. Never two undos of one
 * sheet: that run forgets the scored sheets' own records (controller.ts), and a later run of one of its
 * sheets forgets it (rememberRun), as the Office host's one record is replaced by the next run.
 */
import type { RunOutcome, UndoPlan } from '../workbook/runOutcome';
import type { EtApplication } from '../hosts/wps/et-types';
import type { WpsAddinApplication } from './wps-types';
import { sameText } from '../workbook/references';

/**
 * Each kept run has an id, new for every run (as the Office host's record has its part id): the pane
 * keeps it with the undo it holds and offers that undo only while the id is still kept here
 * (src/app/held-undo.ts); a later run, from the ribbon or another pane, replaces it.
 */
export interface KeptRun {
  id: string;
  undo: UndoPlan;
}

export type RunStorage = WpsAddinApplication['PluginStorage'];

const key = (app: EtApplication, sheet: string) => `perfscore_undo:${app.ActiveWorkbook.Name ?? ''}|${sheet}`;
const allKey = (app: EtApplication) => `perfscore_undo_all:${app.ActiveWorkbook.Name ?? ''}`;

/** A 评分全部工作表 kept: the sheets it scored and its league sheet, and the undo of the whole run. */
export interface AllSheetsRun extends KeptRun {
  sheets: string[];
}

let runCount = 0;
/** A new run id: unique within the WPS session that PluginStorage lasts (time, a count, a random tail). */
export function newRunId(): string {
  runCount += 1;
  return `${Date.now().toString(36)}-${runCount.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Keeps the undo of a run that wrote something (scored, or failed part-way with an undo) and gives
 * the id it is kept under (null: nothing kept).
 */
export function rememberRun(storage: RunStorage, app: EtApplication, outcome: RunOutcome): string | null {
  if (outcome.status === 'refused' || outcome.sheet === null || !outcome.undo) return null;
  // A kept 评分全部工作表 that scored this sheet is older than this run: never to be applied now.
  if (lastAllSheetsRun(storage, app, outcome.sheet)) forgetAllSheetsRun(storage, app);
  const kept: KeptRun = { id: newRunId(), undo: outcome.undo };
  storage.setItem(key(app, outcome.sheet), JSON.stringify(kept));
  return kept.id;
}

/** Keeps the undo of a 评分全部工作表, replacing the one kept before. */
export function rememberAllSheetsRun(storage: RunStorage, app: EtApplication, run: AllSheetsRun): void {
  storage.setItem(allKey(app), JSON.stringify(run));
}

/** The kept 评分全部工作表 of the active workbook, whichever sheets it scored. */
export function keptAllSheetsRun(storage: RunStorage, app: EtApplication): AllSheetsRun | null {
  const text = storage.getItem(allKey(app));
  return typeof text === 'string' && text !== '' ? (JSON.parse(text) as AllSheetsRun) : null;
}

/** The kept 评分全部工作表 of the active workbook that scored `sheet` (or wrote it: the league), or null. */
export function lastAllSheetsRun(
  storage: RunStorage,
  app: EtApplication,
  sheet: string,
): AllSheetsRun | null {
  const run = keptAllSheetsRun(storage, app);
  return run?.sheets.some((s) => sameText(s, sheet)) ? run : null;
}

/** Forgets the kept 评分全部工作表 (once undone, or superseded). */
export function forgetAllSheetsRun(storage: RunStorage, app: EtApplication): void {
  storage.setItem(allKey(app), '');
}

/** Forgets the kept 评分全部工作表 when `undo` is its undo (the pane's list undid that run). */
export function forgetAllSheetsRunIfUndone(storage: RunStorage, app: EtApplication, undo: UndoPlan): void {
  const run = keptAllSheetsRun(storage, app);
  if (run && JSON.stringify(run.undo) === JSON.stringify(undo)) forgetAllSheetsRun(storage, app);
}

/** `sheet`'s last run in the active workbook (its id and undo), or null. */
export function lastRun(storage: RunStorage, app: EtApplication, sheet: string): KeptRun | null {
  const stored = storage.getItem(key(app, sheet));
  if (typeof stored !== 'string' || stored === '') return null;
  const parsed = JSON.parse(stored) as KeptRun | UndoPlan;
  // Kept by an earlier version as the bare plan: offered from the record, never matching a held id.
  return 'id' in parsed && 'undo' in parsed ? parsed : { id: '', undo: parsed as UndoPlan };
}

/** Forgets `sheet`'s last run (once undone, it is never undone twice). */
export function forgetRun(storage: RunStorage, app: EtApplication, sheet: string): void {
  storage.setItem(key(app, sheet), '');
}

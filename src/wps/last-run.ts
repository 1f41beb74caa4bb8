/**
 * The undo of each sheet's last run, kept in the add-in's PluginStorage, which the ribbon's page and
 * the pane's page share: a run started from the ribbon can be undone from the pane, as in Excel.
 * PluginStorage lives as long as the WPS session; unlike the Office host's custom XML part, the record
 * is not saved with the workbook (no ET counterpart has been verified on a real WPS yet).
 *
 * The last 评分全部工作表 is kept too, once for the workbook, with the sheets it covers: a pane opened
 * later offers its undo (of the whole run) on any of them. One rule for every run (keepRun): the
 * newest run wins, so each makes every older kept run that covers a sheet it wrote no longer offered,
 * as the Office host's one record is replaced by the next run's.
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
function newRunId(): string {
  runCount += 1;
  return `${Date.now().toString(36)}-${runCount.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * A run to keep: 评分本表 (or 生成自评报告) of `sheet`, or a 评分全部工作表 covering `allSheets` (the
 * sheets it scored and its league sheet; after a write that failed part-way, every sheet it may have
 * written). Its undo is of exactly what it wrote.
 */
export type RunToKeep = { sheet: string; undo: UndoPlan } | { allSheets: string[]; undo: UndoPlan };

const sheetsOf = (run: RunToKeep): string[] => ('sheet' in run ? [run.sheet] : run.allSheets);

/**
 * The one rule every run that wrote something (scored, or failed with writes landed; from the pane or
 * the ribbon) keeps its undo by: the newest run wins. Every older kept run that covers a sheet this
 * one wrote is no longer offered (its undo would put that sheet back to before the older run, over
 * this one's writes): those sheets' own records, and the kept 评分全部工作表 when it covers any of
 * them (a new 评分全部工作表 replaces it in any case: one is kept per workbook). Then `run` is kept
 * under a new id, returned (what the pane holds with its undo).
 */
export function keepRun(storage: RunStorage, app: EtApplication, run: RunToKeep): string {
  const written = sheetsOf(run);
  for (const sheet of written) forgetRun(storage, app, sheet);
  const older = keptAllSheetsRun(storage, app);
  if (older?.sheets.some((s) => written.some((w) => sameText(s, w)))) forgetAllSheetsRun(storage, app);
  const id = newRunId();
  if ('sheet' in run) {
    const kept: KeptRun = { id, undo: run.undo };
    storage.setItem(key(app, run.sheet), JSON.stringify(kept));
  } else {
    const kept: AllSheetsRun = { id, sheets: run.allSheets, undo: run.undo };
    storage.setItem(allKey(app), JSON.stringify(kept));
  }
  return id;
}

/**
 * Keeps a 评分本表's undo when it wrote something (scored, or failed part-way with an undo), by
 * keepRun, and gives the id it is kept under (null: nothing written, the kept runs still true).
 */
export function rememberRun(storage: RunStorage, app: EtApplication, outcome: RunOutcome): string | null {
  if (outcome.status === 'refused' || outcome.sheet === null || !outcome.undo) return null;
  return keepRun(storage, app, { sheet: outcome.sheet, undo: outcome.undo });
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

/**
 * The undo of each sheet's last run, kept in the add-in's PluginStorage, which the ribbon's page and
 * the pane's page share: a run started from the ribbon can be undone from the pane, as in Excel.
 * PluginStorage lives as long as the WPS session; unlike the Office host's custom XML part, the record
 * is not saved with the workbook (no ET counterpart has been verified on a real WPS yet).
 */
import type { RunOutcome, UndoPlan } from '../workbook/runOutcome';
import type { EtApplication } from '../hosts/wps/et-types';
import type { WpsAddinApplication } from './wps-types';

export type RunStorage = WpsAddinApplication['PluginStorage'];

const key = (app: EtApplication, sheet: string) => `perfscore_undo:${app.ActiveWorkbook.Name ?? ''}|${sheet}`;

/** Keeps the undo of a run that wrote something (scored, or failed part-way with an undo). */
export function rememberRun(storage: RunStorage, app: EtApplication, outcome: RunOutcome): void {
  if (outcome.status === 'refused' || outcome.sheet === null || !outcome.undo) return;
  storage.setItem(key(app, outcome.sheet), JSON.stringify(outcome.undo));
}

/** The undo of `sheet`'s last run in the active workbook, or null. */
export function lastRun(storage: RunStorage, app: EtApplication, sheet: string): UndoPlan | null {
  const stored = storage.getItem(key(app, sheet));
  return typeof stored === 'string' && stored !== '' ? (JSON.parse(stored) as UndoPlan) : null;
}

/** Forgets `sheet`'s last run (once undone, it is never undone twice). */
export function forgetRun(storage: RunStorage, app: EtApplication, sheet: string): void {
  storage.setItem(key(app, sheet), '');
}

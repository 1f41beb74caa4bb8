/**
 * What a host can tell its caller about the scored sheet once a run's plan is applied, without
 * reading the workbook again: its names (both scopes), where its outputs now are, and its PE_Profile
 * cell's value. The pane shows its status line from this after a click, so one click stays at one
 * read and one write; the next run passes `outputSheets` as its guess of the sheets to read.
 */
import { cellAt } from './grid';
import { lookupName } from './names';
import { sameText } from './references';
import type { CellValue, DefinedName, NameRef, ScoringSnapshot, WritePlan } from './types';

export interface SheetAfterRun {
  /** Workbook-scoped names and the scored sheet's own, with the run's names added or redefined. */
  names: DefinedName[];
  /** The sheets holding the scored sheet's outputs after the run (summary first). */
  outputSheets: string[];
  /** PE_Profile's cell (always on the scored sheet when valid); null when the sheet has no such cell. */
  profileCell: { value: CellValue } | null;
}

export function sheetAfterRun(snapshot: ScoringSnapshot, plan: WritePlan): SheetAfterRun {
  const sheet = snapshot.sheet.name;
  const visible = snapshot.names.filter((n) => n.scope === 'workbook' || sameText(n.scope.sheet, sheet));
  const matches = (n: DefinedName) => (ref: NameRef) =>
    sameText(ref.name, n.name) &&
    (ref.scope === 'workbook'
      ? n.scope === 'workbook'
      : n.scope !== 'workbook' && sameText(ref.scope.sheet, n.scope.sheet));
  // Redefined names take their new formula; the memory names the run deleted are gone.
  const kept = visible.filter(
    (n) => !plan.names.some(matches(n)) && !(plan.deleteNames ?? []).some(matches(n)),
  );
  const names = [
    ...kept,
    ...plan.names.map((add) => ({ name: add.name, scope: add.scope, formula: add.formula })),
  ];
  const profile = lookupName(names, sheet, 'PE_Profile');
  const profileCell =
    profile.kind === 'ok'
      ? { value: cellAt(snapshot.sheet.grid, profile.area.top, profile.area.left).value }
      : null;
  return { names, outputSheets: plan.sheets.map((s) => s.name), profileCell };
}

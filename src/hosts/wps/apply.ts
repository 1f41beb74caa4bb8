/**
 * A WritePlan through ET, in the Office host's order (office/write-steps.ts): the operations ET is
 * most likely to refuse come first, so a refusal leaves the fewest cells written — adding the
 * scorer's sheets (Worksheets.Add after the scored sheet; refused under workbook-structure
 * protection), then names (refused on a bad reference or a clash): added (the scorer's memory names
 * hidden) or redefined, then deleted — then the output blocks (number formats first, so a text
 * format "@" governs the values, then one Value2 assignment per block), fills, and the scorer's
 * sheets' contents (an existing one emptied with Cells.Clear() first). The final workbook is the
 * same whatever the order: no write reads another's result. Screen updating is off during the
 * writes and restored in `finally`; the caller's active sheet stays active, also after a failure.
 *
 * ET is synchronous: each completed call is recorded in a WriteProgress (progress.ts) as it lands, so
 * when a call throws, the caller knows exactly what was written and can offer the undo of that.
 *
 * Values go through the Office host's toExcelInput: text ET would reinterpret as typed (numbers,
 * dates, TRUE, a leading + - or ') gets the apostrophe text marker, so user text is never turned
 * into a formula or a number; formulas are FormulaWrites (undo writes formulas back that way). Same
 * rule, same bytes as on Excel: identical workbooks.
 */
import { caseKey } from '../../engine/caseKey';
import { sameText } from '../names';
import type { FillWrite, NameAdd, WritePlan } from '../../workbook/types';
import { sheetBlock } from '../cell-input';
import { rectAddress } from './blocks';
import type { EtApplication, EtNames, EtWorkbook, EtWorksheet, EtWorksheets } from './et-types';
import { WriteProgress } from './progress';
import { writeBlock, writeFills, writeName, writePresentation } from './write-ranges';

export { formatRects } from './write-ranges';

export interface ApplyOptions {
  /** Tab order before the run (a created sheet goes right after the scored sheet). */
  sheetNames: string[];
  /** Whether the name already exists in that scope (then its RefersTo is set, not added). */
  nameExists(add: NameAdd): boolean;
}

/**
 * Applies the plan, recording each landed write in `progress` (a fresh one when the caller does not
 * need it). Throws ET's error as it came; `progress` then holds exactly what was written.
 */
export function applyPlan(
  app: EtApplication,
  plan: WritePlan,
  options: ApplyOptions,
  progress: WriteProgress = new WriteProgress(),
): void {
  const workbook = app.ActiveWorkbook;
  const sheets = workbook.Worksheets;
  const active = app.ActiveSheet;
  const sheet = (name: string) => sheets.Item(name);
  // Worksheets.Add activates the new sheet: the caller's sheet is activated again, whatever happens.
  let activated = false;
  try {
    const added = addSheets(sheets, plan, options, progress, () => (activated = true));
    writeNames(workbook, sheets, plan, options, progress);
    for (const block of plan.blocks) writeBlock(sheet(block.sheet), block, progress.block(block));
    const fillsBySheet = new Map<string, FillWrite[]>();
    for (const fill of plan.fills)
      fillsBySheet.set(fill.sheet, [...(fillsBySheet.get(fill.sheet) ?? []), fill]);
    for (const [name, fills] of fillsBySheet)
      writeFills(sheet(name), fills, (landed) => progress.fills.push(...landed));

    for (const write of plan.sheets) {
      let target = added.get(caseKey(write.name));
      if (!target) {
        target = sheet(write.name);
        target.Cells.Clear();
        progress.replaced.push(write);
      }
      const content = sheetBlock(write);
      if (content) writeBlock(target, content);
      if (write.fills) writeFills(target, write.fills);
      write.columnWidths?.forEach((characters, col) => {
        target.Range(rectAddress({ top: 0, bottom: 0, left: col, right: col })).ColumnWidth = characters;
      });
      writePresentation(target, write);
    }
  } catch (error) {
    if (activated) activateQuietly(active);
    throw error;
  }
  if (activated) active.Activate();
}

/** After a failure: the caller's sheet back in front if ET allows; the failure is what is reported. */
function activateQuietly(sheet: EtWorksheet): void {
  try {
    sheet.Activate();
  } catch {
    // The run's own error is the one to report; the active sheet is a nicety.
  }
}

/**
 * The plan's new sheets, each added right after the scored sheet (then after the ones added), by
 * name. A sheet ET added but refused to name is recorded under the name it has (ET's "SheetN"), so
 * that undo deletes it (should ET not even say its name, under the plan's: undo then finds no such
 * sheet and skips it, and the account names a sheet that is not there — the one inexact case left).
 */
function addSheets(
  sheets: EtWorksheets,
  plan: WritePlan,
  options: ApplyOptions,
  progress: WriteProgress,
  activated: () => void,
): Map<string, EtWorksheet> {
  const added = new Map<string, EtWorksheet>();
  const scoredIndex = options.sheetNames.findIndex((n) => sameText(n, plan.sheet));
  for (const write of plan.sheets) {
    if (!write.create) continue;
    // 1-based: the sheet after which the new one goes (the scored sheet, then the ones added).
    const after = sheets.Item(Math.max(1, scoredIndex + 1 + added.size));
    const target = sheets.Add(undefined, after);
    activated();
    try {
      target.Name = write.name;
    } catch (error) {
      progress.created.push({ ...write, name: nameOf(target) ?? write.name });
      throw error;
    }
    progress.created.push(write);
    added.set(caseKey(write.name), target);
  }
  return added;
}

/** The sheet's name, or null when ET cannot even say it (the naming error is the one reported). */
function nameOf(sheet: EtWorksheet): string | null {
  try {
    return sheet.Name;
  } catch {
    return null;
  }
}

/** Names added or redefined, then the memory names the plan no longer needs deleted. */
function writeNames(
  workbook: EtWorkbook,
  sheets: EtWorksheets,
  plan: WritePlan,
  options: ApplyOptions,
  progress: WriteProgress,
): void {
  // Each scope's Names once: a run defines dozens of the scorer's memory names on one sheet, and
  // every ET call counts.
  const namesByScope = new Map<string, EtNames>();
  const namesOf = (scope: NameAdd['scope']): EtNames => {
    const key = scope === 'workbook' ? '' : `!${caseKey(scope.sheet)}`;
    let names = namesByScope.get(key);
    if (!names) {
      names = scope === 'workbook' ? workbook.Names : sheets.Item(scope.sheet).Names;
      namesByScope.set(key, names);
    }
    return names;
  };
  // `create`: undo putting back a memory name the run deleted (it is not there to redefine).
  for (const add of plan.names)
    writeName(namesOf(add.scope), add, !add.create && options.nameExists(add), () =>
      progress.names.push(add),
    );
  for (const entry of plan.deleteNames ?? []) {
    namesOf(entry.scope).Item(entry.name).Delete();
    progress.deletedNames.push(entry);
  }
}

/** Runs `writes` with screen updating (and alerts) off, restoring both whatever happens. */
export function withScreenOff<T>(app: EtApplication, writes: () => T): T {
  const updating = app.ScreenUpdating;
  const alerts = app.DisplayAlerts;
  app.ScreenUpdating = false;
  app.DisplayAlerts = false;
  try {
    return writes();
  } finally {
    app.ScreenUpdating = updating;
    app.DisplayAlerts = alerts;
  }
}

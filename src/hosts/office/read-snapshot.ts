/**
 * Everything one scoring run needs, queued for ONE sync: the active sheet (name, protection, used
 * range grid), workbook-scoped names and the active sheet's own names (Office keeps them in two
 * collections: workbook.names and worksheet.names), every sheet's name, the workbook's structure
 * protection, and the grids of the output sheets the caller already knows of.
 *
 * Nothing here calls a method on, navigates from or loads through an *OrNullObject result: Office.js
 * documents only that such an object's isNullObject can be read after a sync, and a strict host fails
 * the whole batch otherwise. The output sheets are whatever the active sheet's PE_OutSummary /
 * PE_OutDeductions names point at, unknown before the sync; so the caller passes the sheets it
 * believes exist and hold them (`knownOutputs`, from an earlier read or run), they are reached with
 * worksheets.getItem and getUsedRange(false) (never a null object: an empty sheet gives a blank A1),
 * and read-outputs.ts checks the guess after the sync (see README "A run, sync by sync").
 */
import type { DefinedName, ScoringSnapshot, SheetSnapshot } from '../../workbook/types';
import { EMPTY_GRID, queueGridRead, readGrid, type GridProxies } from './read-grid';
import type { HostCapabilities } from './types';

/** The proxies of the one read; turn them into a snapshot with buildSnapshot after the sync. */
export interface SnapshotProxies {
  active: Excel.Worksheet;
  /** The scored sheet's grid; null when only its frame was read (see read-slices.ts). */
  grid: GridProxies | null;
  /** The used range with its position and size only (always loaded). */
  frame: Excel.Range;
  workbookNames: Excel.NamedItemCollection;
  sheetNames: Excel.NamedItemCollection;
  sheets: Excel.WorksheetCollection;
  /** workbook.protection (protected: the structure is locked, no sheet can be added). */
  structure: Excel.WorkbookProtection;
  /** Output sheets: `grid` null when only their frames were read (read-slices.ts). */
  outputs: { sheet: Excel.Worksheet; frame: Excel.Range; grid: GridProxies | null }[];
}

/** A used range's position and size after the sync; null for a null object. */
export interface Frame {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export function frameOf(range: Excel.Range): Frame | null {
  if (range.isNullObject) return null;
  return { top: range.rowIndex, left: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
}

/** A sheet known to exist: getItem (an ItemNotFound fails the read if it was deleted meanwhile). */
export function queueOutputSheet(
  context: Excel.RequestContext,
  name: string,
  capabilities: HostCapabilities,
  withGrid: boolean,
): SnapshotProxies['outputs'][number] {
  const sheet = context.workbook.worksheets.getItem(name);
  sheet.load('name, protection/protected');
  const frame = sheet.getUsedRange(false);
  frame.load('rowIndex, columnIndex, rowCount, columnCount');
  return { sheet, frame, grid: withGrid ? queueGridRead(frame, capabilities) : null };
}

/**
 * `withGrid` false leaves out the cells of the scored and output sheets (their frames are still read):
 * the fallback for sheets too large for one response on Excel on the web, then read in slices.
 * `knownOutputs`: sheets believed to exist and to be the scored sheet's outputs, read in this sync.
 */
export function queueSnapshotRead(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  withGrid = true,
  knownOutputs: readonly string[] = [],
): SnapshotProxies {
  const workbook = context.workbook;
  const active = workbook.worksheets.getActiveWorksheet();
  active.load('name, protection/protected');
  const frame = active.getUsedRange(false);
  frame.load('rowIndex, columnIndex, rowCount, columnCount');
  const grid = withGrid ? queueGridRead(frame, capabilities) : null;
  const workbookNames = workbook.names.load('items/name, items/type, items/formula, items/visible');
  const sheetNames = active.names.load('items/name, items/type, items/formula, items/visible');
  const sheets = workbook.worksheets.load('items/name');
  const structure = workbook.protection.load('protected');
  const outputs = knownOutputs.map((name) => queueOutputSheet(context, name, capabilities, withGrid));
  return { active, grid, frame, workbookNames, sheetNames, sheets, structure, outputs };
}

/**
 * Names as the mapping reads them, loaded with 'items/name, items/type, items/formula, items/visible':
 * `visible` rides on the same load (no extra sync), for undo to give a deleted name back as it was
 * (DefinedName.hidden).
 */
export function toDefinedNames(items: Excel.NamedItem[], scope: DefinedName['scope']): DefinedName[] {
  return items.map((item) => ({
    name: item.name,
    scope,
    formula: String(item.formula ?? ''),
    ...(item.visible === false ? { hidden: true } : {}),
  }));
}

export function readOutputSheet(output: SnapshotProxies['outputs'][number]): SheetSnapshot {
  return {
    name: output.sheet.name,
    protected: output.sheet.protection.protected,
    grid: (output.grid ? readGrid(output.grid) : null) ?? EMPTY_GRID,
  };
}

/**
 * After the sync. Output sheets are listed once each, never the scored sheet itself; they are the
 * sheets read, not yet checked against the names (read-outputs.ts does). Grids that were not read
 * (frames only) are empty here; read-slices.ts fills them in.
 */
export function buildSnapshot(proxies: SnapshotProxies): ScoringSnapshot {
  const name = proxies.active.name;
  const otherSheets: SheetSnapshot[] = [];
  for (const output of proxies.outputs) {
    const sheet = readOutputSheet(output);
    if (sheet.name !== name && !otherSheets.some((s) => s.name === sheet.name)) otherSheets.push(sheet);
  }
  return {
    sheet: {
      name,
      protected: proxies.active.protection.protected,
      grid: (proxies.grid ? readGrid(proxies.grid) : null) ?? EMPTY_GRID,
    },
    names: [
      ...toDefinedNames(proxies.workbookNames.items, 'workbook'),
      ...toDefinedNames(proxies.sheetNames.items, { sheet: name }),
    ],
    sheetNames: proxies.sheets.items.map((s) => s.name),
    otherSheets,
    structureProtected: proxies.structure.protected === true,
  };
}

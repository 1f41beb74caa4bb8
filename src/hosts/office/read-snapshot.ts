/**
 * Everything one scoring run needs, queued for ONE sync: the active sheet (name, protection, used
 * range grid), workbook-scoped names and the active sheet's own names (Office keeps them in two
 * collections: workbook.names and worksheet.names), every sheet's name, and the grids of the
 * scorer's output sheets.
 *
 * The output sheets are whatever the active sheet's PE_OutSummary / PE_OutDeductions names point at,
 * unknown before the sync. They are reached in the same request through a chain of null objects:
 * worksheet.names.getItemOrNullObject(name).getRangeOrNullObject().worksheet.getUsedRangeOrNullObject().
 * A missing name, a name that is #REF! or not a single range (NamedItem.getRangeOrNullObject, ExcelApi
 * 1.4, gives a null object where getRange() would fail with InvalidOperation) or an empty sheet ends the
 * chain in a null object, whose loaded properties are then simply absent. Null-ness propagating along
 * a chain is documented Office behaviour ("*OrNullObject methods"); office-js#263 (fixed) was a crash
 * of getRangeOrNullObject on a #REF! name in 2018 builds.
 */
import { OUTPUT_NAMES } from '../../workbook';
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

function queueOutputSheet(
  active: Excel.Worksheet,
  name: string,
  capabilities: HostCapabilities,
  withGrid: boolean,
) {
  const sheet = active.names.getItemOrNullObject(name).getRangeOrNullObject().worksheet;
  sheet.load('name, protection/protected');
  const frame = sheet.getUsedRangeOrNullObject(false);
  frame.load('rowIndex, columnIndex, rowCount, columnCount');
  return { sheet, frame, grid: withGrid ? queueGridRead(frame, capabilities) : null };
}

/**
 * `withGrid` false leaves out the cells of the scored and output sheets (their frames are still read):
 * the fallback for sheets too large for one response on Excel on the web, then read in slices.
 * `withOutputs` false leaves out the output-sheet chains (read-outputs.ts reads them by name instead).
 */
export function queueSnapshotRead(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  withGrid = true,
  withOutputs = true,
): SnapshotProxies {
  const workbook = context.workbook;
  const active = workbook.worksheets.getActiveWorksheet();
  active.load('name, protection/protected');
  const frame = active.getUsedRange(false);
  frame.load('rowIndex, columnIndex, rowCount, columnCount');
  const grid = withGrid ? queueGridRead(frame, capabilities) : null;
  const workbookNames = workbook.names.load('items/name, items/type, items/formula');
  const sheetNames = active.names.load('items/name, items/type, items/formula');
  const sheets = workbook.worksheets.load('items/name');
  const outputs = withOutputs
    ? [OUTPUT_NAMES.summary, OUTPUT_NAMES.deductions].map((name) =>
        queueOutputSheet(active, name, capabilities, withGrid),
      )
    : [];
  return { active, grid, frame, workbookNames, sheetNames, sheets, outputs };
}

function toDefinedNames(items: Excel.NamedItem[], scope: DefinedName['scope']): DefinedName[] {
  return items.map((item) => ({ name: item.name, scope, formula: String(item.formula ?? '') }));
}

function readOutputSheet(output: SnapshotProxies['outputs'][number]): SheetSnapshot | null {
  if (output.sheet.isNullObject) return null;
  return {
    name: output.sheet.name,
    protected: output.sheet.protection.protected,
    grid: (output.grid ? readGrid(output.grid) : null) ?? EMPTY_GRID,
  };
}

/**
 * After the sync. Output sheets are listed once each, never the scored sheet itself. Grids that were
 * not read (frames only) are empty here; read-slices.ts fills them in.
 */
export function buildSnapshot(proxies: SnapshotProxies): ScoringSnapshot {
  const name = proxies.active.name;
  const otherSheets: SheetSnapshot[] = [];
  for (const output of proxies.outputs) {
    const sheet = readOutputSheet(output);
    if (sheet && sheet.name !== name && !otherSheets.some((s) => s.name === sheet.name))
      otherSheets.push(sheet);
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
  };
}

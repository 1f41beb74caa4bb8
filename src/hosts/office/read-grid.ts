/**
 * Queues the read of one range's grid (values, formulas, number formats, value types, fills) and
 * turns the loaded data into a SheetGrid after the sync.
 *
 * Fills: `getCellProperties` (ExcelApi 1.9) gives every cell's fill in the same request. Without it,
 * a window of single cells from the range's top-left corner is loaded instead (getCell may reach past
 * the range, so the window needs no size known in advance) — still one sync; fills beyond the window
 * read as none. See toFill for patterns and white.
 */
import { EMPTY_GRID } from '../../workbook/grid';
import { OPAQUE_FILL, type CellValue, type SheetGrid } from '../../workbook/types';
import { queueMergedAreas, readMergedAreas } from './merged-areas';
import type { HostCapabilities } from './types';

export const FALLBACK_FILL_ROWS = 100;
export const FALLBACK_FILL_COLS = 20;

/** The proxies of one queued grid read; read them only after the sync (readGrid). */
export interface GridProxies {
  range: Excel.Range;
  cellProperties: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  fillWindow: Excel.RangeFill[][] | null;
  /** Null when merged areas cannot be read (ExcelApi < 1.13): the grid's `merged` stays undefined. */
  mergedAreas: Excel.RangeAreas | null;
}

export { EMPTY_GRID };

export function toCellValue(value: unknown, type: string): CellValue {
  if (type === 'Empty') return null;
  if (type === 'Error') return { error: String(value) };
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/**
 * A cell's fill for the snapshot. Without `pattern` (Excel without ExcelApi 1.9) Excel reports "no
 * fill" as #FFFFFF, so white counts as no fill. With it (loaded with getCellProperties): "None" is
 * no fill, "Solid" is the colour (white included), and anything else — hatching, a gradient — is
 * a fill that a colour alone cannot give back: OPAQUE_FILL.
 */
export function toFill(color: string | null | undefined, pattern?: string | null): string | null {
  if (pattern === 'None') return null;
  if (pattern && pattern !== 'Solid') return OPAQUE_FILL;
  if (!color) return null;
  const upper = color.toUpperCase();
  return upper === '#FFFFFF' && pattern !== 'Solid' ? null : upper;
}

function queueFillWindow(range: Excel.Range): Excel.RangeFill[][] {
  const window: Excel.RangeFill[][] = [];
  for (let r = 0; r < FALLBACK_FILL_ROWS; r += 1) {
    const row: Excel.RangeFill[] = [];
    for (let c = 0; c < FALLBACK_FILL_COLS; c += 1) {
      const fill = range.getCell(r, c).format.fill;
      fill.load('color');
      row.push(fill);
    }
    window.push(row);
  }
  return window;
}

/**
 * `capabilities.cellProperties` is turned off here when Office.js turns out to lack ExcelApi 1.9, so
 * the caller knows the fills came from the window (and completes them: read-fills.ts).
 */
export function queueGridRead(range: Excel.Range, capabilities: HostCapabilities): GridProxies {
  range.load('rowIndex, columnIndex, values, formulas, numberFormat, valueTypes');
  const mergedAreas = queueMergedAreas(range, capabilities);
  if (capabilities.cellProperties) {
    try {
      return {
        range,
        cellProperties: range.getCellProperties({ format: { fill: { color: true, pattern: true } } }),
        fillWindow: null,
        mergedAreas,
      };
    } catch {
      // Office.js throws synchronously when the API set is missing (ExcelApi < 1.9): fall back.
      capabilities.cellProperties = false;
    }
  }
  return { range, cellProperties: null, fillWindow: queueFillWindow(range), mergedAreas };
}

function loadedFills(proxies: GridProxies): (string | null)[][] {
  if (proxies.cellProperties) {
    const cells = proxies.cellProperties.value ?? [];
    return cells.map((row) =>
      row.map((cell) => toFill(cell.format?.fill?.color, cell.format?.fill?.pattern)),
    );
  }
  return (proxies.fillWindow ?? []).map((row) => row.map((fill) => toFill(fill.color)));
}

/** After the sync: the grid, or null when the range is a null object (e.g. no such sheet). */
export function readGrid(proxies: GridProxies): SheetGrid | null {
  const range = proxies.range;
  if (range.isNullObject) return null;
  const valueTypes = range.valueTypes;
  const values = range.values.map((row, r) => row.map((v, c) => toCellValue(v, valueTypes[r][c])));
  const formulas = range.formulas.map((row) =>
    row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)),
  );
  const numberFormats = range.numberFormat.map((row) => row.map((f) => String(f || 'General')));
  const fills = loadedFills(proxies);
  const grid: SheetGrid = {
    top: range.rowIndex,
    left: range.columnIndex,
    values,
    formulas,
    numberFormats,
    fills: values.map((row, r) => row.map((_, c) => fills[r]?.[c] ?? null)),
  };
  if (isBlankCell(grid)) return EMPTY_GRID;
  if (proxies.mergedAreas) grid.merged = readMergedAreas(proxies.mergedAreas);
  return grid;
}

/**
 * After the sync: roughly what Excel's response for this read weighed — the JSON of every array it
 * loaded, as Office.js receives them. Used to size the next slice of a sheet read in slices.
 */
export function loadedBytes(proxies: GridProxies): number {
  const range = proxies.range;
  if (range.isNullObject) return 0;
  const parts: unknown[] = [range.values, range.formulas, range.numberFormat, range.valueTypes];
  if (proxies.cellProperties) parts.push(proxies.cellProperties.value);
  else if (proxies.fillWindow) parts.push(proxies.fillWindow.map((row) => row.map((fill) => fill.color)));
  if (proxies.mergedAreas && !proxies.mergedAreas.isNullObject) parts.push(proxies.mergedAreas.address);
  return parts.reduce<number>((sum, part) => sum + JSON.stringify(part ?? null).length, 0);
}

/** getUsedRange() of an empty sheet is a blank A1: report it as the empty grid. */
function isBlankCell(grid: SheetGrid): boolean {
  return (
    grid.values.length === 1 &&
    grid.values[0].length === 1 &&
    grid.values[0][0] === null &&
    grid.formulas[0][0] === null &&
    grid.numberFormats[0][0] === 'General' &&
    grid.fills[0][0] === null
  );
}

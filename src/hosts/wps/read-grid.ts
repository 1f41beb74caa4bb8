/**
 * One sheet's used range as a SheetGrid, from whole-block reads: Value2 and Formula of the used
 * range (one call each), and formats, fills and merges from ONE `Value(11)` (XML Spreadsheet,
 * xml-spreadsheet.ts): 10 calls per grid whatever its size.
 *
 * Where a WPS build does not give Value(11) (it throws or returns something else), formats and fills
 * are read by bisection (blocks.ts) and merges by bisection on MergeCells with one MergeArea per
 * merged area: one call chain per uniform column, ~log2(rows) more per run of differing cells, so
 * that route grows with how varied the sheet is. See docs/wps.md for measured counts.
 */
import { EMPTY_GRID } from '../../workbook/grid';
import { OPAQUE_FILL, type Area, type CellValue, type SheetGrid } from '../../workbook/types';
import { bisect, halves, MIXED, rectAddress, table, type Rect } from './blocks';
import { mergedAreas, parseXmlSpreadsheet } from './xml-spreadsheet';
import { bgrToHex, normalFormat, toCellValue } from './cell-codes';
import { XL_NONE, XL_SOLID, type EtRange, type EtWorksheet } from './et-types';

export { EMPTY_GRID };

/** Value2 / Formula of a block as rows × cols: ET gives a bare scalar for one cell. */
export function asRows(value: unknown, rows: number, cols: number): unknown[][] {
  if (Array.isArray(value)) {
    if (rows === 1 && value.length === cols && !Array.isArray(value[0])) return [value];
    return value.map((row) => (Array.isArray(row) ? row : [row]));
  }
  return table(rows, cols, value);
}

function probeFormat(range: EtRange): string | typeof MIXED {
  const format = range.NumberFormat;
  return format === null || format === undefined ? MIXED : normalFormat(format);
}

/**
 * A fill: ColorIndex -4142 is no fill; a solid pattern gives the colour; any other pattern is a fill
 * the scorer cannot give back (OPAQUE_FILL). Null anywhere: the block is mixed.
 */
function probeFill(range: EtRange): string | null | typeof MIXED {
  const interior = range.Interior;
  const index = interior.ColorIndex;
  if (index === null || index === undefined) return MIXED;
  if (index === XL_NONE) return null;
  const pattern = interior.Pattern;
  if (pattern === null || pattern === undefined) return MIXED;
  if (pattern === XL_NONE) return null;
  if (pattern !== XL_SOLID) return OPAQUE_FILL;
  const color = interior.Color;
  if (color === null || color === undefined) return MIXED;
  return bgrToHex(color);
}

function areaOf(range: EtRange, sheet: string): Area {
  const top = range.Row - 1;
  const left = range.Column - 1;
  return { sheet, top, left, bottom: top + range.Rows.Count - 1, right: left + range.Columns.Count - 1 };
}

const contains = (outer: Area, rect: Rect) =>
  outer.top <= rect.top &&
  outer.left <= rect.left &&
  outer.bottom >= rect.bottom &&
  outer.right >= rect.right;

/**
 * Merged areas touching `rect`: a block that is not merged at all ends there; a fully merged block
 * lying inside one merged area (its first cell's MergeArea) gives that area; otherwise halves.
 */
function readMerges(sheet: EtWorksheet, sheetName: string, rect: Rect, found: Area[]): void {
  if (found.some((area) => contains(area, rect))) return;
  const range = sheet.Range(rectAddress(rect));
  const merged = range.MergeCells;
  if (merged === false) return;
  const single = rect.top === rect.bottom && rect.left === rect.right;
  if (merged === true || single) {
    const first = single ? range : sheet.Range(rectAddress({ ...rect, bottom: rect.top, right: rect.left }));
    const area = areaOf(first.MergeArea, sheetName);
    if (!found.some((a) => a.top === area.top && a.left === area.left)) found.push(area);
    if (contains(area, rect)) return;
  }
  if (!single) for (const half of halves(rect)) readMerges(sheet, sheetName, half, found);
}

/** Formats, fills and merges from Value(11), or null where this WPS does not give them that way. */
function readXmlLayer(used: EtRange, rows: number, cols: number) {
  try {
    return parseXmlSpreadsheet(used.Value(XL_RANGE_VALUE_XML_SPREADSHEET), rows, cols);
  } catch {
    return null;
  }
}

const XL_RANGE_VALUE_XML_SPREADSHEET = 11;

/** The used range's grid; EMPTY_GRID for an empty sheet (ET's used range is then a blank A1). */
export function readGrid(sheet: EtWorksheet, sheetName: string): SheetGrid {
  const used = sheet.UsedRange;
  const top = used.Row - 1;
  const left = used.Column - 1;
  const rows = used.Rows.Count;
  const cols = used.Columns.Count;
  const rawValues = asRows(used.Value2, rows, cols);
  const rawFormulas = asRows(used.Formula, rows, cols);
  const formulas = rawFormulas.map((row) =>
    row.map((f) => (typeof f === 'string' && f.startsWith('=') && f.length > 1 ? f : null)),
  );
  const values: CellValue[][] = rawValues.map((row, r) =>
    row.map((v, c) => toCellValue(v, formulas[r]?.[c] !== null && formulas[r]?.[c] !== undefined)),
  );
  const rect: Rect = { top, left, bottom: top + rows - 1, right: left + cols - 1 };
  const layer = readXmlLayer(used, rows, cols);
  let numberFormats: string[][];
  let fills: (string | null)[][];
  const merged: Area[] = [];
  if (layer) {
    ({ numberFormats, fills } = layer);
    merged.push(...mergedAreas(layer, sheetName, top, left));
  } else {
    const origin = { top, left };
    numberFormats = table(rows, cols, 'General');
    bisect(sheet, rect, origin, probeFormat, numberFormats);
    fills = table<string | null>(rows, cols, null);
    bisect(sheet, rect, origin, probeFill, fills);
    readMerges(sheet, sheetName, rect, merged);
  }
  if (rows === 1 && cols === 1 && values[0][0] === null && !formulas[0][0] && fills[0][0] === null)
    if (numberFormats[0][0] === 'General') return EMPTY_GRID;
  return { top, left, values, formulas, numberFormats, fills, merged };
}

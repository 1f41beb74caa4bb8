/**
 * One exceljs worksheet -> the SheetGrid of the contract (values as Excel shows them to a formula,
 * formula text, number formats, fills, merged areas).
 *
 * How exceljs represents cells (checked against exceljs 4.4, see test/hosts/xlsx/read-cells.test.ts):
 * - formula: { formula, result } (or { sharedFormula, result } on the other cells of a shared
 *   formula, where `cell.formula` gives the translated text); a cached error result is
 *   { error: '#DIV/0!' }; a formula never calculated has no result (read as empty).
 * - error constant: { error: '#N/A' }; rich text: { richText: [{ text }] };
 *   hyperlink: { text, hyperlink } where text may itself be rich text.
 * - dates: a JS Date (UTC) when the number format is a date format; turned back into the serial.
 * - merged cells other than the top-left one report the master's value; Excel reads them empty.
 */
import type { Cell, Worksheet } from 'exceljs';
import {
  OPAQUE_FILL,
  type Area,
  type CellValue,
  type SheetGrid,
  type SheetSnapshot,
} from '../../../src/workbook/types';
import { colorToHex, type ExcelColor } from '../../../src/hosts/xlsx/colors';

const MS_PER_DAY = 86_400_000;
/** Days between the serial epoch and 1970-01-01: 1900 system (with Excel's 1900 leap bug), 1904 system. */
const EPOCH_OFFSET = { system1900: 25569, system1904: 24107 };

export interface ReadContext {
  date1904: boolean;
  themeScheme: string[];
  /** The workbook sets its own <indexedColors> palette: indexed colours are not the standard ones. */
  customPalette?: boolean;
}

/** Indexed colours 0-63 are the legacy palette; 64 and 65 are the system foreground/background. */
const STANDARD_PALETTE_SIZE = 64;

export function dateToSerial(date: Date, date1904: boolean): number {
  const days = date.getTime() / MS_PER_DAY + (date1904 ? EPOCH_OFFSET.system1904 : EPOCH_OFFSET.system1900);
  // exceljs rounds to the millisecond on the way in; undo the float noise of the division.
  return Math.round(days * MS_PER_DAY) / MS_PER_DAY;
}

function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && Array.isArray((value as { richText?: unknown }).richText)) {
    return (value as { richText: { text: string }[] }).richText.map((run) => run.text ?? '').join('');
  }
  return value === null || value === undefined ? '' : String(value);
}

/** A raw exceljs value (or a formula's cached result) -> CellValue. */
export function toCellValue(raw: unknown, context: ReadContext): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return dateToSerial(raw, context.date1904);
  if (typeof raw === 'object') {
    const value = raw as Record<string, unknown>;
    if (typeof value.error === 'string') return { error: value.error };
    if ('formula' in value || 'sharedFormula' in value) return toCellValue(value.result, context);
    if (Array.isArray(value.richText)) return plainText(value);
    if ('hyperlink' in value || 'text' in value) return plainText(value.text);
  }
  return String(raw);
}

const NULL = 0;
const MERGE = 1;
const FORMULA = 6;

function readValue(cell: Cell, context: ReadContext): CellValue {
  if ((cell.type as number) === MERGE) return null;
  return toCellValue(cell.value, context);
}

function readFormula(cell: Cell): string | null {
  if ((cell.type as number) !== FORMULA) return null;
  const text = cell.formula;
  return text ? `=${text}` : null;
}

/**
 * The fill of a cell: "#RRGGBB" for a solid fill whose colour is known exactly, null for none, and
 * OPAQUE_FILL for any other fill — a pattern, a gradient, a tinted theme colour (Excel's own
 * rounding of the tint is not ours), an indexed colour outside the standard palette or under the
 * workbook's own palette — which the scorer could not give back exactly after highlighting it.
 */
export function readFill(
  cell: Cell,
  context: Pick<ReadContext, 'themeScheme' | 'customPalette'>,
): string | null {
  const fill = cell.style?.fill;
  if (!fill) return null;
  if (fill.type !== 'pattern') return OPAQUE_FILL; // gradient
  if (!fill.pattern || fill.pattern === 'none') return null;
  if (fill.pattern !== 'solid') return OPAQUE_FILL;
  const color = fill.fgColor as ExcelColor | undefined;
  if (!color) return OPAQUE_FILL; // Excel paints "automatic", the system colour
  if (typeof color.argb !== 'string') {
    if (typeof color.theme === 'number' && color.tint) return OPAQUE_FILL;
    if (
      typeof color.indexed === 'number' &&
      (context.customPalette || color.indexed >= STANDARD_PALETTE_SIZE)
    )
      return OPAQUE_FILL;
  }
  return colorToHex(color, context.themeScheme) ?? OPAQUE_FILL;
}

interface ExcelMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The sheet's merged areas that touch the grid, 0-based. exceljs keeps them (1-based) in the
 * worksheet's private `_merges`, keyed by master cell; `worksheet.model.merges` would rebuild the
 * whole sheet model just to list them.
 */
export function readMerges(sheet: Worksheet, grid: SheetGrid): Area[] {
  const merges = (sheet as unknown as { _merges?: Record<string, ExcelMerge> })._merges ?? {};
  const rows = grid.values.length;
  const cols = rows > 0 ? grid.values[0].length : 0;
  if (rows === 0 || cols === 0) return [];
  const bottom = grid.top + rows - 1;
  const right = grid.left + cols - 1;
  return Object.values(merges)
    .filter(Boolean)
    .map((m) => ({
      sheet: sheet.name,
      top: m.top - 1,
      left: m.left - 1,
      bottom: m.bottom - 1,
      right: m.right - 1,
    }))
    .filter((a) => a.top <= bottom && a.bottom >= grid.top && a.left <= right && a.right >= grid.left);
}

/** The used range of the sheet as a dense grid (an empty sheet gives values = []). */
export function readGrid(sheet: Worksheet, context: ReadContext): SheetGrid {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  // Like Excel's used range: cells with a value or with formatting of their own (a fill alone makes
  // a cell "used"). findCell never creates cells, so reading does not change the workbook.
  // eachRow({ includeEmpty: false }) would skip a row whose only cells are filled but empty.
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.findRow(rowNumber);
    if (!row) continue;
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (!cell || ((cell.type as number) === NULL && Object.keys(cell.style ?? {}).length === 0)) continue;
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  if (bottom === 0)
    return { top: 0, left: 0, values: [], formulas: [], numberFormats: [], fills: [], merged: [] };

  const grid: SheetGrid = {
    top: top - 1,
    left: left - 1,
    values: [],
    formulas: [],
    numberFormats: [],
    fills: [],
  };
  for (let r = top; r <= bottom; r++) {
    const row = sheet.findRow(r);
    const values: CellValue[] = [];
    const formulas: (string | null)[] = [];
    const formats: string[] = [];
    const fills: (string | null)[] = [];
    for (let c = left; c <= right; c++) {
      const cell = row?.findCell(c);
      values.push(cell ? readValue(cell, context) : null);
      formulas.push(cell ? readFormula(cell) : null);
      formats.push(cell?.numFmt || 'General');
      fills.push(cell ? readFill(cell, context) : null);
    }
    grid.values.push(values);
    grid.formulas.push(formulas);
    grid.numberFormats.push(formats);
    grid.fills.push(fills);
  }
  grid.merged = readMerges(sheet, grid);
  return grid;
}

export function readSheetSnapshot(sheet: Worksheet, context: ReadContext): SheetSnapshot {
  const protection = (sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  return { name: sheet.name, protected: Boolean(protection?.sheet), grid: readGrid(sheet, context) };
}

/**
 * One worksheet part -> the SheetGrid of the contract: values as Excel shows them to a formula,
 * formula text, number formats, fills (with the OPAQUE_FILL rules), merged areas.
 *
 * The rules are the ones the exceljs-based reader had (test/hosts/xlsx/package-vs-exceljs.test.ts
 * compares both on every fixture): the used range covers every cell with a value, a formula or a
 * style of its own, and the cells of merged areas; a formula never calculated reads as empty; the cells of a merged area other
 * than its top-left one read as empty; a shared formula's other cells get the formula translated to
 * their position. Numbers are read as stored: a date stays its serial number.
 */
import {
  OPAQUE_FILL,
  type Area,
  type CellValue,
  type SheetGrid,
  type SheetSnapshot,
} from '../../workbook/types';
import { colorToHex } from './colors';
import { stringItemText, unescapeControlCharacters } from './shared-strings';
import type { CellRecord, SheetPart } from './sheet-part';
import { slideFormula } from './shared-formulas';
import type { FillModel, StylesPart } from './styles-part';

export interface ReadContext {
  date1904: boolean;
  themeScheme: string[];
  /** The workbook sets its own <indexedColors> palette: indexed colours are not the standard ones. */
  customPalette?: boolean;
}

/** Indexed colours 0-63 are the legacy palette; 64 and 65 are the system foreground/background. */
const STANDARD_PALETTE_SIZE = 64;
const MS_PER_DAY = 86_400_000;
/** Days between the serial epoch and 1970-01-01: 1900 system (with Excel's 1900 leap bug), 1904 system. */
const EPOCH_OFFSET = { system1900: 25569, system1904: 24107 };

/**
 * The fill of a cell: "#RRGGBB" for a solid fill whose colour is known exactly, null for none, and
 * OPAQUE_FILL for any other fill — a pattern, a gradient, a tinted theme colour (Excel's own
 * rounding of the tint is not ours), an indexed colour outside the standard palette or under the
 * workbook's own palette — which the scorer could not give back exactly after highlighting it.
 */
export function fillColor(
  fill: FillModel | undefined,
  context: Pick<ReadContext, 'themeScheme' | 'customPalette'>,
): string | null {
  if (!fill) return null;
  if (fill.type !== 'pattern') return OPAQUE_FILL; // gradient
  if (!fill.pattern || fill.pattern === 'none') return null;
  if (fill.pattern !== 'solid') return OPAQUE_FILL;
  const color = fill.fgColor;
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

/** An ISO date of a t="d" cell as a serial number. */
function isoToSerial(text: string, date1904: boolean): number | string {
  const time = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
  if (Number.isNaN(time)) return text;
  return time / MS_PER_DAY + (date1904 ? EPOCH_OFFSET.system1904 : EPOCH_OFFSET.system1900);
}

/** A cell's value as Excel shows it to a formula. */
export function cellValue(cell: CellRecord, strings: () => string[], context: ReadContext): CellValue {
  const raw = cell.value;
  if (raw === undefined) return null;
  if (cell.inline) return stringItemText(raw);
  switch (cell.type) {
    case 's':
      return cell.formula ? raw : (strings()[Number(raw)] ?? '');
    case 'str':
    case 'inlineStr':
      return unescapeControlCharacters(raw);
    case 'b':
      return Number(raw) !== 0;
    case 'e':
      return { error: raw };
    case 'd':
      return isoToSerial(raw, context.date1904);
    default: {
      const number = Number(raw);
      return Number.isNaN(number) ? raw : number;
    }
  }
}

/** Formula text ("=A1+1") of a cell, shared formulas translated; null for a constant. */
function formulaText(
  cell: CellRecord,
  row: number,
  masters: Map<string, { text: string; row: number; col: number }>,
): string | null {
  const formula = cell.formula;
  if (!formula) return null;
  if (formula.text) return `=${formula.text}`;
  const master = formula.shared === undefined ? undefined : masters.get(formula.shared);
  if (!master) return null;
  return `=${slideFormula(master.text, master.row, master.col, row, cell.col)}`;
}

function inside(areas: Omit<Area, 'sheet'>[], row: number, col: number): Omit<Area, 'sheet'> | undefined {
  return areas.find((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
}

export function readGrid(
  part: SheetPart,
  sheetName: string,
  styles: StylesPart,
  strings: () => string[],
  context: ReadContext,
): SheetGrid {
  const used = (cell: CellRecord): boolean =>
    cell.value !== undefined || cell.formula !== undefined || (cell.style > 0 && styles.exists(cell.style));
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const masters = new Map<string, { text: string; row: number; col: number }>();
  for (const record of part.rows) {
    for (const cell of record.cells) {
      if (cell.formula?.shared !== undefined && cell.formula.text && !masters.has(cell.formula.shared)) {
        masters.set(cell.formula.shared, { text: cell.formula.text, row: record.row, col: cell.col });
      }
      if (!used(cell)) continue;
      top = Math.min(top, record.row);
      bottom = Math.max(bottom, record.row);
      left = Math.min(left, cell.col);
      right = Math.max(right, cell.col);
    }
  }
  // The cells of a merged area other than its top-left one count as used even when the file has no
  // element for them (Excel treats them as part of the area; the exceljs reader did the same).
  for (const merge of part.merges) {
    const slaves =
      merge.top === merge.bottom
        ? { ...merge, left: merge.left + 1 }
        : merge.left === merge.right
          ? { ...merge, top: merge.top + 1 }
          : merge;
    if (slaves.left > slaves.right || slaves.top > slaves.bottom) continue;
    top = Math.min(top, slaves.top);
    bottom = Math.max(bottom, slaves.bottom);
    left = Math.min(left, slaves.left);
    right = Math.max(right, slaves.right);
  }
  if (bottom < 0)
    return { top: 0, left: 0, values: [], formulas: [], numberFormats: [], fills: [], merged: [] };

  const width = right - left + 1;
  // Every field in the one literal (as the empty grid above): objects of one shape from start to end.
  const merged = part.merges
    .filter((m) => m.top <= bottom && m.bottom >= top && m.left <= right && m.right >= left)
    .map((m) => ({ sheet: sheetName, top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
  const grid: SheetGrid = { top, left, values: [], formulas: [], numberFormats: [], fills: [], merged };
  const rows = new Map(part.rows.map((record) => [record.row, record]));
  for (let r = top; r <= bottom; r++) {
    const values: CellValue[] = new Array(width).fill(null);
    const formulas: (string | null)[] = new Array(width).fill(null);
    const formats: string[] = new Array(width).fill('General');
    const fills: (string | null)[] = new Array(width).fill(null);
    for (const cell of rows.get(r)?.cells ?? []) {
      if (cell.col < left || cell.col > right || !used(cell)) continue;
      const c = cell.col - left;
      const merge = part.merges.length > 0 ? inside(part.merges, r, cell.col) : undefined;
      const slave = merge !== undefined && (merge.top !== r || merge.left !== cell.col);
      values[c] = slave ? null : cellValue(cell, strings, context);
      formulas[c] = slave ? null : formulaText(cell, r, masters);
      formats[c] = styles.numberFormat(cell.style);
      fills[c] = fillColor(styles.fill(cell.style), context);
    }
    grid.values.push(values);
    grid.formulas.push(formulas);
    grid.numberFormats.push(formats);
    grid.fills.push(fills);
  }
  return grid;
}

export function readSheetSnapshot(
  part: SheetPart,
  sheetName: string,
  styles: StylesPart,
  strings: () => string[],
  context: ReadContext,
): SheetSnapshot {
  return {
    name: sheetName,
    protected: part.protected,
    grid: readGrid(part, sheetName, styles, strings, context),
  };
}

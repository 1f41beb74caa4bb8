/**
 * How detection reads cells: header keys (text compared without spaces, units, years) and a
 * merge-aware view of a SheetGrid (a merged area's value belongs to every cell it covers).
 */
import type { CellValue } from '../../engine/types';
import { cellAt, usedCols, usedRows } from '../grid';
import type { Area, SheetGrid } from '../types';
import { COLUMN_WORDINGS, CONTAINS_ORDER, type ColumnRole } from './vocabulary';

/**
 * Header text as compared: no whitespace of any kind (line breaks, full-width spaces), and no
 * trailing bracketed unit such as （分） or (万元), so 分值（分） and "年度\n目标值" match.
 */
export function normalizeHeader(text: string): string {
  let compact = text.replace(/[\s\u3000]+/g, '');
  // Strip trailing bracket groups, repeatedly: 分值（分）(权重) -> 分值.
  for (;;) {
    const stripped = compact.replace(/[（(【[][^（）()【】[\]]*[）)】\]]$/, '');
    if (stripped === compact) return compact;
    compact = stripped;
  }
}

/**
 * normalizeHeader, then no trailing colon, no leading year (2023年度 / 2023年) and no leading list
 * number (一、 1. （一）): the key every vocabulary list is compared with.
 */
export function headerKey(value: CellValue | undefined): string {
  if (typeof value !== 'string') return '';
  let key = normalizeHeader(value).replace(/[:：]+$/, '');
  key = key.replace(
    /^(\d{4}年度?|[一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)])/,
    '',
  );
  return normalizeHeader(key);
}

/** The role a header text stands for, and how preferred its wording is (lower is better). */
export function classifyHeader(value: CellValue | undefined): { role: ColumnRole; rank: number } | null {
  const key = headerKey(value);
  if (key === '' || /\d/.test(key)) return null;
  for (const { role, exact } of COLUMN_WORDINGS) {
    const rank = exact.indexOf(key);
    if (rank >= 0) return { role, rank };
  }
  for (const role of CONTAINS_ORDER) {
    const contains = COLUMN_WORDINGS.find((w) => w.role === role)?.contains;
    if (contains?.some((word) => key.includes(word))) return { role, rank: 100 };
  }
  return null;
}

/** Whether a key is one of `words` or starts with one, followed by at most `slack` characters. */
export function keyStartsWith(key: string, words: readonly string[], slack = Infinity): string | null {
  if (key === '') return null;
  return words.find((word) => key.startsWith(word) && key.length - word.length <= slack) ?? null;
}

/** A number, or text that is only a number (possibly with % or a thousands separator). */
export function isNumeric(value: CellValue | undefined): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'string') return false;
  return /^[-+]?[\d,，]*\.?\d+%?$/.test(value.replace(/[\s\u3000]+/g, ''));
}

/** A SheetGrid seen the way an officer sees it: merged cells show their area's value. */
export class SheetView {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  /** Merged areas by row (within the grid), so a lookup costs the few areas of one row. */
  private readonly mergedByRow = new Map<number, Area[]>();

  /**
   * `ignoredColumns`: columns that are the scorer's own output (PE_OutRates …): their 完成率 / 得分
   * headers are never read as the table's.
   */
  constructor(
    readonly sheet: string,
    readonly grid: SheetGrid,
    readonly ignoredColumns: ReadonlySet<number> = new Set(),
  ) {
    const rows = usedRows(grid);
    const cols = usedCols(grid);
    this.top = rows?.top ?? 0;
    this.bottom = rows?.bottom ?? -1;
    this.left = cols?.left ?? 0;
    this.right = cols?.right ?? -1;
    for (const area of grid.merged ?? []) {
      for (let row = Math.max(area.top, this.top); row <= Math.min(area.bottom, this.bottom); row += 1) {
        const list = this.mergedByRow.get(row);
        if (list) list.push(area);
        else this.mergedByRow.set(row, [area]);
      }
    }
  }

  get empty(): boolean {
    return this.bottom < this.top || this.right < this.left;
  }

  /** The merged area covering the cell, or null. */
  mergeAt(row: number, col: number): Area | null {
    return this.mergedByRow.get(row)?.find((a) => col >= a.left && col <= a.right) ?? null;
  }

  /** The value typed in this very cell (null inside a merged area but its top-left). */
  raw(row: number, col: number): CellValue {
    return cellAt(this.grid, row, col).value;
  }

  /** The value shown in the cell: its merged area's top-left value when merged. */
  value(row: number, col: number): CellValue {
    const area = this.mergeAt(row, col);
    return area ? cellAt(this.grid, area.top, area.left).value : this.raw(row, col);
  }

  /** The shown value's text (numbers as typed), '' when blank. */
  text(row: number, col: number): string {
    const value = this.value(row, col);
    if (value === null || typeof value === 'object') return '';
    return String(value).trim();
  }

  key(row: number, col: number): string {
    return headerKey(this.value(row, col));
  }

  /** Blank as typed: no value and no formula in this very cell. */
  blankRaw(row: number, col: number): boolean {
    const cell = cellAt(this.grid, row, col);
    if (cell.formula) return false;
    return cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '');
  }

  /** Whether a row holds nothing as typed over the columns left..right. */
  blankRow(row: number, left = this.left, right = this.right): boolean {
    for (let col = left; col <= right; col += 1) if (!this.blankRaw(row, col)) return false;
    return true;
  }
}

/**
 * Finding indicator-table header lines and what each column under them holds.
 *
 * A header line is one row, or two when the row below holds only header words (the national form's
 * 年度指标值 over 指标性质 | 指标值 | 度量单位, or 绩效指标 over 一级 | 二级 | 三级). It must name a
 * target or an actual and at least two of the core roles (vocabulary.ts CORE_ROLES).
 */
import { a1 } from '../references';
import { classifyHeader, type SheetView } from './text';
import { CORE_ROLES, type ColumnRole } from './vocabulary';

export interface ColumnHeader {
  col: number;
  role: ColumnRole;
  /** Wording preference (lower is better). */
  rank: number;
  /** The header text as written (the lower row's when both rows of a two-row header name the column). */
  header: string;
  /** A1 address of the header cell the role came from. */
  cell: string;
}

export interface HeaderLine {
  top: number;
  bottom: number;
  columns: ColumnHeader[];
  /** Number of distinct core roles: how much of a table this line describes. */
  score: number;
}

const TARGET_FAMILY: readonly ColumnRole[] = ['targets', 'targetNature', 'targetUnit', 'actuals'];

/** Classified cells of one row, shown values (merged areas count in every column they cover). */
function rowHeaders(view: SheetView, row: number): ColumnHeader[] {
  const found: ColumnHeader[] = [];
  for (let col = view.left; col <= view.right; col += 1) {
    if (view.ignoredColumns.has(col)) continue;
    const match = classifyHeader(view.value(row, col));
    if (match) found.push({ col, ...match, header: view.text(row, col), cell: a1(row, col) });
  }
  return found;
}

/** Every non-blank typed cell of the row is a header word (and there is at least one). */
function onlyHeaderWords(view: SheetView, row: number): boolean {
  let any = false;
  for (let col = view.left; col <= view.right; col += 1) {
    if (view.blankRaw(row, col) || view.ignoredColumns.has(col)) continue;
    if (!classifyHeader(view.raw(row, col))) return false;
    any = true;
  }
  return any;
}

function distinctCore(columns: ColumnHeader[]): number {
  return new Set(columns.map((c) => c.role).filter((role) => CORE_ROLES.includes(role))).size;
}

function isCandidate(columns: ColumnHeader[]): boolean {
  return columns.some((c) => TARGET_FAMILY.includes(c.role)) && distinctCore(columns) >= 2;
}

/**
 * Joins a header row with the sub-header row below: per column, the lower row's own word wins
 * (指标性质 under 年度指标值); otherwise the upper row's (vertically merged 实际完成值).
 */
function joinRows(upper: ColumnHeader[], lower: ColumnHeader[]): ColumnHeader[] {
  const byCol = new Map(upper.map((c) => [c.col, c]));
  for (const cell of lower) byCol.set(cell.col, cell);
  return [...byCol.values()].sort((a, b) => a.col - b.col);
}

/**
 * Every header line of the sheet (or of rows from..to), top to bottom (rows of one line are not
 * reported twice).
 */
export function findHeaderLines(view: SheetView, from = view.top, to = view.bottom): HeaderLine[] {
  const lines: HeaderLine[] = [];
  for (let row = Math.max(from, view.top); row <= Math.min(to, view.bottom); row += 1) {
    const upper = rowHeaders(view, row);
    // A line starts on a row that types a header word itself (not only shows one merged from above).
    if (!upper.some((c) => !view.blankRaw(row, c.col) || view.mergeAt(row, c.col)?.top === row)) continue;
    if (
      !isCandidate(upper) &&
      !(row < view.bottom && isCandidate(joinRows(upper, rowHeaders(view, row + 1))))
    ) {
      continue;
    }
    let bottom = row;
    let columns = upper;
    if (row < view.bottom && onlyHeaderWords(view, row + 1)) {
      bottom = row + 1;
      columns = joinRows(upper, rowHeaders(view, row + 1));
    }
    if (!isCandidate(columns)) continue;
    lines.push({ top: row, bottom, columns, score: distinctCore(columns) });
    row = bottom;
  }
  return lines;
}

/** Whether two header lines name the same roles in the same columns (a header repeated on a new page). */
export function sameLayout(a: HeaderLine, b: HeaderLine): boolean {
  const shape = (line: HeaderLine) => line.columns.map((c) => `${c.col}:${c.role}`).join(',');
  return shape(a) === shape(b);
}

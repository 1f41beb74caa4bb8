/**
 * Highlights on the scored sheet (workbook-contract.md §2.2) and the memory that lets the next run
 * put a user's own fill back.
 *
 * The memory lives in hidden names of the scored sheet (memoryNames.ts), which move with the cells.
 * Versions before kept it in their summary sheet, in a final block, still read (readMemory) to take
 * over a workbook they scored:
 *   高亮记录（用于恢复原填充色，请勿修改）
 *   单元格 | 原填充色 | 本次填充色 | 指标区起始行
 *   E14    | 无       | #F4B183    | 3
 * On the next run, a remembered cell whose fill is still the one the scorer applied is the
 * scorer's: it is restored to the original (or highlighted again, keeping the ORIGINAL original).
 * A cell whose fill the user changed since is the user's again: left alone and forgotten.
 * 指标区起始行 (old block only) is the block's first row when the cell was highlighted: when rows were
 * inserted above the block (Excel shifted the names, the highlighted cells moved down with it), the
 * remembered cell is looked for at its moved position first, then where it was written.
 */
import { wmsg, workbookFinding } from './messages';
import type { Finding, ScoreResult } from '../engine/types';
import { cellAt, sameFill } from './grid';
import { a1, parseA1 } from './references';
import { OPAQUE_FILL, type FillWrite, type SheetGrid, type WriteValue } from './types';

/** Fill colours: strong (orange) for targets that need revision, light (yellow) for rows to look at. */
export const HIGHLIGHT = { strong: '#F4B183', light: '#FFE699' } as const;

export const MEMORY_TITLE = '高亮记录（用于恢复原填充色，请勿修改）';
/** How "no fill" is written in the memory (a blank cell would read the same). */
export const NO_FILL = '无';

export interface MemoryEntry {
  row: number;
  col: number;
  /** The fill the cell had before the scorer first highlighted it; null = no fill. */
  original: string | null;
  /** The fill the scorer put on it. */
  applied: string;
  /**
   * The block's first row (0-based) when it was highlighted, from the old summary block; null when
   * unknown, or not needed (memory names move with the cells themselves).
   */
  blockTop: number | null;
}

export interface WantedFill {
  row: number;
  col: number;
  color: string;
}

const byPosition = (a: { row: number; col: number }, b: { row: number; col: number }) =>
  a.row - b.row || a.col - b.col;
const key = (row: number, col: number) => `${row}:${col}`;

function parseColor(value: WriteValue | object): string | null | undefined {
  if (value === null || value === '' || value === NO_FILL) return null;
  if (typeof value === 'string' && /^#[0-9A-Fa-f]{6}$/.test(value.trim())) return value.trim().toUpperCase();
  return undefined; // not a colour: the row is not a memory row
}

/** Reads the memory block from the summary sheet's grid (first column of the grid = column A). */
export function readMemory(summary: SheetGrid | null): MemoryEntry[] {
  if (!summary || summary.left !== 0) return [];
  const rows = summary.values;
  const titleRow = rows.findIndex((row) => row[0] === MEMORY_TITLE);
  if (titleRow < 0) return [];
  const entries: MemoryEntry[] = [];
  const seen = new Set<string>();
  for (let r = titleRow + 2; r < rows.length; r += 1) {
    const [address, original, applied, blockRow] = rows[r] ?? [];
    if (address === null || address === undefined || address === '') break;
    let position: { row: number; col: number };
    try {
      position = parseA1(String(address));
    } catch {
      continue;
    }
    const originalColor = parseColor(original ?? null);
    const appliedColor = parseColor(applied ?? null);
    if (originalColor === undefined || !appliedColor || seen.has(key(position.row, position.col))) continue;
    seen.add(key(position.row, position.col));
    const blockTop =
      typeof blockRow === 'number' && Number.isInteger(blockRow) && blockRow >= 1 ? blockRow - 1 : null;
    entries.push({ ...position, original: originalColor, applied: appliedColor, blockTop });
  }
  return entries;
}

/**
 * The fills this run wants: over150 -> strong on the flag cell and the target cell; under100 and
 * review -> light on the flag cell. `flagCol` is null when no flag column could be placed.
 */
export function wantedHighlights(
  result: ScoreResult,
  blockTop: number,
  flagCol: number | null,
): WantedFill[] {
  const wanted = new Map<string, WantedFill>();
  const want = (row: number, col: number, color: string) => {
    // Strong wins if two rules ever hit one cell.
    const existing = wanted.get(key(row, col));
    if (!existing || color === HIGHLIGHT.strong) wanted.set(key(row, col), { row, col, color });
  };
  for (const indicator of result.indicators) {
    const row = blockTop + indicator.row;
    if (indicator.flag === 'over150') {
      if (flagCol !== null) want(row, flagCol, HIGHLIGHT.strong);
      const target = parseA1(indicator.targetCell);
      want(target.row, target.col, HIGHLIGHT.strong);
    } else if ((indicator.flag === 'under100' || indicator.flag === 'review') && flagCol !== null) {
      want(row, flagCol, HIGHLIGHT.light);
    }
  }
  return [...wanted.values()].sort(byPosition);
}

/**
 * Where a remembered cell is now: moved by as many rows as the block moved, when that cell still
 * carries the scorer's fill; else where it was written, when that one does; else null (the user's).
 */
function currentPosition(
  grid: SheetGrid,
  entry: MemoryEntry,
  blockTop: number | null,
): { row: number; col: number } | null {
  const candidates: { row: number; col: number }[] = [];
  if (entry.blockTop !== null && blockTop !== null && blockTop !== entry.blockTop) {
    candidates.push({ row: entry.row + blockTop - entry.blockTop, col: entry.col });
  }
  candidates.push({ row: entry.row, col: entry.col });
  return (
    candidates.find((p) => p.row >= 0 && sameFill(cellAt(grid, p.row, p.col).fill, entry.applied)) ?? null
  );
}

/**
 * The fills to write on the scored sheet and the memory to store for the next run. `blockTop` is the
 * indicator block's first row now (null without a block). A cell whose fill cannot be given back
 * (OPAQUE_FILL: a pattern, a theme colour) is never highlighted: an info finding names it instead.
 */
export function planHighlights(
  sheet: string,
  grid: SheetGrid,
  wanted: WantedFill[],
  memory: MemoryEntry[],
  blockTop: number | null = null,
): { fills: FillWrite[]; memory: MemoryEntry[]; findings: Finding[] } {
  const wantedAt = new Map(wanted.map((w) => [key(w.row, w.col), w]));
  const fills: FillWrite[] = [];
  const next: MemoryEntry[] = [];
  const handled = new Set<string>();
  const findings: Finding[] = [];
  for (const entry of memory) {
    const at = currentPosition(grid, entry, blockTop);
    if (!at || handled.has(key(at.row, at.col))) continue; // the user re-filled it: theirs now, forget it
    handled.add(key(at.row, at.col));
    const again = wantedAt.get(key(at.row, at.col));
    if (again) {
      next.push({ ...at, original: entry.original, applied: again.color, blockTop });
      fills.push({ sheet, ...at, color: again.color });
    } else {
      fills.push({ sheet, ...at, color: entry.original });
    }
  }
  for (const w of wanted) {
    if (handled.has(key(w.row, w.col))) continue;
    const original = cellAt(grid, w.row, w.col).fill;
    if (original === OPAQUE_FILL) {
      const address = a1(w.row, w.col);
      const text = wmsg('highlight.pattern', { cell: address });
      findings.push(workbookFinding('info', address, 'highlight-skipped-opaque-fill', text));
      continue;
    }
    next.push({ row: w.row, col: w.col, original, applied: w.color, blockTop });
    fills.push({ sheet, row: w.row, col: w.col, color: w.color });
  }
  return { fills: fills.sort(byPosition), memory: next.sort(byPosition), findings };
}

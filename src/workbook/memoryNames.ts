/**
 * The scorer's memory, kept where officers do not work (workbook-contract.md §2.5): hidden defined
 * names scoped to the scored sheet, all starting with the reserved prefix `_PerfScore_`.
 *
 *   _PerfScore_OutRates … _PerfScore_OutNotes   the cells of each PE_Out* column the scorer itself
 *                                               placed (PE_Out* is the scorer's only while it
 *                                               refers to exactly these cells)
 *   _PerfScore_Fill_F4B183_NONE_1               cells the scorer filled with #F4B183 that had no
 *   _PerfScore_Fill_FFE699_00B0F0_1             fill (NONE) / had #00B0F0 before, as a union of
 *                                               vertical runs, each with guard cells below and
 *                                               right ('S'!$D$5:$E$6,'S'!$I$5:$J$8), at most
 *                                               MAX_NAME_FORMULA characters per name (_1, _2, …)
 *   _PerfScore_Filled_F4B183_NONE_1             the cells of that group the scorer filled, without
 *                                               the guard cells ('S'!$D$5,'S'!$I$5:$I$7): a guard
 *                                               cell is never its own, whatever its colour
 *
 * Why names: Excel and WPS move a name's reference with its cells when rows or columns are inserted
 * or deleted (a row inserted inside the block makes PE_OutRates and its _PerfScore_ twin one row
 * taller alike; a deleted highlighted cell drops out of its union as #REF!). A text record does not
 * move, so the scorer used to lose track of its own columns after an insert. The colours are in the
 * name itself, so nothing needs to stay in step with the references.
 */
import type { MemoryEntry } from './highlights';
import type { OutputKey } from './outputNames';
import { sameFill } from './grid';
import { MAX_COLS, MAX_ROWS, formatReference, parseReference, sameText, splitAreas } from './references';
import type { Area, DefinedName, NameAdd, NameRef } from './types';

const MEMORY_PREFIX = '_PerfScore_';

/**
 * Whether `name` is of the scorer's reserved prefix (memory names here, detection's in
 * detectNames.ts): the only names a run ever deletes, so the only ones whose visibility undo needs.
 */
export const isReservedName = (name: string): boolean =>
  sameText(name.slice(0, MEMORY_PREFIX.length), MEMORY_PREFIX);

/** The twin of each PE_Out* column the scorer placed. */
export const OUTPUT_MEMORY_NAMES: Record<OutputKey, string> = {
  rates: '_PerfScore_OutRates',
  scores: '_PerfScore_OutScores',
  flags: '_PerfScore_OutFlags',
  notes: '_PerfScore_OutNotes',
};

const FILL_NAME = /^_PerfScore_Fill_([0-9A-F]{6})_([0-9A-F]{6}|NONE)_(\d+)$/i;
const FILLED_NAME = /^_PerfScore_Filled_([0-9A-F]{6})_([0-9A-F]{6}|NONE)_(\d+)$/i;
const NONE = 'NONE';

/**
 * Longest reference written into one name. Excel's user interface stops at 255 characters, but a
 * name defined by a program holds several hundred areas (formulas are limited to 8,192 characters);
 * 2,000 keeps well inside that while a typical sheet's memory fits in one name per colour pair. A
 * longer memory is split over more names (_1, _2, …).
 */
export const MAX_NAME_FORMULA = 2000;

/** Cells of one union area expanded at most (a defensive cap; the scorer writes single columns). */
const MAX_AREA_CELLS = 100_000;

/**
 * The scorer's own memory names on `sheet`: sheet-scoped and of one of its two forms exactly. Any
 * other name, even one of the reserved prefix, is never read, rewritten or deleted.
 */
function ownMemoryNames(names: DefinedName[], sheet: string): DefinedName[] {
  const ours = (name: string) =>
    Object.values(OUTPUT_MEMORY_NAMES).some((n) => sameText(n, name)) ||
    FILL_NAME.test(name) ||
    FILLED_NAME.test(name);
  return names.filter((n) => n.scope !== 'workbook' && sameText(n.scope.sheet, sheet) && ours(n.name));
}

/** The areas of a union on `sheet`; parts that Excel turned into #REF! (deleted cells) are skipped. */
function unionAreas(formula: string, sheet: string): Area[] {
  const text = formula.trim().replace(/^=/, '');
  const areas: Area[] = [];
  for (const part of splitAreas(text)) {
    const parsed = parseReference(part);
    if ('error' in parsed) continue;
    for (const area of parsed.areas) if (sameText(area.sheet, sheet)) areas.push(area);
  }
  return areas;
}

export interface NamedMemory {
  /** Whether the sheet has any memory name: then the old 评分汇总 tables are no longer read. */
  found: boolean;
  /** The cells of each PE_Out* column the scorer placed, as the twin names now refer to them. */
  outputs: Map<OutputKey, Area>;
  /** Cells the scorer filled, where they are now, with the fill each had before (null = none). */
  fills: MemoryEntry[];
}

/** The memory of `sheet`, read from its own names (sheet-scoped, reserved prefix). */
export function readNamedMemory(names: DefinedName[], sheet: string): NamedMemory {
  const own = ownMemoryNames(names, sheet);
  const outputs = new Map<OutputKey, Area>();
  for (const [key, memoryName] of Object.entries(OUTPUT_MEMORY_NAMES) as [OutputKey, string][]) {
    const entry = own.find((n) => sameText(n.name, memoryName));
    const parsed = entry ? parseReference(entry.formula) : null;
    if (parsed && !('error' in parsed) && parsed.areas.length === 1 && sameText(parsed.areas[0].sheet, sheet))
      outputs.set(key, parsed.areas[0]);
  }
  // The cells the scorer filled in each group (applied and original colour), where Excel moved
  // them; absent in a memory written before these names (then every cell of the union counts).
  const filled = new Map<string, Set<string>>();
  for (const entry of own) {
    const match = FILLED_NAME.exec(entry.name);
    if (!match) continue;
    const group = groupKey(match[1], match[2]);
    const cells = filled.get(group) ?? new Set<string>();
    filled.set(group, cells);
    for (const area of unionAreas(entry.formula, sheet))
      eachCell(area, (row, col) => cells.add(`${row}:${col}`));
  }
  const fills: MemoryEntry[] = [];
  const seen = new Set<string>();
  for (const entry of own) {
    const match = FILL_NAME.exec(entry.name);
    if (!match) continue;
    const applied = `#${match[1].toUpperCase()}`;
    const original = match[2].toUpperCase() === NONE ? null : `#${match[2].toUpperCase()}`;
    const cells = filled.get(groupKey(match[1], match[2]));
    for (const area of unionAreas(entry.formula, sheet))
      eachCell(area, (row, col) => {
        // A cell of the last row or column of a run is a guard cell (never filled by the scorer)
        // unless the scorer filled it; inside the run, it is a filled cell or a line Excel inserted.
        const inside = row < area.bottom && col < area.right;
        if (cells && !inside && !cells.has(`${row}:${col}`)) return;
        // A cell may be in two groups (one's guard cell, another's cell): planHighlights keeps the
        // entry whose applied colour the cell carries.
        const key = `${row}:${col}:${applied}`;
        if (seen.has(key)) return;
        seen.add(key);
        fills.push({ row, col, original, applied, blockTop: null });
      });
  }
  fills.sort((a, b) => a.row - b.row || a.col - b.col);
  return { found: own.length > 0, outputs, fills };
}

const groupKey = (applied: string, original: string) => `${applied.toUpperCase()}_${original.toUpperCase()}`;

/** Each cell of an area (none for an area over MAX_AREA_CELLS, a defensive cap). */
function eachCell(area: Area, visit: (row: number, col: number) => void): void {
  if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > MAX_AREA_CELLS) return;
  for (let row = area.top; row <= area.bottom; row += 1)
    for (let col = area.left; col <= area.right; col += 1) visit(row, col);
}

/** Vertical runs of cells (same column, consecutive rows), column by column, top to bottom. */
function verticalRuns(sheet: string, cells: { row: number; col: number }[]): Area[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: Area[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.left === cell.col && last.bottom === cell.row - 1) last.bottom = cell.row;
    else runs.push({ sheet, top: cell.row, bottom: cell.row, left: cell.col, right: cell.col });
  }
  return runs;
}

const colourPart = (color: string | null) => (color === null ? NONE : color.replace('#', '').toUpperCase());

/**
 * The fill memory as names: one group per (applied, original) pair, split under MAX_NAME_FORMULA.
 * Each run also covers the cell right below it and the column of cells right of it (guard cells),
 * each unless it carries the applied colour after this run: Excel's Insert gives a new row the
 * formats of the row above and a new column those of the column on its left ("Format Same As Above /
 * Left"), so a line inserted next to a highlighted cell gets the scorer's fill; Excel grows the run's
 * reference over it (the insert is at or before the guard line), and the next run gives it the run's
 * original fill like the cell it copied. The guard cells themselves are never the scorer's: the
 * cells it filled are also written, without guards, in the group's `_PerfScore_Filled_` names (moved
 * by Excel like the runs). Reading back, a cell of a run's last row or column is the scorer's only
 * when it is one of those (a guard cell is not, even if the officer since gave it the scorer's very
 * colour; the colour alone cannot tell), and a cell inside the run is a filled cell or a line Excel
 * inserted. A deleted guard line leaves the run's own last line a filled cell: still the scorer's.
 */
function fillMemoryNames(
  sheet: string,
  memory: MemoryEntry[],
  fillAfter: (row: number, col: number) => string | null,
): { name: string; formula: string }[] {
  const groups = new Map<string, MemoryEntry[]>();
  for (const entry of memory) {
    const base = `${colourPart(entry.applied)}_${colourPart(entry.original)}`;
    groups.set(base, [...(groups.get(base) ?? []), entry]);
  }
  const out: { name: string; formula: string }[] = [];
  for (const base of [...groups.keys()].sort()) {
    const runs: string[] = [];
    const filled: string[] = [];
    const applied = groups.get(base)![0].applied;
    for (const run of verticalRuns(sheet, groups.get(base)!)) {
      filled.push(formatReference(run));
      const below = run.bottom + 1;
      if (below < MAX_ROWS && !sameFill(fillAfter(below, run.left), applied)) run.bottom = below;
      const right = run.left + 1;
      const rightFree = () =>
        Array.from({ length: run.bottom - run.top + 1 }, (_, i) => run.top + i).every(
          (row) => !sameFill(fillAfter(row, right), applied),
        );
      if (right < MAX_COLS && rightFree()) run.right = right;
      runs.push(formatReference(run));
    }
    out.push(...splitNames(`${MEMORY_PREFIX}Fill_${base}`, runs));
    out.push(...splitNames(`${MEMORY_PREFIX}Filled_${base}`, filled));
  }
  return out;
}

/** References as names `<base>_1`, `<base>_2`, … each under MAX_NAME_FORMULA characters. */
function splitNames(base: string, references: string[]): { name: string; formula: string }[] {
  const out: { name: string; formula: string }[] = [];
  let parts: string[] = [];
  const flush = () => {
    if (parts.length === 0) return;
    out.push({ name: `${base}_${out.length + 1}`, formula: parts.join(',') });
    parts = [];
  };
  for (const reference of references) {
    if (parts.length > 0 && [...parts, reference].join(',').length > MAX_NAME_FORMULA) flush();
    parts.push(reference);
  }
  flush();
  return out;
}

/** Same reference: the same areas in the same order (sheet names compared as Excel does). */
function sameReference(a: string, b: string, sheet: string): boolean {
  const left = unionAreas(a, sheet);
  const right = unionAreas(b, sheet);
  return (
    left.length === right.length &&
    left.length === splitAreas(a.trim().replace(/^=/, '')).length &&
    left.every(
      (area, i) =>
        area.top === right[i].top &&
        area.bottom === right[i].bottom &&
        area.left === right[i].left &&
        area.right === right[i].right,
    )
  );
}

/**
 * The name writes that leave exactly this memory on `sheet`: hidden names added or redefined where
 * they differ, the scorer's names no longer needed deleted. Nothing when the memory is unchanged, so
 * re-running changes nothing. Only names of the reserved prefix are ever touched.
 */
export function memoryNameChanges(
  names: DefinedName[],
  sheet: string,
  outputs: { key: OutputKey; area: Area }[],
  fills: MemoryEntry[],
  /** A cell's fill once this run's fills are applied (guard cells, fillMemoryNames). */
  fillAfter: (row: number, col: number) => string | null,
): { adds: NameAdd[]; deletes: NameRef[] } {
  const wanted = [
    ...outputs.map((o) => ({ name: OUTPUT_MEMORY_NAMES[o.key], formula: formatReference(o.area) })),
    ...fillMemoryNames(sheet, fills, fillAfter),
  ];
  const existing = ownMemoryNames(names, sheet);
  const adds: NameAdd[] = [];
  for (const want of wanted) {
    const now = existing.find((n) => sameText(n.name, want.name));
    if (now && sameReference(now.formula, want.formula, sheet)) continue;
    adds.push({ name: now?.name ?? want.name, scope: { sheet }, formula: want.formula, hidden: true });
  }
  const deletes: NameRef[] = existing
    .filter((n) => !wanted.some((w) => sameText(w.name, n.name)))
    .map((n) => ({ name: n.name, scope: { sheet } }));
  return { adds, deletes };
}

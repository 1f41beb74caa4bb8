/**
 * Where the four per-indicator columns go (workbook-contract.md §2.1): the scored sheet's
 * PE_OutRates / PE_OutScores / PE_OutFlags / PE_OutNotes when they are usable, otherwise the first
 * free columns to the right of the indicator block, which the scorer then names for the next run.
 */
import type { Message } from '../engine/messages/message';
import { wmsg, workbookFinding } from './messages';
import type { Finding } from '../engine/types';
import { cellAt, isEmptyCell, isMergedCell } from './grid';
import { lookupName } from './names';
import { OUTPUT_KEYS, OUTPUT_NAMES, type OutputKey } from './outputNames';
import { isScorerReference, type OutputRecord } from './outputRecord';
import type { IndicatorBlock } from './readInput';
import { MAX_COLS, a1, areaContains, areasOverlap, formatReference } from './references';
import type { Area, CellValue, DefinedName, NameAdd, SheetGrid } from './types';

export const OUTPUT_HEADERS: Record<OutputKey, string> = {
  rates: '完成率',
  scores: '得分',
  flags: '标记',
  notes: '说明',
};

export interface OutputColumn {
  key: OutputKey;
  col: number;
  /** The scorer's own cells from the previous run (the PE_Out* name's range), cleared where not reused. */
  previous: Area | null;
  /** Whether the header cell (the row above the block) gets the column's header. */
  writeHeader: boolean;
  /** Defines or redefines the PE_Out* name; null when it already points at exactly these cells. */
  nameAdd: NameAdd | null;
  /**
   * True when the PE_Out* name is the scorer's (defined now, or recorded last time): it goes into the
   * summary's output record. False for the user's own range, which is only written over the block rows.
   */
  scorerOwned: boolean;
}

export interface OutputColumnsInput {
  sheet: string;
  grid: SheetGrid;
  names: DefinedName[];
  block: IndicatorBlock;
  inputAreas: Area[];
  /** The PE_Out* references the scorer recorded in its own summary last time (outputRecord.ts). */
  recorded: OutputRecord;
}

function inInput(inputAreas: Area[], row: number, col: number): boolean {
  return inputAreas.some((area) => areaContains(area, row, col));
}

function sameValue(a: CellValue, b: string): boolean {
  return typeof a === 'string' && a === b;
}

/**
 * The header cell is written when the block does not start at row 1 and the cell is empty, is the
 * scorer's own (inside the previous PE_Out* range) or already holds this very header (a re-run).
 */
function headerWritable(
  input: OutputColumnsInput,
  key: OutputKey,
  col: number,
  previous: Area | null,
): boolean {
  const row = input.block.top - 1;
  if (row < 0 || inInput(input.inputAreas, row, col) || isMergedCell(input.grid, row, col)) return false;
  const cell = cellAt(input.grid, row, col);
  return (
    isEmptyCell(cell) ||
    (previous !== null && areaContains(previous, row, col)) ||
    sameValue(cell.value, OUTPUT_HEADERS[key])
  );
}

function warning(name: string, text: Message, code: string): Finding {
  return workbookFinding('warning', name, code, text);
}

export function chooseOutputColumns(input: OutputColumnsInput): {
  columns: OutputColumn[];
  findings: Finding[];
} {
  const { sheet, block } = input;
  const findings: Finding[] = [];
  const columns: OutputColumn[] = [];
  const claimed = new Set<number>();
  const targetArea = (col: number): Area => ({
    sheet,
    top: block.top,
    bottom: block.bottom,
    left: col,
    right: col,
  });

  // 1. The scorer's names from a previous run (or set up by the user), when they still fit.
  for (const key of OUTPUT_KEYS) {
    const name = OUTPUT_NAMES[key];
    const found = lookupName(input.names, sheet, name);
    if (found.kind === 'none') continue;
    if (found.kind === 'bad') {
      findings.push(warning(name, wmsg('output.name-bad', { problem: found.text }), 'output-name-ignored'));
      continue;
    }
    const area = found.area;
    const owned = isScorerReference(area, input.recorded.get(key), block.top);
    const problem = owned ? outputAreaProblem(input, area, claimed) : userAreaProblem(input, area, claimed);
    if (problem) {
      findings.push(
        warning(
          name,
          wmsg('output.name-ignored', { name, reference: formatReference(area), problem }),
          'output-name-ignored',
        ),
      );
      continue;
    }
    claimed.add(area.left);
    if (!owned) {
      // The user's range: only the block's rows are written, nothing else in it is touched.
      const headerInside = areaContains(area, block.top - 1, area.left);
      columns.push({
        key,
        col: area.left,
        previous: null,
        writeHeader: !headerInside && headerWritable(input, key, area.left, null),
        nameAdd: null,
        scorerOwned: false,
      });
      continue;
    }
    const target = targetArea(area.left);
    const unchanged = target.top === area.top && target.bottom === area.bottom;
    columns.push({
      key,
      col: area.left,
      previous: area,
      writeHeader: headerWritable(input, key, area.left, area),
      nameAdd: unchanged
        ? null
        : { name: found.definition.name, scope: found.definition.scope, formula: formatReference(target) },
      scorerOwned: true,
    });
  }

  // 2. Free columns to the right of the block for the rest.
  let col = block.right + 1;
  for (const key of OUTPUT_KEYS) {
    if (columns.some((c) => c.key === key)) continue;
    while (col < MAX_COLS && !columnIsFree(input, col, claimed)) col += 1;
    if (col >= MAX_COLS) {
      findings.push(
        warning(
          OUTPUT_NAMES[key],
          wmsg('output.no-column', { header: OUTPUT_HEADERS[key] }),
          'output-no-free-column',
        ),
      );
      continue;
    }
    claimed.add(col);
    columns.push({
      key,
      col,
      previous: null,
      writeHeader: headerWritable(input, key, col, null),
      nameAdd: { name: OUTPUT_NAMES[key], scope: { sheet }, formula: formatReference(targetArea(col)) },
      scorerOwned: true,
    });
  }
  columns.sort((a, b) => OUTPUT_KEYS.indexOf(a.key) - OUTPUT_KEYS.indexOf(b.key));
  return { columns, findings };
}

/**
 * Why the user's own PE_Out* range cannot take the output, or null when it can: it must be one column
 * covering every block row, and those rows must not be input cells.
 */
function userAreaProblem(input: OutputColumnsInput, area: Area, claimed: Set<number>): Message | null {
  const { block } = input;
  if (area.right > area.left) return wmsg('output.not-column', {});
  if (claimed.has(area.left)) return wmsg('output.overlaps-output', {});
  if (area.top > block.top || area.bottom < block.bottom) {
    return wmsg('output.not-covering', { from: block.top + 1, to: block.bottom + 1 });
  }
  for (let row = block.top; row <= block.bottom; row += 1) {
    if (inInput(input.inputAreas, row, area.left)) return wmsg('output.overlaps-input', {});
  }
  return mergedProblem(input, area.left);
}

/** Why the scorer's own previous PE_Out* range cannot be reused, or null when it can. */
function outputAreaProblem(input: OutputColumnsInput, previous: Area, claimed: Set<number>): Message | null {
  if (previous.right > previous.left) return wmsg('output.not-column', {});
  if (claimed.has(previous.left)) return wmsg('output.overlaps-output', {});
  if (input.inputAreas.some((area) => areasOverlap(area, previous))) return wmsg('output.overlaps-input', {});
  // Rows the block gained since the last run must be empty: they are not the scorer's yet.
  for (let row = input.block.top; row <= input.block.bottom; row += 1) {
    if (areaContains(previous, row, previous.left)) continue;
    if (inInput(input.inputAreas, row, previous.left))
      return wmsg('output.extend-input', { cell: a1(row, previous.left) });
    if (!isEmptyCell(cellAt(input.grid, row, previous.left))) {
      return wmsg('output.extend-filled', { cell: a1(row, previous.left) });
    }
  }
  return mergedProblem(input, previous.left);
}

/** A merged cell on a block row of the column: the scorer never writes into one. */
function mergedProblem(input: OutputColumnsInput, col: number): Message | null {
  for (let row = input.block.top; row <= input.block.bottom; row += 1) {
    if (isMergedCell(input.grid, row, col)) return wmsg('output.merged', { cell: a1(row, col) });
  }
  return null;
}

/**
 * A free column is empty over the block's rows (contract §2.1, as written). Its header cell may hold
 * the user's text (e.g. an empty 备注 column): that text is kept, since a header is only written into
 * an empty cell, and the PE_Out* names say where the results are.
 */
function columnIsFree(input: OutputColumnsInput, col: number, claimed: Set<number>): boolean {
  if (claimed.has(col)) return false;
  const { block, grid, inputAreas } = input;
  for (let row = block.top; row <= block.bottom; row += 1) {
    if (
      inInput(inputAreas, row, col) ||
      !isEmptyCell(cellAt(grid, row, col)) ||
      isMergedCell(grid, row, col)
    ) {
      return false;
    }
  }
  return true;
}

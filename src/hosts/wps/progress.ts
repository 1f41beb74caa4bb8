/**
 * What ET has done so far of a plan's writes. ET is synchronous: when a call throws, every call before
 * it completed and none after it ran, so this record, kept as the writes go (apply.ts), is exactly
 * what landed. From it:
 *
 * - landedPlan: the landed part as a WritePlan. planUndo (src/workbook/undo.ts) of it is the undo of
 *   exactly what landed: the one undo rule, not a second copy of it. A block counts once any of its
 *   calls landed (its number formats, or its values) and is restored whole: restoring a cell the
 *   write never reached writes back what it still holds. A replaced sheet counts once its
 *   Cells.Clear() landed; a created sheet once Worksheets.Add did (under the name it really has);
 * - landedAccount: the same in words, as the Office host words what it reads back after a failed
 *   write (../write-messages.ts): sheets added, names defined, names deleted, cells changed per
 *   sheet, sheets rewritten. As the Office host, it lists what differs from what the run read: a
 *   cell when a landed write changed its value, formula, number format or fill, a name when it was
 *   added or now refers elsewhere. An empty account: the workbook is as it was.
 */
import type { Message } from '../../engine/messages/message';
import { caseKey } from '../../engine/caseKey';
import { cellAt } from '../../workbook/grid';
import { sameReferenceFormula, sameText } from '../../workbook/references';
import {
  isFormulaWrite,
  type BlockWrite,
  type FillWrite,
  type NameAdd,
  type NameRef,
  type ScoringSnapshot,
  type SheetGrid,
  type SheetWrite,
  type WritePlan,
  type WriteValue,
} from '../../workbook/types';
import { restoreValue } from '../../workbook/undo';
import { sameName } from '../names';
import { writeMsg } from '../write-messages';
import type { Rect } from './blocks';
import type { BlockLanded } from './write-ranges';

interface BlockProgress {
  block: BlockWrite;
  /** The number-format rectangles written. */
  formats: Rect[];
  /** The block's one Value2 assignment landed. */
  values: boolean;
}

export class WriteProgress {
  /** Sheets added, under the name each really has (ET's default name when naming it failed). */
  readonly created: SheetWrite[] = [];
  /** Existing sheets whose Cells.Clear() landed (their contents are being replaced). */
  readonly replaced: SheetWrite[] = [];
  /** Names added or redefined. */
  readonly names: NameAdd[] = [];
  readonly deletedNames: NameRef[] = [];
  readonly blocks: BlockProgress[] = [];
  readonly fills: FillWrite[] = [];

  get empty(): boolean {
    return (
      this.created.length === 0 &&
      this.replaced.length === 0 &&
      this.names.length === 0 &&
      this.deletedNames.length === 0 &&
      this.blocks.length === 0 &&
      this.fills.length === 0
    );
  }

  /** The listener for one block's writes: the block is recorded at its first landed call. */
  block(block: BlockWrite): BlockLanded {
    let entry: BlockProgress | null = null;
    const entryOf = (): BlockProgress => {
      if (!entry) {
        entry = { block, formats: [], values: false };
        this.blocks.push(entry);
      }
      return entry;
    };
    return {
      formats: (rect) => void entryOf().formats.push(rect),
      values: () => void (entryOf().values = true),
    };
  }
}

/** The part of `plan` that landed, as a WritePlan (planUndo of it undoes exactly that). */
export function landedPlan(plan: WritePlan, progress: WriteProgress): WritePlan {
  return {
    sheet: plan.sheet,
    blocks: progress.blocks.map((entry) => entry.block),
    fills: [...progress.fills],
    names: [...progress.names],
    ...(progress.deletedNames.length > 0 ? { deleteNames: [...progress.deletedNames] } : {}),
    sheets: [...progress.created, ...progress.replaced],
  };
}

const EMPTY_GRID: SheetGrid = { top: 0, left: 0, values: [], formulas: [], numberFormats: [], fills: [] };

function gridOf(snapshot: ScoringSnapshot, sheet: string): SheetGrid {
  if (sameText(snapshot.sheet.name, sheet)) return snapshot.sheet.grid;
  return snapshot.otherSheets.find((s) => sameText(s.name, sheet))?.grid ?? EMPTY_GRID;
}

/** Whether writing `written` over a cell that held `before` (restoreValue's form) changes it. */
function sameValue(before: WriteValue, written: WriteValue): boolean {
  if (isFormulaWrite(before) || isFormulaWrite(written))
    return (
      isFormulaWrite(before) &&
      isFormulaWrite(written) &&
      before.formula.replace(/^=/, '') === written.formula.replace(/^=/, '')
    );
  return before === (written === '' ? null : written);
}

/** Per sheet (as the plan spells it), the cells whose content a landed write changed. */
function changedCells(snapshot: ScoringSnapshot, progress: WriteProgress): Map<string, number> {
  const changed = new Map<string, { sheet: string; cells: Set<string> }>();
  const mark = (sheet: string, row: number, col: number) => {
    const key = caseKey(sheet);
    const entry = changed.get(key) ?? { sheet, cells: new Set<string>() };
    entry.cells.add(`${row},${col}`);
    changed.set(key, entry);
  };
  for (const { block, formats, values } of progress.blocks) {
    const grid = gridOf(snapshot, block.sheet);
    const width = Math.max(0, ...block.values.map((row) => row.length));
    if (values)
      block.values.forEach((row, r) => {
        for (let c = 0; c < width; c++) {
          const before = restoreValue(cellAt(grid, block.top + r, block.left + c));
          if (!sameValue(before, row[c] ?? null)) mark(block.sheet, block.top + r, block.left + c);
        }
      });
    for (const rect of formats)
      for (let row = rect.top; row <= rect.bottom; row++)
        for (let col = rect.left; col <= rect.right; col++) {
          const format = block.numberFormats?.[row - block.top]?.[col - block.left];
          if (format !== undefined && format !== cellAt(grid, row, col).numberFormat)
            mark(block.sheet, row, col);
        }
  }
  for (const fill of progress.fills) {
    const before = cellAt(gridOf(snapshot, fill.sheet), fill.row, fill.col).fill;
    if ((before ?? '').toUpperCase() !== (fill.color ?? '').toUpperCase())
      mark(fill.sheet, fill.row, fill.col);
  }
  return new Map([...changed.values()].map(({ sheet, cells }) => [sheet, cells.size]));
}

/**
 * What landed, in words, in the Office host's order and codes. Names are listed by the name the
 * plan gives them; names and sheets at most once each.
 */
export function landedAccount(snapshot: ScoringSnapshot, progress: WriteProgress): Message[] {
  const account: Message[] = [];
  for (const sheet of progress.created) account.push(writeMsg('written.sheet', { name: sheet.name }));
  // A name set to the reference it already had changed nothing: not listed (as the Office host).
  const names = progress.names.filter((add) => {
    const before = snapshot.names.find((n) => sameName(n, add));
    return !before || !sameReferenceFormula(before.formula, add.formula);
  });
  if (names.length > 0) account.push(writeMsg('written.names', { names: names.map((n) => n.name) }));
  if (progress.deletedNames.length > 0)
    account.push(writeMsg('written.deleted-names', { names: progress.deletedNames.map((n) => n.name) }));
  for (const [sheet, count] of changedCells(snapshot, progress))
    account.push(writeMsg('written.cells', { sheet, count }));
  for (const sheet of progress.replaced) account.push(writeMsg('written.rewrote', { name: sheet.name }));
  return account;
}

/** Per sheet, the cells the landed block and fill writes covered (an undo's account: what it restored). */
export function coveredCells(progress: WriteProgress): Map<string, number> {
  const covered = new Map<string, { sheet: string; cells: Set<string> }>();
  const mark = (sheet: string, rect: Rect) => {
    const entry = covered.get(caseKey(sheet)) ?? { sheet, cells: new Set<string>() };
    for (let row = rect.top; row <= rect.bottom; row++)
      for (let col = rect.left; col <= rect.right; col++) entry.cells.add(`${row},${col}`);
    covered.set(caseKey(sheet), entry);
  };
  for (const { block, formats, values } of progress.blocks) {
    const width = Math.max(0, ...block.values.map((row) => row.length));
    if (values && width > 0)
      mark(block.sheet, {
        top: block.top,
        left: block.left,
        bottom: block.top + block.values.length - 1,
        right: block.left + width - 1,
      });
    for (const rect of formats) mark(block.sheet, rect);
  }
  for (const fill of progress.fills)
    mark(fill.sheet, { top: fill.row, bottom: fill.row, left: fill.col, right: fill.col });
  return new Map([...covered.values()].map(({ sheet, cells }) => [sheet, cells.size]));
}

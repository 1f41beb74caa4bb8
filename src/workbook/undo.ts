/**
 * planUndo: what puts a workbook back the way it was before a WritePlan was applied, computed from
 * the snapshot the plan was made from (pure; the Office host applies it in one batch).
 *
 * - every cell a block overwrites gets back its value (or its formula, written as "=..."), and its
 *   number format when the block set one; cells outside the snapshot's grid were empty/"General";
 * - every fill the plan set or removed gets back its previous fill (null = none);
 * - names the plan added are deleted; a name it redefined gets back its previous formula; a memory
 *   name it deleted is added back exactly as the snapshot had it — its spelling, scope, formula and
 *   visibility (`create`: it does not exist when undo runs; hidden only if it was);
 * - sheets the plan created are deleted; sheets it replaced get back their previous contents, and
 *   the bold, wrap, column widths and page the scorer derives from those contents
 *   (outputPresentation.ts: the snapshot does not read them, the host's clear drops bold and wrap).
 *
 * Write values follow WritePlan's convention: a formula is a FormulaWrite, every string is literal
 * text (a text constant that starts with "=" comes back as that text), null empties the cell.
 */
import type { UndoPlan } from './runOutcome';
import { cellAt, type GridCell } from './grid';
import { outputPresentation } from './outputPresentation';
import { sameText } from './references';
import type {
  BlockWrite,
  CellValue,
  DefinedName,
  FillWrite,
  NameAdd,
  ScoringSnapshot,
  SheetGrid,
  SheetSnapshot,
  SheetWrite,
  WritePlan,
  WriteValue,
} from './types';

export type { UndoPlan };

function sameScope(a: DefinedName['scope'], b: NameAdd['scope']): boolean {
  if (a === 'workbook' || b === 'workbook') return a === b;
  return sameText(a.sheet, b.sheet);
}

/** The value to write back so the cell holds what it held: its formula, else its constant. */
export function restoreValue(cell: GridCell): WriteValue {
  if (cell.formula) return { formula: cell.formula };
  return constantValue(cell.value);
}

function constantValue(value: CellValue): WriteValue {
  if (value === null || value === '') return null;
  // A constant error value (typed #N/A) is written back as its text, which Excel reads as the error.
  if (typeof value === 'object') return value.error;
  return value;
}

function findSheet(snapshot: ScoringSnapshot, name: string): SheetSnapshot | undefined {
  if (sameText(snapshot.sheet.name, name)) return snapshot.sheet;
  return snapshot.otherSheets.find((s) => sameText(s.name, name));
}

const EMPTY_GRID: SheetGrid = { top: 0, left: 0, values: [], formulas: [], numberFormats: [], fills: [] };

function restoreBlock(grid: SheetGrid, block: BlockWrite): BlockWrite {
  const cells = block.values.map((row, r) => row.map((_, c) => cellAt(grid, block.top + r, block.left + c)));
  const restored: BlockWrite = {
    sheet: block.sheet,
    top: block.top,
    left: block.left,
    values: cells.map((row) => row.map(restoreValue)),
  };
  if (block.numberFormats) restored.numberFormats = cells.map((row) => row.map((cell) => cell.numberFormat));
  return restored;
}

/** A replaced sheet's old contents as a SheetWrite starting at A1 (what the host writes back). */
export function sheetContents(sheet: SheetSnapshot): SheetWrite {
  const grid = sheet.grid;
  const height = grid.values.length === 0 ? 0 : grid.top + grid.values.length;
  const width = Math.max(0, ...grid.values.map((row) => grid.left + row.length));
  const rows: WriteValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const fills: { row: number; col: number; color: string }[] = [];
  for (let row = 0; row < height; row += 1) {
    rows.push([]);
    numberFormats.push([]);
    for (let col = 0; col < width; col += 1) {
      const cell = cellAt(grid, row, col);
      rows[row].push(restoreValue(cell));
      numberFormats[row].push(cell.numberFormat === 'General' ? null : cell.numberFormat);
      if (cell.fill) fills.push({ row, col, color: cell.fill });
    }
  }
  // Bold, wrap, widths and page are not in the snapshot; an output sheet's follow from its contents.
  return { name: sheet.name, create: false, rows, numberFormats, fills, ...outputPresentation(rows, fills) };
}

export function planUndo(snapshot: ScoringSnapshot, plan: WritePlan): UndoPlan {
  const isCreated = (sheet: string) => plan.sheets.some((s) => s.create && sameText(s.name, sheet));
  const gridOf = (name: string) => findSheet(snapshot, name)?.grid ?? EMPTY_GRID;

  const blocks = plan.blocks
    .filter((block) => !isCreated(block.sheet))
    .map((block) => restoreBlock(gridOf(block.sheet), block));

  const fills: FillWrite[] = plan.fills
    .filter((fill) => !isCreated(fill.sheet))
    .map((fill) => ({ ...fill, color: cellAt(gridOf(fill.sheet), fill.row, fill.col).fill }));

  const names: NameAdd[] = [];
  const deleteNames: UndoPlan['deleteNames'] = [];
  for (const add of plan.names) {
    const previous = snapshot.names.find((n) => sameText(n.name, add.name) && sameScope(n.scope, add.scope));
    if (previous)
      names.push({ name: previous.name, scope: add.scope, formula: previous.formula.replace(/^=/, '') });
    else deleteNames.push({ name: add.name, scope: add.scope });
  }
  for (const gone of plan.deleteNames ?? []) {
    const previous = snapshot.names.find(
      (n) => sameText(n.name, gone.name) && sameScope(n.scope, gone.scope),
    );
    if (previous)
      names.push({
        name: previous.name,
        scope: previous.scope,
        formula: previous.formula.replace(/^=/, ''),
        ...(previous.hidden ? { hidden: true } : {}),
        create: true,
      });
  }

  const sheets: SheetWrite[] = [];
  const deleteSheets: string[] = [];
  for (const write of plan.sheets) {
    if (write.create) deleteSheets.push(write.name);
    else {
      const previous = findSheet(snapshot, write.name);
      sheets.push(previous ? sheetContents(previous) : { name: write.name, create: false, rows: [] });
    }
  }

  return { restore: { sheet: plan.sheet, blocks, fills, names, sheets }, deleteNames, deleteSheets };
}

/**
 * A small in-memory workbook for the mapping's tests: read a ScoringSnapshot the way a host would,
 * and apply a WritePlan the way a host would, so runs can be chained (second-run idempotence).
 */
import { formatReference, parseA1, parseReference, splitAreas } from '../../../src/workbook/references';
import { shiftArea, shiftCell, type SheetEdit } from '../../fakes/excel/shift';
import type {
  CellValue,
  DefinedName,
  ScoringSnapshot,
  SheetGrid,
  SheetSnapshot,
  WritePlan,
} from '../../../src/workbook/types';
import { OUTPUT_SHEET_NAMES } from '../../../src/workbook/outputLocation';
import { buildExampleSheet } from '../../../src/workbook/example';
import { isFormulaWrite } from '../../../src/workbook/types';

export interface FakeCell {
  value: CellValue;
  formula?: string | null;
  numberFormat?: string;
  fill?: string | null;
}

export interface FakeSheet {
  name: string;
  protected?: boolean;
  /** Keyed by A1 address ("E5"). */
  cells: Record<string, FakeCell>;
  /** Merged areas as A1 ranges ("A1:H1"), given to the grid as SheetGrid.merged. */
  merged?: string[];
}

/** A defined name; `hidden` as a host leaves the scorer's memory names (NameAdd.hidden). */
export type FakeName = DefinedName & { hidden?: boolean };

export interface FakeWorkbook {
  sheets: FakeSheet[];
  names: FakeName[];
}

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

function a1Of(row: number, col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

function hasContent(cell: FakeCell): boolean {
  return (
    (cell.value !== null && cell.value !== '') ||
    !!cell.formula ||
    !!cell.fill ||
    (!!cell.numberFormat && cell.numberFormat !== 'General')
  );
}

/** The used range as a dense grid, like Excel's getUsedRange() (formatted cells count). */
export function gridOf(sheet: FakeSheet): SheetGrid {
  const used = Object.entries(sheet.cells)
    .filter(([, cell]) => hasContent(cell))
    .map(([address]) => parseA1(address));
  if (used.length === 0) return { top: 0, left: 0, values: [], formulas: [], numberFormats: [], fills: [] };
  const merged = (sheet.merged ?? []).map((range) => {
    const [start, end] = range.split(':').map((part) => parseA1(part));
    return {
      sheet: sheet.name,
      top: start.row,
      left: start.col,
      bottom: (end ?? start).row,
      right: (end ?? start).col,
    };
  });
  const top = Math.min(...used.map((p) => p.row));
  const left = Math.min(...used.map((p) => p.col));
  const bottom = Math.max(...used.map((p) => p.row));
  const right = Math.max(...used.map((p) => p.col));
  const grid: SheetGrid = { top, left, values: [], formulas: [], numberFormats: [], fills: [] };
  if (sheet.merged) grid.merged = merged;
  for (let r = top; r <= bottom; r += 1) {
    const cells = Array.from({ length: right - left + 1 }, (_, c) => sheet.cells[a1Of(r, left + c)]);
    grid.values.push(cells.map((cell) => cell?.value ?? null));
    grid.formulas.push(cells.map((cell) => cell?.formula ?? null));
    grid.numberFormats.push(cells.map((cell) => cell?.numberFormat ?? 'General'));
    grid.fills.push(cells.map((cell) => cell?.fill ?? null));
  }
  return grid;
}

function sheetSnapshot(sheet: FakeSheet): SheetSnapshot {
  return { name: sheet.name, protected: !!sheet.protected, grid: gridOf(sheet) };
}

/** What a host reads to score `sheetName`: its grid, all names, and the sheets its PE_OutSummary/Deductions/Report name. */
export function snapshotOf(workbook: FakeWorkbook, sheetName: string): ScoringSnapshot {
  const sheet = workbook.sheets.find((s) => same(s.name, sheetName));
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const otherSheets: SheetSnapshot[] = [];
  for (const name of workbook.names) {
    if (name.scope === 'workbook' || !same(name.scope.sheet, sheetName)) continue;
    if (!OUTPUT_SHEET_NAMES.some((output) => same(name.name, output))) continue;
    const parsed = parseReference(name.formula);
    if ('error' in parsed) continue;
    const target = workbook.sheets.find((s) => same(s.name, parsed.areas[0].sheet));
    if (target && !otherSheets.some((s) => s.name === target.name)) otherSheets.push(sheetSnapshot(target));
  }
  return {
    sheet: sheetSnapshot(sheet),
    names: workbook.names.map((n) => ({ name: n.name, scope: n.scope, formula: n.formula })),
    sheetNames: workbook.sheets.map((s) => s.name),
    otherSheets,
  };
}

function cellOf(sheet: FakeSheet, row: number, col: number): FakeCell {
  const address = a1Of(row, col);
  sheet.cells[address] = sheet.cells[address] ?? { value: null };
  return sheet.cells[address];
}

/** Applies a plan the way a host does; returns a new workbook (the input is not changed). */
export function applyPlan(workbook: FakeWorkbook, plan: WritePlan): FakeWorkbook {
  const next: FakeWorkbook = structuredClone(workbook);
  const sheetNamed = (name: string) => {
    const sheet = next.sheets.find((s) => same(s.name, name));
    if (!sheet) throw new Error(`plan writes to missing sheet ${name}`);
    return sheet;
  };
  for (const block of plan.blocks) {
    const sheet = sheetNamed(block.sheet);
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = cellOf(sheet, block.top + r, block.left + c);
        // A FormulaWrite is a formula (no calculation here: its value is unknown); a string is text.
        cell.value = isFormulaWrite(value) ? null : value;
        cell.formula = isFormulaWrite(value) ? value.formula : null;
        const format = block.numberFormats?.[r]?.[c];
        if (format) cell.numberFormat = format;
      }),
    );
  }
  for (const fill of plan.fills) cellOf(sheetNamed(fill.sheet), fill.row, fill.col).fill = fill.color;
  for (const add of plan.names) {
    const sameScope = (n: DefinedName) =>
      add.scope === 'workbook'
        ? n.scope === 'workbook'
        : n.scope !== 'workbook' && same(n.scope.sheet, add.scope.sheet);
    const existing = next.names.find((n) => same(n.name, add.name) && sameScope(n));
    // Adding hides a memory name; redefining keeps the name's visibility, as the hosts do.
    if (existing) existing.formula = add.formula;
    else
      next.names.push({
        name: add.name,
        scope: add.scope,
        formula: add.formula,
        ...(add.hidden ? { hidden: true } : {}),
      });
  }
  for (const gone of plan.deleteNames ?? []) {
    const index = next.names.findIndex(
      (n) =>
        same(n.name, gone.name) &&
        (gone.scope === 'workbook'
          ? n.scope === 'workbook'
          : n.scope !== 'workbook' && same(n.scope.sheet, gone.scope.sheet)),
    );
    if (index < 0) throw new Error(`plan deletes missing name ${gone.name}`);
    next.names.splice(index, 1);
  }
  let insertAt = next.sheets.findIndex((s) => same(s.name, plan.sheet)) + 1;
  for (const write of plan.sheets) {
    let sheet = next.sheets.find((s) => same(s.name, write.name));
    if (write.create) {
      if (sheet) throw new Error(`plan creates existing sheet ${write.name}`);
      sheet = { name: write.name, cells: {} };
      next.sheets.splice(insertAt, 0, sheet);
      insertAt += 1;
    } else if (!sheet) {
      throw new Error(`plan rewrites missing sheet ${write.name}`);
    }
    sheet.cells = {};
    write.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = write.numberFormats?.[r]?.[c];
        if (isFormulaWrite(value))
          sheet.cells[a1Of(r, c)] = {
            value: null,
            formula: value.formula,
            numberFormat: format ?? 'General',
          };
        else if (value !== null || format)
          sheet.cells[a1Of(r, c)] = { value, numberFormat: format ?? 'General' };
      }),
    );
    for (const fill of write.fills ?? []) cellOf(sheet, fill.row, fill.col).fill = fill.color;
  }
  return next;
}

/** The bundled example (绩效指标) as a one-sheet workbook with its workbook-scoped names. */
export function exampleWorkbook(sheetName = '绩效指标'): FakeWorkbook {
  const example = buildExampleSheet(sheetName);
  const cells: Record<string, FakeCell> = {};
  for (const cell of example.cells) {
    cells[a1Of(cell.row, cell.col)] = { value: cell.value, numberFormat: cell.numberFormat ?? 'General' };
  }
  return {
    sheets: [{ name: example.name, cells }],
    names: example.names.map((n) => ({ name: n.name, scope: n.scope, formula: n.formula })),
  };
}

/** A sheet from A1-keyed values: sheetOf('Sheet1', { D3: '≥10', E3: 12 }). */
export function sheetOf(
  name: string,
  values: Record<string, CellValue | FakeCell>,
  isProtected = false,
): FakeSheet {
  const cells: Record<string, FakeCell> = {};
  for (const [address, value] of Object.entries(values)) {
    cells[address] =
      value !== null && typeof value === 'object' && 'value' in value
        ? { ...value }
        : { value: value as CellValue };
  }
  return { name, protected: isProtected, cells };
}

export function cellIn(workbook: FakeWorkbook, sheetName: string, address: string): FakeCell {
  const sheet = workbook.sheets.find((s) => same(s.name, sheetName));
  return sheet?.cells[address] ?? { value: null };
}

/** A name's reference moved by an edit of `sheet`: each area of that sheet moves, or becomes #REF!. */
function shiftFormula(formula: string, sheet: string, edit: SheetEdit): string {
  const parts = splitAreas(formula.replace(/^=/, '')).map((part) => {
    const parsed = parseReference(part);
    if ('error' in parsed || !same(parsed.areas[0].sheet, sheet)) return part;
    const moved = shiftArea(parsed.areas[0], edit);
    return moved ? formatReference(moved) : `${part.slice(0, part.lastIndexOf('!') + 1)}#REF!`;
  });
  return parts.join(',');
}

/**
 * The officer inserts or deletes whole rows/columns of `sheetName` in Excel between two runs: cells
 * and merged areas move, and every name's reference to the sheet moves as Excel moves it
 * (test/fakes/excel/shift.ts); inserted lines get the formats of the line before them, as Excel's
 * Insert does by default (`copyFormats` false: blank). Returns a new workbook.
 */
export function editSheet(
  workbook: FakeWorkbook,
  sheetName: string,
  edit: SheetEdit,
  copyFormats = true,
): FakeWorkbook {
  const next: FakeWorkbook = structuredClone(workbook);
  const sheet = next.sheets.find((s) => same(s.name, sheetName));
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const cells: Record<string, FakeCell> = {};
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const { row, col } = parseA1(address);
    const moved = shiftCell(row, col, edit);
    if (moved) cells[a1Of(moved.row, moved.col)] = cell;
  }
  // Excel's Insert gives new lines the formats of the line before them ("Format Same As Above").
  if (copyFormats && edit.op === 'insert' && edit.at > 0)
    for (const [address, cell] of Object.entries(cells)) {
      const { row, col } = parseA1(address);
      if ((edit.axis === 'rows' ? row : col) !== edit.at - 1) continue;
      for (let i = 0; i < edit.count; i += 1) {
        const [r, c] = edit.axis === 'rows' ? [edit.at + i, col] : [row, edit.at + i];
        cells[a1Of(r, c)] = {
          value: null,
          ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
          ...(cell.fill ? { fill: cell.fill } : {}),
        };
      }
    }
  sheet.cells = cells;
  if (sheet.merged)
    sheet.merged = sheet.merged.flatMap((range) => {
      const [start, end] = range.split(':').map((part) => parseA1(part));
      const area = { top: start.row, left: start.col, bottom: (end ?? start).row, right: (end ?? start).col };
      const moved = shiftArea(area, edit);
      return moved ? [`${a1Of(moved.top, moved.left)}:${a1Of(moved.bottom, moved.right)}`] : [];
    });
  next.names = next.names.map((n) => ({ ...n, formula: shiftFormula(n.formula, sheet.name, edit) }));
  return next;
}

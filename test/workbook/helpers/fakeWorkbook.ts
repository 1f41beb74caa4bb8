/**
 * A small in-memory workbook for the mapping's tests: read a ScoringSnapshot the way a host would,
 * and apply a WritePlan the way a host would, so runs can be chained (second-run idempotence).
 */
import { parseA1, parseReference } from '../../../src/workbook/references';
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

export interface FakeWorkbook {
  sheets: FakeSheet[];
  names: DefinedName[];
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
    names: workbook.names.map((n) => ({ ...n })),
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
    next.names = next.names.filter((n) => !(same(n.name, add.name) && sameScope(n)));
    next.names.push({ ...add });
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

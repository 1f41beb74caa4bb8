/**
 * Builds a WorkbookSpec for each host and reads the result back in one comparable shape:
 * the Excel fake (scoreActiveSheet) and a real .xlsx file (the .xlsx host functions + a temp file,
 * the same steps as the CLI's scoreFile).
 */
import ExcelJS from 'exceljs';
import { join } from 'path';
import type { RunOutcome } from '../../src/workbook/runOutcome';
import type { ScoreResult } from '../../src/engine/types';
import { scoreActiveSheet } from '../../src/hosts/office';
import { applyWritePlan, definedNames, readSnapshot, readWorkbook, saveWorkbook } from '../../src/hosts/xlsx';
import { planScoring } from '../../src/workbook';
import type { DefinedName } from '../../src/workbook/types';
import { createFakeExcel, dumpWorkbook, FakeWorkbook, type FakeExcel } from '../fakes/excel';
import { writeWithNames } from '../fixtures/xlsx/build';
import type { SpecCell, WorkbookSpec } from './workbook-spec';

/** One cell as a user sees it. */
export interface SeenCell {
  value: unknown;
  formula: string | null;
  numberFormat: string;
  /** "#RRGGBB" or null; highlights may legitimately fill a user's cell, so losing content ignores it. */
  fill: string | null;
}

/** sheet -> A1 -> cell, plus every defined name as "scope|name" -> formula. */
export interface SeenWorkbook {
  sheets: Record<string, Record<string, SeenCell>>;
  names: Record<string, string>;
}

const normalFormat = (format: string | undefined | null) =>
  format && format !== 'General' ? format : 'General';
const normalFormula = (formula: string | undefined | null) =>
  formula ? (formula.startsWith('=') ? formula : `=${formula}`) : null;

// ---------------------------------------------------------------- Excel fake

export function toFakeWorkbook(spec: WorkbookSpec): FakeWorkbook {
  const workbook = new FakeWorkbook();
  const fill = (sheetName: string, cells: SpecCell[]) => {
    const sheet = workbook.addSheet(sheetName);
    for (const cell of cells)
      sheet.putCell(cell.row, cell.col, {
        value: cell.value,
        ...(cell.formula ? { formula: cell.formula } : {}),
        ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
      });
    return sheet;
  };
  const scored = fill(spec.sheet, spec.cells);
  fill(spec.other.sheet, spec.other.cells);
  for (const name of spec.names) workbook.defineName(name.name, name.formula, name.scope);
  workbook.activate(scored);
  return workbook;
}

export function seenFake(workbook: FakeWorkbook): SeenWorkbook {
  const dump = dumpWorkbook(workbook);
  const sheets: SeenWorkbook['sheets'] = {};
  const names: SeenWorkbook['names'] = {};
  for (const sheet of dump.sheets) {
    sheets[sheet.name] = {};
    for (const [address, cell] of Object.entries(sheet.cells)) {
      if (cell.value === null && !cell.formula) continue;
      sheets[sheet.name][address] = {
        value: cell.value,
        formula: normalFormula(cell.formula),
        numberFormat: normalFormat(cell.numberFormat),
        fill: cell.fill ? cell.fill.toUpperCase() : null,
      };
    }
    for (const [name, formula] of Object.entries(sheet.names)) names[`${sheet.name}|${name}`] = formula;
  }
  for (const [name, formula] of Object.entries(dump.names)) names[`workbook|${name}`] = formula;
  return { sheets, names };
}

export interface FakeRun {
  fake: FakeExcel;
  run: Parameters<typeof scoreActiveSheet>[0];
}

export function fakeRunner(workbook: FakeWorkbook): FakeRun {
  const fake = createFakeExcel(workbook);
  const run = ((batch) => fake.Excel.run(batch as never)) as FakeRun['run'];
  return { fake, run };
}

export async function scoreOnFake(fake: FakeRun): Promise<RunOutcome> {
  return scoreActiveSheet(fake.run);
}

// ---------------------------------------------------------------- .xlsx

function excelJsValue(cell: SpecCell): ExcelJS.CellValue {
  if (cell.formula) {
    const result = cell.value === null ? undefined : cell.value;
    return { formula: cell.formula.slice(1), result } as ExcelJS.CellFormulaValue;
  }
  if (cell.value !== null && typeof cell.value === 'object')
    return { error: cell.value.error } as ExcelJS.CellErrorValue;
  return cell.value;
}

export async function writeSpecXlsx(spec: WorkbookSpec, dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, cells] of [
    [spec.sheet, spec.cells],
    [spec.other.sheet, spec.other.cells],
  ] as const) {
    const sheet = workbook.addWorksheet(name);
    for (const cell of cells) {
      const target = sheet.getCell(cell.row + 1, cell.col + 1);
      target.value = excelJsValue(cell);
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
    }
  }
  const path = join(dir, 'input.xlsx');
  await writeWithNames(
    workbook,
    spec.names.map((n) => ({
      name: n.name,
      scope: n.scope === 'workbook' ? 'workbook' : n.scope.sheet,
      formula: n.formula,
    })),
    path,
  );
  return path;
}

export type XlsxOutcome = { status: 'scored'; result: ScoreResult } | { status: 'refused'; message: string };

/** The CLI's steps for one sheet: read, snapshot, plan, apply, save to `output`. */
export async function scoreXlsx(input: string, sheet: string, output: string): Promise<XlsxOutcome> {
  const book = await readWorkbook(input);
  const planned = planScoring(readSnapshot(book, sheet));
  if (!planned.ok) return { status: 'refused', message: planned.refusal.message };
  applyWritePlan(book, planned.run.plan);
  await saveWorkbook(book, output, [], [input]);
  return { status: 'scored', result: planned.run.result };
}

function fillOf(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  const argb = fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
  return argb ? `#${argb.slice(-6).toUpperCase()}` : null;
}

function seenValue(value: ExcelJS.CellValue): { value: unknown; formula: string | null } {
  if (value === null || value === undefined) return { value: null, formula: null };
  if (value instanceof Date) return { value: value.toISOString(), formula: null };
  if (typeof value !== 'object') return { value, formula: null };
  if ('formula' in value || 'sharedFormula' in value) {
    const f = value as ExcelJS.CellFormulaValue;
    return {
      value: seenValue((f.result ?? null) as ExcelJS.CellValue).value,
      formula: normalFormula(f.formula),
    };
  }
  if ('error' in value) return { value: { error: value.error }, formula: null };
  if ('richText' in value) return { value: value.richText.map((t) => t.text).join(''), formula: null };
  return { value: JSON.stringify(value), formula: null };
}

export async function seenXlsx(path: string): Promise<SeenWorkbook> {
  const book = await readWorkbook(path);
  // Cells as exceljs reads them: a reader independent of the host that wrote the file.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheets: SeenWorkbook['sheets'] = {};
  workbook.eachSheet((sheet) => {
    const cells: Record<string, SeenCell> = {};
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const seen = seenValue(cell.value);
        if (seen.value === null && !seen.formula) return;
        cells[cell.address] = { ...seen, numberFormat: normalFormat(cell.numFmt), fill: fillOf(cell) };
      }),
    );
    sheets[sheet.name] = cells;
  });
  const names: SeenWorkbook['names'] = {};
  for (const n of definedNames(book)) names[nameKey(n)] = n.formula.replace(/^=/, '');
  return { sheets, names };
}

const nameKey = (n: DefinedName) => `${n.scope === 'workbook' ? 'workbook' : n.scope.sheet}|${n.name}`;

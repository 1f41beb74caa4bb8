/**
 * The baseline the Office host is measured against: "score this sheet" written the way a first
 * add-in usually is. It reads the sheet one row at a time (values, formulas, formats, and each
 * cell's fill) with a context.sync() per row, and writes the result one row (or one fill) at a time
 * with a sync each. It uses the same pure mapping (planScoring) as the real host, so both must leave
 * the workbook identical: the benchmark checks that, which keeps the comparison honest.
 *
 * This file is deliberately slow; it exists only to be measured. Do not copy it.
 */
/* eslint-disable office-addins/no-context-sync-in-loop -- a sync per row is the point of the baseline */
import type { CellValue, ProfileId } from '../src/engine/types';
import { toExcelInput } from '../src/hosts/cell-input';
import { OUTPUT_NAMES, planScoring } from '../src/workbook';
import type {
  DefinedName,
  ScoringSnapshot,
  SheetGrid,
  SheetSnapshot,
  SheetWrite,
  WritePlan,
  WriteValue,
} from '../src/workbook/types';

type Ctx = Excel.RequestContext;

/** Office reports "no fill" as white; the mapping wants null. */
const fillOf = (color: string): string | null => (color && color.toUpperCase() !== '#FFFFFF' ? color : null);

/** A value as Office returns it ("" for empty, "#DIV/0!" for errors) -> the mapping's CellValue. */
function cellValue(value: unknown, type: string): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (type === 'Error') return { error: String(value) };
  return value as CellValue;
}

async function readGridRowByRow(context: Ctx, sheet: Excel.Worksheet): Promise<SheetGrid> {
  const used = sheet.getUsedRangeOrNullObject();
  used.load('rowIndex, columnIndex, rowCount, columnCount');
  await context.sync();
  const grid: SheetGrid = { top: 0, left: 0, values: [], formulas: [], numberFormats: [], fills: [] };
  if (used.isNullObject) return grid;
  grid.top = used.rowIndex;
  grid.left = used.columnIndex;
  for (let r = 0; r < used.rowCount; r++) {
    const row = sheet.getRangeByIndexes(used.rowIndex + r, used.columnIndex, 1, used.columnCount);
    row.load('values, formulas, numberFormat, valueTypes');
    const cells: Excel.Range[] = [];
    for (let c = 0; c < used.columnCount; c++) {
      const cell = sheet.getCell(used.rowIndex + r, used.columnIndex + c);
      cell.load('format/fill/color');
      cells.push(cell);
    }
    await context.sync();
    const types = row.valueTypes[0];
    grid.values.push(row.values[0].map((v, c) => cellValue(v, types[c])));
    grid.formulas.push(row.formulas[0].map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)));
    grid.numberFormats.push(row.numberFormat[0].map((f) => String(f)));
    grid.fills.push(cells.map((cell) => fillOf(cell.format.fill.color)));
  }
  return grid;
}

async function readNames(context: Ctx, sheet: Excel.Worksheet, sheetName: string): Promise<DefinedName[]> {
  const bookNames = context.workbook.names;
  const sheetNames = sheet.names;
  bookNames.load('items/name, items/formula');
  sheetNames.load('items/name, items/formula');
  await context.sync();
  return [
    ...bookNames.items.map((n) => ({ name: n.name, scope: 'workbook' as const, formula: n.formula })),
    ...sheetNames.items.map((n) => ({ name: n.name, scope: { sheet: sheetName }, formula: n.formula })),
  ];
}

/** The sheet a name like "'评分汇总'!$A$1" points at. */
function sheetOfFormula(formula: string): string | null {
  const match = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(formula);
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}

async function readSnapshotNaively(context: Ctx): Promise<ScoringSnapshot> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name, protection/protected');
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const names = await readNames(context, sheet, sheet.name);
  const grid = await readGridRowByRow(context, sheet);
  const otherSheets: SheetSnapshot[] = [];
  for (const out of [OUTPUT_NAMES.summary, OUTPUT_NAMES.deductions]) {
    const name = names.find(
      (n) =>
        n.name.toLowerCase() === out.toLowerCase() && n.scope !== 'workbook' && n.scope.sheet === sheet.name,
    );
    const target = name ? sheetOfFormula(name.formula) : null;
    if (!target) continue;
    const other = context.workbook.worksheets.getItemOrNullObject(target);
    other.load('name, protection/protected');
    await context.sync();
    if (other.isNullObject) continue;
    otherSheets.push({
      name: other.name,
      protected: other.protection.protected,
      grid: await readGridRowByRow(context, other),
    });
  }
  return {
    sheet: { name: sheet.name, protected: sheet.protection.protected, grid },
    names,
    sheetNames: sheets.items.map((s) => s.name),
    otherSheets,
  };
}

/** Writes one row of cells, one cell at a time, and syncs. */
async function writeRow(
  context: Ctx,
  sheet: Excel.Worksheet,
  row: number,
  left: number,
  values: WriteValue[],
  formats: (string | null | undefined)[] | undefined,
): Promise<void> {
  values.forEach((value, c) => {
    const cell = sheet.getCell(row, left + c);
    const format = formats?.[c];
    if (format) cell.numberFormat = [[format]];
    // Text that Excel would re-read as a number ("86.79%") needs the apostrophe marker, as in the host.
    cell.values = [[toExcelInput(value)]];
  });
  await context.sync();
}

async function writeSheet(context: Ctx, write: SheetWrite, after: string): Promise<string> {
  let sheet = context.workbook.worksheets.getItemOrNullObject(write.name);
  await context.sync();
  if (sheet.isNullObject) {
    sheet = context.workbook.worksheets.add(write.name);
    const previous = context.workbook.worksheets.getItem(after);
    previous.load('position');
    await context.sync();
    sheet.position = previous.position + 1;
  } else sheet.getRange().clear();
  await context.sync();
  for (let r = 0; r < write.rows.length; r++) {
    const formats = write.numberFormats?.[r];
    // Like the .xlsx host, a blank cell with no format is not touched.
    const cells = write.rows[r];
    let last = -1;
    cells.forEach((value, c) => {
      if (value !== null || formats?.[c]) last = c;
    });
    if (last < 0) continue;
    await writeRow(context, sheet, r, 0, cells.slice(0, last + 1), formats?.slice(0, last + 1));
  }
  for (const fill of write.fills ?? []) {
    sheet.getCell(fill.row, fill.col).format.fill.color = fill.color;
    await context.sync();
  }
  return write.name;
}

async function applyPlanNaively(context: Ctx, plan: WritePlan): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  for (const block of plan.blocks)
    for (let r = 0; r < block.values.length; r++)
      await writeRow(context, sheet, block.top + r, block.left, block.values[r], block.numberFormats?.[r]);
  for (const fill of plan.fills) {
    const cell = context.workbook.worksheets.getItem(fill.sheet).getCell(fill.row, fill.col);
    if (fill.color === null) cell.format.fill.clear();
    else cell.format.fill.color = fill.color;
    await context.sync();
  }
  let after = plan.sheet;
  for (const write of plan.sheets) after = await writeSheet(context, write, after);
  const namesIn = (scope: (typeof plan.names)[number]['scope']) =>
    scope === 'workbook' ? context.workbook.names : context.workbook.worksheets.getItem(scope.sheet).names;
  for (const name of plan.names) {
    const owner = namesIn(name.scope);
    const existing = owner.getItemOrNullObject(name.name);
    await context.sync();
    if (existing.isNullObject) {
      const added = owner.add(name.name, `=${name.formula.replace(/^=/, '')}`);
      // The scorer's memory names are hidden (contract §2 item 5), as the host adds them.
      if (name.hidden) added.visible = false;
    } else existing.formula = `=${name.formula.replace(/^=/, '')}`;
    await context.sync();
  }
  for (const name of plan.deleteNames ?? []) {
    namesIn(name.scope).getItem(name.name).delete();
    await context.sync();
  }
}

export type NaiveOutcome = { status: 'scored' } | { status: 'refused'; message: string };

/** Scores the active sheet the slow way. Same mapping, same result as the host. */
export async function scoreActiveSheetNaively(
  run: <T>(batch: (context: Ctx) => Promise<T>) => Promise<T>,
  options: { profile?: ProfileId } = {},
): Promise<NaiveOutcome> {
  return run(async (context) => {
    const snapshot = await readSnapshotNaively(context);
    const planned = planScoring(snapshot, options);
    if (!planned.ok) return { status: 'refused', message: planned.refusal.message };
    await applyPlanNaively(context, planned.run.plan);
    return { status: 'scored' };
  });
}

/**
 * The scorer's memory (hidden _PerfScore_ names, workbook-contract.md §2.5) in every host, when the
 * officer inserts or deletes rows inside, above and below the indicator block, or columns to its
 * left, between two runs: the Office host on the Excel fake and the WPS host on the ET fake (both
 * over the one model, which moves cells and names as Excel does: FakeWorkbook.editSheet), and the
 * .xlsx host on a file edited as Excel saves it (test/fixtures/xlsx/edit.ts). Each re-run finds its
 * own four columns and rewrites them, gives back the user's fill it had replaced, touches no user
 * cell, and the three hosts leave identical workbooks; a third run changes nothing.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { RunOutcome } from '../../src/workbook/runOutcome';
import { applyUndo as applyOfficeUndo } from '../../src/hosts/office';
import { applyUndo as applyWpsUndo } from '../../src/hosts/wps';
import { applyWritePlan, readSnapshot, readWorkbook, saveWorkbook } from '../../src/hosts/xlsx';
import { buildExampleSheet } from '../../src/workbook/example';
import { HIGHLIGHT } from '../../src/workbook/highlights';
import { parseReference } from '../../src/workbook/references';
import type { WritePlan } from '../../src/workbook/types';
import {
  deleteCols,
  deleteRows,
  dumpWorkbook,
  insertCols,
  insertRows,
  shiftArea,
  shiftCell,
  type FakeWorkbook,
  type SheetEdit,
} from '../fakes/excel';
import { createFakeEt } from '../fakes/et';
import { cellA1 } from '../fakes/excel/address';
import { editXlsx } from '../fixtures/xlsx/edit';
import { comparableDump, firstDifference } from '../fuzz/compare';
import {
  fakeRunner,
  scoreOnFake,
  scoreXlsx,
  seenFake,
  seenXlsx,
  toFakeWorkbook,
  writeSpecXlsx,
} from '../fuzz/hosts';
import { specOf } from '../hostile/cases';
import { normalSeen, wpsRun } from './wps/support';

const SHEET = '绩效指标';
const USER_BLUE = '#00B0F0';
// The seed: block rows 3–26, outputs I:L (标记 K); rows 13 and 21 over 150% (targets D13, D21).
const OUTPUT = { sheet: SHEET, top: 2, bottom: 25, left: 8, right: 8 };

interface Scenario {
  /** Edits made before the first run (to have something to delete later), then between the runs. */
  before: SheetEdit[];
  between: SheetEdit[];
}

const SCENARIOS: [string, Scenario][] = [
  ['a row inserted inside the block', { before: [], between: [insertRows(10)] }],
  [
    'two rows inserted inside the block, above the over-150% row',
    { before: [], between: [insertRows(20, 2)] },
  ],
  ['rows inserted above the block', { before: [], between: [insertRows(1, 2)] }],
  ['a row inserted below the block', { before: [], between: [insertRows(27)] }],
  [
    'a row inserted right below an over-150% row (Excel copies its fills into it)',
    { before: [], between: [insertRows(14)] },
  ],
  ['a row deleted inside the block', { before: [], between: [deleteRows(10)] }],
  ['the other over-150% row deleted (its filled cells gone)', { before: [], between: [deleteRows(13)] }],
  ['a row deleted above the block (the title)', { before: [], between: [deleteRows(1)] }],
  ['a row deleted below the block', { before: [insertRows(27)], between: [deleteRows(27)] }],
  ['a column inserted to the left', { before: [], between: [insertCols(0)] }],
  [
    'a column inserted right of the targets (Excel copies their fills into it)',
    { before: [], between: [insertCols(4)] },
  ],
  ['a column deleted to the left', { before: [insertCols(0)], between: [deleteCols(0)] }],
];

const through = (edits: SheetEdit[], row: number, col: number) =>
  edits.reduce<{ row: number; col: number } | null>((at, e) => (at ? shiftCell(at.row, at.col, e) : null), {
    row,
    col,
  });

/** The officer's two edits of cells (not rows): their own fill on D21, and later a new actual for E21. */
const userFill = (edits: SheetEdit[]) => through(edits, 20, 3)!;
const newActual = (edits: SheetEdit[]) => through(edits, 20, 4)!;

function scored(outcome: RunOutcome) {
  if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
  return outcome;
}

async function onFake(workbook: FakeWorkbook, scenario: Scenario, score: () => Promise<RunOutcome>) {
  const sheet = workbook.sheet(SHEET);
  for (const edit of scenario.before) workbook.editSheet(sheet, edit);
  const fill = userFill(scenario.before);
  sheet.updateCell(fill.row, fill.col, { fill: USER_BLUE });
  scored(await score());
  for (const edit of scenario.between) workbook.editSheet(sheet, edit);
  const all = [...scenario.before, ...scenario.between];
  const actual = newActual(all);
  sheet.updateCell(actual.row, actual.col, { value: '3.5万件' }); // 117%: no longer over 150%
  const before = dumpWorkbook(workbook);
  const second = scored(await score());
  const once = comparableDump(workbook);
  scored(await score());
  return { before, second, once, again: comparableDump(workbook) };
}

async function onXlsx(dir: string, scenario: Scenario) {
  const spec = specOf(buildExampleSheet(SHEET));
  let file = await writeSpecXlsx(spec, dir);
  let step = 0;
  const next = () => join(dir, `step${(step += 1)}.xlsx`);
  /** The officer's own cell edit, written into the file (what Excel would save). */
  const userEdit = async (plan: Omit<WritePlan, 'sheet' | 'names' | 'sheets'>) => {
    const book = await readWorkbook(file);
    applyWritePlan(book, { sheet: SHEET, names: [], sheets: [], ...plan });
    const out = next();
    await saveWorkbook(book, out, [], [file]);
    file = out;
  };
  const edit = async (edits: SheetEdit[]) => {
    for (const e of edits) {
      const out = next();
      await editXlsx(file, out, SHEET, e);
      file = out;
    }
  };
  const score = async () => {
    const out = next();
    const outcome = await scoreXlsx(file, SHEET, out);
    if (outcome.status !== 'scored') throw new Error(outcome.message);
    file = out;
  };
  await edit(scenario.before);
  const fill = userFill(scenario.before);
  await userEdit({ blocks: [], fills: [{ sheet: SHEET, ...fill, color: USER_BLUE }] });
  await score();
  await edit(scenario.between);
  const actual = newActual([...scenario.before, ...scenario.between]);
  await userEdit({
    blocks: [{ sheet: SHEET, top: actual.row, left: actual.col, values: [['3.5万件']] }],
    fills: [],
  });
  await score();
  const once = normalSeen(await seenXlsx(file));
  const { grid } = readSnapshot(await readWorkbook(file), SHEET).sheet;
  const coloured: string[] = [];
  grid.fills.forEach((row, r) =>
    row.forEach((fill, c) => {
      if (fill === HIGHLIGHT.strong || fill === HIGHLIGHT.light)
        coloured.push(`${cellA1(grid.top + r, grid.left + c)} ${fill}`);
    }),
  );
  const hidden = (await readWorkbook(file)).storedNames
    .filter((n) => n.otherAttributes.some(([key, value]) => key === 'hidden' && value === '1'))
    .map((n) => n.name)
    .sort();
  await score();
  return { once, again: normalSeen(await seenXlsx(file)), hidden, coloured: coloured.sort() };
}

describe.each(SCENARIOS)('%s, then a re-run', (_label, scenario) => {
  const all = [...scenario.before, ...scenario.between];
  let office: Awaited<ReturnType<typeof onFake>>;
  let officeBook: FakeWorkbook;
  let wps: Awaited<ReturnType<typeof onFake>>;
  let wpsBook: FakeWorkbook;
  let xlsx: Awaited<ReturnType<typeof onXlsx>>;
  let dir: string;

  beforeAll(async () => {
    const spec = specOf(buildExampleSheet(SHEET));
    officeBook = toFakeWorkbook(spec);
    const runner = fakeRunner(officeBook);
    office = await onFake(officeBook, scenario, () => scoreOnFake(runner));
    wpsBook = toFakeWorkbook(spec);
    const et = wpsRun(wpsBook);
    wps = await onFake(wpsBook, scenario, async () => et.score());
    dir = mkdtempSync(join(tmpdir(), 'perfscore-memory-'));
    xlsx = await onXlsx(dir, scenario);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the scorer finds its own columns where Excel moved them: no warning, no new column', () => {
    expect(
      office.second.status === 'scored' &&
        office.second.result.findings.filter((f) => f.code === 'output-name-ignored'),
    ).toEqual([]);
    const rates = shiftThrough(all);
    const names = dumpWorkbook(officeBook).sheets[0].names;
    expect(parseReference(names.PE_OutRates)).toEqual({ areas: [rates] });
    expect(parseReference(names._PerfScore_OutRates)).toEqual({ areas: [rates] });
  });

  test('the user’s fill comes back on the cell no longer over 150%; its flag cell is cleared', () => {
    const sheet = officeBook.sheet(SHEET);
    const fill = userFill(all);
    expect(sheet.getCell(fill.row, fill.col)?.fill).toBe(USER_BLUE);
    const flag = through(all, 20, 10)!;
    expect(sheet.getCell(flag.row, flag.col)?.fill).toBeUndefined();
  });

  test('the scorer’s colours are exactly on the cells this run highlights (none left behind)', () => {
    const rates = shiftThrough(all);
    const cells = office.once.sheets.find((s) => s.name === SHEET)!.cells;
    const target = through(all, 100, 3)!.col;
    const expected: string[] = [];
    for (let row = rates.top; row <= rates.bottom; row += 1) {
      const flag = cells[cellA1(row, rates.left + 2)]?.value;
      if (flag === '需调整目标')
        expected.push(
          `${cellA1(row, target)} ${HIGHLIGHT.strong}`,
          `${cellA1(row, rates.left + 2)} ${HIGHLIGHT.strong}`,
        );
      if (flag === '未完成' || flag === '建议复核')
        expected.push(`${cellA1(row, rates.left + 2)} ${HIGHLIGHT.light}`);
    }
    const coloured = Object.entries(cells)
      .filter(([, c]) => c.fill === HIGHLIGHT.strong || c.fill === HIGHLIGHT.light)
      .map(([address, c]) => `${address} ${c.fill}`);
    expect(coloured.sort()).toEqual(expected.sort());
    expect(xlsx.coloured).toEqual(coloured.sort()); // the .xlsx host's file: the same cells
  });

  test('no user cell of the scored sheet changed (only its own four columns)', () => {
    const rates = shiftThrough(all);
    const own = (cell: string) => {
      const parsed = parseReference(`'${SHEET}'!${cell}`);
      if ('error' in parsed) return false;
      const at = parsed.areas[0];
      return at.left >= rates.left && at.left <= rates.left + 3;
    };
    const before = office.before.sheets.find((s) => s.name === SHEET)!.cells;
    const after = office.once.sheets.find((s) => s.name === SHEET)!.cells;
    const changed = Object.keys({ ...before, ...after }).filter((cell) => {
      if (own(cell)) return false;
      const { fill: _a, ...was } = before[cell] ?? { value: null };
      const { fill: _b, ...now } = after[cell] ?? { value: null };
      return (
        firstDifference({ ...was, numberFormat: undefined }, { ...now, numberFormat: undefined }) !== null
      );
    });
    expect(changed).toEqual([]);
  });

  test('the three hosts leave identical workbooks (memory names hidden in each); a third run changes nothing', () => {
    expect(firstDifference(office.once, wps.once)).toBeNull();
    expect(firstDifference(normalSeen(seenFake(officeBook)), xlsx.once)).toBeNull();
    const memory = dumpWorkbook(officeBook).sheets[0].hiddenNames;
    expect(memory.length).toBeGreaterThanOrEqual(5);
    expect(memory.every((n) => n.startsWith('_PerfScore_'))).toBe(true);
    expect(xlsx.hidden).toEqual(memory);
    expect(firstDifference(office.once, office.again)).toBeNull();
    expect(firstDifference(wps.once, wps.again)).toBeNull();
    expect(firstDifference(xlsx.once, xlsx.again)).toBeNull();
    expect(firstDifference(wps.once, comparableDump(wpsBook))).toBeNull();
  });
});

/** The 完成率 column I3:I26 after the edits (the block's rows, where Excel moved them). */
function shiftThrough(edits: SheetEdit[]) {
  return edits.reduce((area, edit) => shiftArea(area, edit)!, OUTPUT);
}

describe('undo of a run that deleted a memory name (Office and WPS)', () => {
  /** The seed scored once; then row 17 (under 100%) is completed, so its light fill's name goes. */
  async function twoRuns(score: (book: FakeWorkbook) => () => Promise<RunOutcome>) {
    const book = toFakeWorkbook(specOf(buildExampleSheet(SHEET)));
    const run = score(book);
    scored(await run());
    const once = comparableDump(book);
    book.sheet(SHEET).updateCell(16, 4, { value: 1 }); // 区政务服务事项可网办率 100%
    const edited = comparableDump(book);
    const second = scored(await run());
    return { book, once, edited, second };
  }

  test('Office: the deleted name comes back, hidden; the workbook is as before the run', async () => {
    const { book, edited, second } = await twoRuns((b) => {
      const runner = fakeRunner(b);
      return () => scoreOnFake(runner);
    });
    expect(second.undo.restore.names).toContainEqual(
      expect.objectContaining({ name: '_PerfScore_Fill_FFE699_NONE_1', hidden: true, create: true }),
    );
    expect(dumpWorkbook(book).sheets[0].names._PerfScore_Fill_FFE699_NONE_1).toBeUndefined();
    await applyOfficeUndo(fakeRunner(book).run, second.undo);
    expect(firstDifference(edited, comparableDump(book))).toBeNull();
  });

  test('a memory name the officer made visible comes back visible (Office and WPS)', async () => {
    const visibleAgain = async (score: (book: FakeWorkbook) => () => Promise<RunOutcome>) => {
      const book = toFakeWorkbook(specOf(buildExampleSheet(SHEET)));
      const run = score(book);
      scored(await run());
      const entry = book.sheet(SHEET).names.find((n) => n.name === '_PerfScore_Fill_FFE699_NONE_1')!;
      entry.visible = true; // shown in Name Manager by the officer
      book.sheet(SHEET).updateCell(16, 4, { value: 1 });
      const edited = comparableDump(book);
      const second = scored(await run());
      expect(second.undo.restore.names).toContainEqual(
        expect.objectContaining({ name: '_PerfScore_Fill_FFE699_NONE_1', create: true }),
      );
      return { book, edited, second };
    };
    const office = await visibleAgain((b) => {
      const runner = fakeRunner(b);
      return () => scoreOnFake(runner);
    });
    await applyOfficeUndo(fakeRunner(office.book).run, office.second.undo);
    expect(firstDifference(office.edited, comparableDump(office.book))).toBeNull();
    expect(dumpWorkbook(office.book).sheets[0].hiddenNames).not.toContain('_PerfScore_Fill_FFE699_NONE_1');
    const wps = await visibleAgain((b) => {
      const et = wpsRun(b);
      return async () => et.score();
    });
    applyWpsUndo(createFakeEt(wps.book).Application, wps.second.undo);
    expect(firstDifference(wps.edited, comparableDump(wps.book))).toBeNull();
    expect(dumpWorkbook(wps.book).sheets[0].hiddenNames).not.toContain('_PerfScore_Fill_FFE699_NONE_1');
  });

  test('WPS: the same', async () => {
    const { book, edited, second } = await twoRuns((b) => {
      const et = wpsRun(b);
      return async () => et.score();
    });
    applyWpsUndo(createFakeEt(book).Application, second.undo);
    expect(firstDifference(edited, comparableDump(book))).toBeNull();
  });
});

/**
 * The officer's own fill in the scorer's exact colour on a cell the scorer never filled (workbook-
 * contract.md §2.5, highlight memory): the guard cells of a highlighted run (the cell below it, the
 * cells right of it) are remembered only so that a line Excel inserts next to a highlighted cell,
 * copying its fill, is given back; the guard cells themselves were never filled by the scorer. An
 * officer who later fills a guard cell with #F4B183 keeps that fill: the next run neither removes it
 * nor takes it for its own. Office (Excel fake), WPS (ET fake) and the .xlsx host.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { applyWritePlan, readSnapshot, readWorkbook, saveWorkbook } from '../../src/hosts/xlsx';
import { buildExampleSheet } from '../../src/workbook/example';
import { HIGHLIGHT } from '../../src/workbook/highlights';
import type { FillWrite, SheetGrid } from '../../src/workbook/types';
import { cellAt } from '../../src/workbook/grid';
import type { FakeWorkbook } from '../fakes/excel';
import { comparableDump, firstDifference } from '../fuzz/compare';
import { fakeRunner, scoreOnFake, scoreXlsx, seenXlsx, toFakeWorkbook, writeSpecXlsx } from '../fuzz/hosts';
import { specOf } from '../hostile/cases';
import { normalSeen, wpsRun } from './wps/support';

const SHEET = '绩效指标';
// The seed: rows 13 and 21 are over 150%, their targets D13 and D21 get the strong fill. D14 is the
// guard cell below D13, E13 the guard right of it (the actual), E21 the guard right of D21.
const OFFICER = [
  { row: 13, col: 3 },
  { row: 12, col: 4 },
  { row: 20, col: 4 },
];
const officerFills: FillWrite[] = OFFICER.map((at) => ({ sheet: SHEET, ...at, color: HIGHLIGHT.strong }));
const fillsOf = (grid: SheetGrid) => OFFICER.map((at) => cellAt(grid, at.row, at.col).fill);
const spec = () => specOf(buildExampleSheet(SHEET));

async function onFake(book: FakeWorkbook, score: () => Promise<unknown>) {
  await score();
  const sheet = book.sheet(SHEET);
  for (const at of OFFICER) sheet.updateCell(at.row, at.col, { fill: HIGHLIGHT.strong });
  await score();
  const once = comparableDump(book);
  const fills = OFFICER.map((at) => sheet.getCell(at.row, at.col)?.fill ?? null);
  await score();
  return { fills, once, again: comparableDump(book) };
}

describe('an officer’s fill in the scorer’s colour on a guard cell survives the next run', () => {
  test('Office', async () => {
    const book = toFakeWorkbook(spec());
    const runner = fakeRunner(book);
    const { fills, once, again } = await onFake(book, () => scoreOnFake(runner));
    expect(fills).toEqual(OFFICER.map(() => HIGHLIGHT.strong));
    expect(firstDifference(once, again)).toBeNull();
  });

  test('WPS', async () => {
    const book = toFakeWorkbook(spec());
    const et = wpsRun(book);
    const { fills, once, again } = await onFake(book, async () => et.score());
    expect(fills).toEqual(OFFICER.map(() => HIGHLIGHT.strong));
    expect(firstDifference(once, again)).toBeNull();
  });

  test('.xlsx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perfscore-guard-'));
    try {
      let file = await writeSpecXlsx(spec(), dir);
      let step = 0;
      const next = () => join(dir, `step${(step += 1)}.xlsx`);
      const score = async () => {
        const out = next();
        expect((await scoreXlsx(file, SHEET, out)).status).toBe('scored');
        file = out;
      };
      await score();
      const book = await readWorkbook(file);
      applyWritePlan(book, { sheet: SHEET, blocks: [], fills: officerFills, names: [], sheets: [] });
      const edited = next();
      await saveWorkbook(book, edited, [], [file]);
      file = edited;
      await score();
      expect(fillsOf(readSnapshot(await readWorkbook(file), SHEET).sheet.grid)).toEqual(
        OFFICER.map(() => HIGHLIGHT.strong),
      );
      const once = normalSeen(await seenXlsx(file));
      await score();
      expect(firstDifference(once, normalSeen(await seenXlsx(file)))).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The detection's memory (hidden _PerfScore_Detected_* twins and the profile name, workbook-contract.md
 * §2.5 and §5) in every host, when the officer inserts or deletes rows inside or above the table, or
 * columns to its left, between two runs of a national 项目支出绩效自评表 that had no names: the Office
 * host on the Excel fake and the WPS host on the ET fake (FakeWorkbook.editSheet moves cells and names
 * as Excel does), and the .xlsx host on a file edited as Excel saves it (test/fixtures/xlsx/edit.ts).
 * The second run still knows the ranges were detected, keeps the detected national-project profile
 * and the score, shows the moved references on 评分汇总; the three hosts leave identical workbooks; a
 * third run changes nothing; undo of the second run gives back the names exactly.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { applyUndo as applyOfficeUndo, scoreActiveSheet } from '../../src/hosts/office';
import { applyUndo as applyWpsUndo } from '../../src/hosts/wps';
import { applyWritePlan, readSnapshot, readWorkbook, saveWorkbook } from '../../src/hosts/xlsx';
import { planScoring } from '../../src/workbook';
import { DETECTED_TITLE } from '../../src/workbook/detectRecord';
import { formatReference, parseA1, parseReference } from '../../src/workbook/references';
import type { RunOutcome } from '../../src/workbook/runOutcome';
import {
  deleteCols,
  deleteRows,
  dumpWorkbook,
  insertCols,
  insertRows,
  shiftArea,
  workbookFromExample,
  type FakeWorkbook,
  type SheetEdit,
} from '../fakes/excel';
import { createFakeEt } from '../fakes/et';
import { writeWithNames } from '../fixtures/xlsx/build';
import { editXlsx } from '../fixtures/xlsx/edit';
import { comparableDump, firstDifference } from '../fuzz/compare';
import { fakeRunner, seenFake, seenXlsx, type SeenWorkbook } from '../fuzz/hosts';
import { exampleSheetOf } from '../workbook/detect/layout';
import { NATIONAL_NAMES, nationalProject } from '../workbook/detect/national';
import { normalSeen, wpsRun } from './wps/support';

const layout = nationalProject();
const SHEET = layout.name;
// The table's data rows are 13–23 (rows 1-based as insertRows/deleteRows take them); row 14 is the
// form's empty 指标2： line. Columns are 0-based.
const SCENARIOS: [string, SheetEdit[]][] = [
  ['a row inserted inside the table', [insertRows(15)]],
  ['two rows inserted above the table', [insertRows(1, 2)]],
  ['a placeholder row deleted inside the table', [deleteRows(14)]],
  ['a row deleted above the table (the year line)', [deleteRows(2)]],
  ['a column deleted to the left', [insertCols(0), deleteCols(0)]],
  ['a column inserted to the left', [insertCols(0)]],
  ['a column inserted to the left, then a row inside the table', [insertCols(0), insertRows(16)]],
];

function scored(outcome: RunOutcome) {
  if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
  return outcome;
}

/** The 评分汇总 rows of the block, as "name|reference" for the detected names. */
function blockOf(book: FakeWorkbook): string[] {
  const cells = dumpWorkbook(book).sheets.find((s) => s.name === '评分汇总')!.cells;
  const byRow = new Map<number, string[]>();
  for (const [address, cell] of Object.entries(cells)) {
    const { row: top, col: left } = parseA1(address);
    const row = byRow.get(top) ?? [];
    row[left] = String(cell.value ?? '');
    byRow.set(top, row);
  }
  const rows = [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
  const title = rows.findIndex((r) => r[0] === DETECTED_TITLE);
  const out: string[] = [];
  for (const row of rows.slice(title + 2)) {
    if (!row[0]) break;
    if (row[3] === '自动识别') out.push(`${row[0]}|${row[1]}`);
  }
  return out;
}

async function onFake(book: FakeWorkbook, edits: SheetEdit[], score: () => Promise<RunOutcome>) {
  const first = scored(await score());
  for (const edit of edits) book.editSheet(book.sheet(SHEET), edit);
  const edited = comparableDump(book);
  const second = scored(await score());
  const once = comparableDump(book);
  scored(await score());
  return { first, second, edited, once, again: comparableDump(book) };
}

async function writeLayoutXlsx(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET);
  for (const cell of exampleSheetOf(layout).cells) {
    const target = sheet.getCell(cell.row + 1, cell.col + 1);
    target.value = cell.value as ExcelJS.CellValue;
    if (cell.numberFormat) target.numFmt = cell.numberFormat;
  }
  for (const range of layout.merges ?? []) sheet.mergeCells(range);
  return writeWithNames(workbook, [], path);
}

/**
 * exceljs reads every cell of a merged area as holding the area's value; Excel (and the fakes) keep it
 * in the top-left cell only. The other cells of the scored sheet's merged areas are left out.
 */
async function withoutMergedCopies(seen: SeenWorkbook, path: string): Promise<SeenWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const cells = { ...seen.sheets[SHEET] };
  workbook.getWorksheet(SHEET)!.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) delete cells[cell.address];
    }),
  );
  return { ...seen, sheets: { ...seen.sheets, [SHEET]: cells } };
}

async function onXlsx(dir: string, edits: SheetEdit[]) {
  let step = 0;
  const next = () => join(dir, `step${(step += 1)}.xlsx`);
  let file = await writeLayoutXlsx(next());
  const score = async () => {
    const book = await readWorkbook(file);
    const planned = planScoring(readSnapshot(book, SHEET), { detect: true });
    if (!planned.ok) throw new Error(planned.refusal.message);
    applyWritePlan(book, planned.run.plan);
    const out = next();
    await saveWorkbook(book, out, [], [file]);
    file = out;
    return planned.run;
  };
  await score();
  for (const edit of edits) {
    const out = next();
    await editXlsx(file, out, SHEET, edit);
    file = out;
  }
  const second = await score();
  const once = withoutMergedCopies(normalSeen(await seenXlsx(file)), file);
  const hidden = (await readWorkbook(file)).storedNames
    .filter((n) => n.otherAttributes.some(([key, value]) => key === 'hidden' && value === '1'))
    .map((n) => n.name)
    .sort();
  await score();
  return {
    second,
    once: await once,
    hidden,
    again: await withoutMergedCopies(normalSeen(await seenXlsx(file)), file),
  };
}

const through = (edits: SheetEdit[], range: string) => {
  const parsed = parseReference(`'${SHEET}'!${range}`);
  if ('error' in parsed) throw new Error(range);
  return formatReference(edits.reduce((area, edit) => shiftArea(area, edit)!, parsed.areas[0]));
};

describe.each(SCENARIOS)('a detected national-project sheet: %s, then a re-run', (_label, edits) => {
  let officeBook: FakeWorkbook;
  let office: Awaited<ReturnType<typeof onFake>>;
  let wpsBook: FakeWorkbook;
  let wps: Awaited<ReturnType<typeof onFake>>;
  let xlsx: Awaited<ReturnType<typeof onXlsx>>;
  let dir: string;

  beforeAll(async () => {
    officeBook = workbookFromExample(exampleSheetOf(layout));
    const runner = fakeRunner(officeBook);
    office = await onFake(officeBook, edits, () => scoreActiveSheet(runner.run, { detect: true }));
    wpsBook = workbookFromExample(exampleSheetOf(layout));
    const et = wpsRun(wpsBook, {}, true);
    wps = await onFake(wpsBook, edits, async () => et.score());
    dir = mkdtempSync(join(tmpdir(), 'perfscore-detectmem-'));
    xlsx = await onXlsx(dir, edits);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the second run keeps the detected profile and the score', () => {
    expect(office.first.layout).toBe('detected');
    expect([office.first.result.profile, office.first.result.total]).toEqual(['national-project', 97.5]);
    for (const second of [office.second, wps.second, xlsx.second]) {
      expect(second.layout).toBe('names');
      expect([second.result.profile, second.result.total, second.result.grade]).toEqual([
        'national-project',
        97.5,
        '优',
      ]);
    }
  });

  test('评分汇总 still lists the detected names, at their moved references', () => {
    const expected = Object.entries(NATIONAL_NAMES).map(
      ([name, range]) => `${name}|${through(edits, range)}`,
    );
    expect(blockOf(officeBook).sort()).toEqual(expected.sort());
    const names = dumpWorkbook(officeBook).sheets.find((s) => s.name === SHEET)!.names;
    for (const name of Object.keys(NATIONAL_NAMES))
      expect(names[`_PerfScore_Detected_${name}`]).toBe(names[name]);
    expect(names._PerfScore_DetectedProfile_national_project).toBeDefined();
  });

  test('the three hosts leave identical workbooks (twins hidden in each); a third run changes nothing', () => {
    expect(firstDifference(office.once, wps.once)).toBeNull();
    expect(firstDifference(normalSeen(seenFake(officeBook)), xlsx.once)).toBeNull();
    const hidden = dumpWorkbook(officeBook).sheets.find((s) => s.name === SHEET)!.hiddenNames;
    expect(hidden).toEqual(expect.arrayContaining(['_PerfScore_Detected_PE_Targets']));
    expect(xlsx.hidden).toEqual(hidden);
    expect(firstDifference(office.once, office.again)).toBeNull();
    expect(firstDifference(wps.once, wps.again)).toBeNull();
    expect(firstDifference(xlsx.once, xlsx.again)).toBeNull();
  });

  test('undo of the second run gives back the workbook as the officer left it, names exactly', async () => {
    await applyOfficeUndo(fakeRunner(officeBook).run, office.second.undo);
    expect(firstDifference(office.edited, comparableDump(officeBook))).toBeNull();
    applyWpsUndo(createFakeEt(wpsBook).Application, wps.second.undo);
    expect(firstDifference(wps.edited, comparableDump(wpsBook))).toBeNull();
  });
});

describe('undo of the detecting run (Office and WPS)', () => {
  test('takes away the detected names and their hidden twins: the sheet is as it was, without names', async () => {
    const officeBook = workbookFromExample(exampleSheetOf(layout));
    const before = comparableDump(officeBook);
    const office = scored(await scoreActiveSheet(fakeRunner(officeBook).run, { detect: true }));
    expect(dumpWorkbook(officeBook).sheets[0].hiddenNames).toContain(
      '_PerfScore_DetectedProfile_national_project',
    );
    await applyOfficeUndo(fakeRunner(officeBook).run, office.undo);
    expect(firstDifference(before, comparableDump(officeBook))).toBeNull();

    const wpsBook = workbookFromExample(exampleSheetOf(layout));
    const wps = scored(wpsRun(wpsBook, {}, true).score());
    applyWpsUndo(createFakeEt(wpsBook).Application, wps.undo);
    expect(firstDifference(before, comparableDump(wpsBook))).toBeNull();
  });
});

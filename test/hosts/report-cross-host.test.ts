/**
 * 生成自评报告 in the three hosts: the Office host on the Excel fake, the WPS host on the ET fake and
 * the .xlsx host on a real file write the same 自评报告 sheet — every cell's text, bold and wrap, the
 * header fill, the column width, A4 portrait — from one read and one write. The two fakes' whole
 * workbooks are identical; undo takes the report away again.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { RunOutcome } from '../../src/workbook/runOutcome';
import { applyUndo as undoOnOffice, scoreActiveSheet as scoreOnOffice } from '../../src/hosts/office';
import { charactersToPoints } from '../../src/hosts/office/column-width';
import { applyUndo as undoOnWps, scoreActiveSheet as scoreOnWps } from '../../src/hosts/wps';
import { createWpsController } from '../../src/wps/controller';
import { applyWritePlan, readSnapshot, readWorkbook, saveWorkbook } from '../../src/hosts/xlsx';
import { planScoring } from '../../src/workbook';
import { buildExampleSheet } from '../../src/workbook/example';
import { createFakeEt } from '../fakes/et';
import { createFakeExcel, workbookFromExample, type FakeWorkbook } from '../fakes/excel';
import { comparableDump, firstDifference } from '../fuzz/compare';
import { writeSpecXlsx } from '../fuzz/hosts';
import { specOf } from '../hostile/cases';

const REPORT = '自评报告';

/** The report sheet as a printer sees it: cells (text, bold, wrap, fill), column A's width, the page. */
interface SeenReport {
  cells: Record<string, { value: unknown; bold: boolean; wrap: boolean; fill: string | null }>;
  widthPoints: number | undefined;
  page: { paperSize: string; orientation: string } | undefined;
}

function seenOnFake(workbook: FakeWorkbook): SeenReport {
  const dump = comparableDump(workbook).sheets.find((s) => s.name === REPORT)!;
  const cells: SeenReport['cells'] = {};
  for (const [address, cell] of Object.entries(dump.cells))
    cells[address] = {
      value: cell.value,
      bold: cell.bold === true,
      wrap: cell.wrap === true,
      fill: cell.fill?.toUpperCase() ?? null,
    };
  const sheet = workbook.sheets.find((s) => s.name === REPORT)!;
  return { cells, widthPoints: sheet.columnWidths.get(0), page: dump.pageSetup };
}

async function seenInFile(path: string): Promise<SeenReport> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet(REPORT)!;
  const cells: SeenReport['cells'] = {};
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      const argb = fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
      cells[cell.address] = {
        value: cell.value,
        bold: cell.font?.bold === true,
        wrap: cell.alignment?.wrapText === true,
        fill: argb ? `#${argb.slice(-6).toUpperCase()}` : null,
      };
    }),
  );
  const width = sheet.getColumn(1).width;
  return {
    cells,
    widthPoints: width === undefined ? undefined : charactersToPoints(width),
    page: {
      paperSize: sheet.pageSetup.paperSize === 9 ? 'A4' : String(sheet.pageSetup.paperSize),
      orientation:
        sheet.pageSetup.orientation === 'portrait' ? 'Portrait' : String(sheet.pageSetup.orientation),
    },
  };
}

const example = () => workbookFromExample(buildExampleSheet());

function officeRun(workbook: FakeWorkbook, cellProperties = true) {
  const excel = createFakeExcel(workbook);
  const run = ((batch) => excel.Excel.run(batch as never)) as Parameters<typeof scoreOnOffice>[0];
  return {
    run,
    score: (outputSheets: string[] = []) =>
      scoreOnOffice(run, { report: true, capabilities: { cellProperties }, outputSheets }),
  };
}

function reportOf(outcome: RunOutcome) {
  if (outcome.status !== 'scored') throw new Error(`not scored: ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('生成自评报告: the same report sheet in Office, WPS and the .xlsx file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'perfscore-report-hosts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('identical sheets (text, bold, wrap, fill, width, A4 portrait); the text is the seed’s 94.46 优', async () => {
    const officeBook = example();
    const office = reportOf(await officeRun(officeBook).score());
    const wpsBook = example();
    const wps = reportOf(scoreOnWps(createFakeEt(wpsBook).Application, { report: true }));

    const input = await writeSpecXlsx(specOf(buildExampleSheet()), dir);
    const book = await readWorkbook(input);
    const planned = planScoring(readSnapshot(book, buildExampleSheet().name), { report: true });
    if (!planned.ok) throw new Error(planned.refusal.message);
    applyWritePlan(book, planned.run.plan);
    const output = join(dir, 'out.xlsx');
    await saveWorkbook(book, output, [], [input]);

    const seen = seenOnFake(officeBook);
    expect(Object.keys(seen.cells).length).toBeGreaterThan(30);
    expect(Object.values(seen.cells).filter((c) => c.bold).length).toBeGreaterThan(5);
    expect(Object.values(seen.cells).every((c) => c.wrap)).toBe(true);
    expect(seen.widthPoints).toBe(charactersToPoints(70));
    expect(seen.page).toEqual({ paperSize: 'A4', orientation: 'Portrait' });
    expect(firstDifference(seen, seenOnFake(wpsBook))).toBeNull();
    expect(firstDifference(seen, await seenInFile(output))).toBeNull();
    // The whole workbooks of the two fakes, not only the report sheet.
    expect(firstDifference(comparableDump(officeBook), comparableDump(wpsBook))).toBeNull();

    for (const outcome of [office, wps, { report: planned.run.report ?? undefined }]) {
      expect(outcome.report?.sheet).toBe(REPORT);
      expect(outcome.report?.text).toContain('自评得分为94.46分');
      expect(outcome.report?.text).toContain('自评等级为“优”');
    }
    expect(wps.report?.text).toBe(office.report?.text);
    expect(planned.run.report?.text).toBe(office.report?.text);
  });

  test('Office: one read and one write, the first time and when the report is rewritten', async () => {
    const workbook = example();
    const office = officeRun(workbook);
    const first = reportOf(await office.score());
    expect(first.syncs).toBe(2);
    expect(first.after?.outputSheets).toEqual(['评分汇总', '扣分明细', REPORT]);
    const again = reportOf(await office.score(first.after!.outputSheets));
    expect(again.syncs).toBe(2);
  });

  test('Office without ExcelApi 1.9: the report is written, the page is left as it was', async () => {
    const workbook = example();
    reportOf(await officeRun(workbook, false).score());
    const seen = seenOnFake(workbook);
    expect(seen.page).toBeUndefined();
    expect(Object.values(seen.cells).every((c) => c.wrap)).toBe(true);
  });

  test('WPS: headings bold in one union call, the column wrapped in one; a refused PageSetup is no failure', () => {
    const workbook = example();
    const et = createFakeEt(workbook);
    et.failPageSetup();
    const outcome = reportOf(scoreOnWps(et.Application, { report: true }));
    expect(outcome.report?.sheet).toBe(REPORT);
    expect(et.stats.byMember['Font.Bold=']).toBeLessThanOrEqual(2);
    expect(et.stats.byMember['Range.WrapText=']).toBe(1);
    const seen = seenOnFake(workbook);
    expect(seen.page).toBeUndefined();
    expect(Object.values(seen.cells).filter((c) => c.bold).length).toBeGreaterThan(5);
  });

  test.each([
    ['Office', 'office'],
    ['WPS', 'wps'],
  ] as const)(
    '%s: undo of the first report deletes the sheet; undo of a rewrite restores its text',
    async (_label, host) => {
      const workbook = example();
      const et = createFakeEt(workbook);
      const office = officeRun(workbook);
      const score = async () =>
        reportOf(host === 'office' ? await office.score() : scoreOnWps(et.Application, { report: true }));
      const undo = async (outcome: ReturnType<typeof reportOf>) =>
        host === 'office' ? undoOnOffice(office.run, outcome.undo) : undoOnWps(et.Application, outcome.undo);

      const before = comparableDump(workbook);
      const first = await score();
      const once = comparableDump(workbook);
      const second = await score();
      expect(firstDifference(once, comparableDump(workbook))).toBeNull();
      await undo(second);
      // Bold and wrap of a replaced sheet are not read, so not restored (known limit): the text is.
      const plain = (dump: typeof once) => ({
        ...dump,
        sheets: dump.sheets.map((s) => ({
          ...s,
          cells: Object.fromEntries(
            Object.entries(s.cells).map(([a, { bold: _b, wrap: _w, ...cell }]) => [a, cell]),
          ),
        })),
      });
      expect(firstDifference(plain(once), plain(comparableDump(workbook)))).toBeNull();
      await undo(first);
      const after = comparableDump(workbook);
      expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
      expect(firstDifference(before, after)).toBeNull();
    },
  );
});

describe('the WPS pane controller', () => {
  test('generateReport writes the report sheet and hands back its text; score keeps it current', async () => {
    const workbook = example();
    const controller = createWpsController(createFakeEt(workbook).Application);
    const outcome = reportOf(await controller.generateReport());
    expect(outcome.report?.sheet).toBe(REPORT);
    expect(outcome.report?.text).toContain('自评得分为94.46分');
    expect(workbook.sheets.map((s) => s.name)).toEqual(['绩效指标', '评分汇总', '扣分明细', REPORT]);
    const rescored = reportOf(await controller.score());
    expect(rescored.report?.text).toBe(outcome.report?.text);
  });
});

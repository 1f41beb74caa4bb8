/**
 * A PE_OutSummary / PE_OutReport name of one sheet is no claim on its own: pointed (copied with a
 * sheet, or by hand) at an officer's department sheet, that sheet is still scored by 评分全部工作表
 * and the command line, and a run of the sheet owning the name never writes into it (its output goes
 * to a sheet of its own, the name redefined, a finding naming the sheet). The scorer's real output
 * sheets (the name AND their title) are still never scored. One rule decides both (outputLocation.ts).
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'fs';
import { join } from 'path';
import { scoreActiveSheet as scoreOneOnOffice, scoreAllSheets } from '../../src/hosts/office';
import { scoreActiveSheet as scoreOneOnWps, scoreAllSheets as scoreAllOnWps } from '../../src/hosts/wps';
import { applyWritePlan, readWorkbook, workbookBytes } from '../../src/hosts/xlsx';
import { createFakeEt } from '../fakes/et';
import type { FakeWorkbook } from '../fakes/excel';
import { tempDir } from '../fixtures/xlsx/build';
import { comparableDump } from '../fuzz/compare';
import { fakeRunner } from '../fuzz/hosts';
import { runCli } from '../cli/run-cli';
import { DETECTED_SHEET, departmentsWorkbook, writeDepartmentsXlsx } from './departments';

const OWNER = '局机关';
/** The officer's sheet's own cells as the input has them (its title, its table's head). */
const officerCells = (workbook: FakeWorkbook) => {
  const sheet = workbook.sheet(DETECTED_SHEET);
  return [0, 1, 2].map((r) => [0, 1, 2, 3].map((c) => sheet.getCell(r, c)?.value ?? null));
};
/** OWNER's sheet-scoped PE_OutSummary and PE_OutReport pointed at the officer's detected sheet. */
const POINTED = [
  { name: 'PE_OutSummary', scope: { sheet: OWNER }, formula: `'${DETECTED_SHEET}'!$A$1` },
  { name: 'PE_OutReport', scope: { sheet: OWNER }, formula: `'${DETECTED_SHEET}'!$A$1` },
];

function pointedWorkbook(): FakeWorkbook {
  const workbook = departmentsWorkbook(1);
  for (const n of POINTED) workbook.defineName(n.name, n.formula, n.scope);
  return workbook;
}

const scoreAllOffice = (workbook: FakeWorkbook) =>
  scoreAllSheets(fakeRunner(workbook).run, { sheetNames: workbook.sheets.map((s) => s.name) });

describe('评分全部工作表: a sheet another sheet’s PE_Out* name points at is the officer’s unless it is ours', () => {
  it('Office: the officer’s sheet is scored; the owner’s summary goes to 评分汇总, not over it', async () => {
    const workbook = pointedWorkbook();
    const before = officerCells(workbook);
    const outcome = await scoreAllOffice(workbook);
    if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
    expect(outcome.rows.map((r) => r.sheet)).toEqual([OWNER, DETECTED_SHEET]);
    expect(officerCells(workbook)).toEqual(before);
    expect(workbook.sheet('评分汇总').getCell(0, 0)?.value).toBe(`绩效自评评分汇总：${OWNER}`);
    const owner = comparableDump(workbook).sheets.find((s) => s.name === OWNER)!;
    expect(owner.names.PE_OutSummary).toMatch(/评分汇总/);

    // A second run: the real output sheets (name AND title) are skipped, the officer's sheet scored.
    const second = await scoreAllOffice(workbook);
    if (second.status !== 'scored') throw new Error(JSON.stringify(second));
    expect(second.rows.map((r) => r.sheet)).toEqual([OWNER, DETECTED_SHEET]);
    expect(officerCells(workbook)).toEqual(before);
  });

  it('WPS: the same', () => {
    const workbook = pointedWorkbook();
    const before = officerCells(workbook);
    const outcome = scoreAllOnWps(createFakeEt(workbook).Application);
    if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
    expect(outcome.rows.map((r) => r.sheet)).toEqual([OWNER, DETECTED_SHEET]);
    expect(officerCells(workbook)).toEqual(before);
    const second = scoreAllOnWps(createFakeEt(workbook).Application);
    if (second.status !== 'scored') throw new Error(JSON.stringify(second));
    expect(second.rows.map((r) => r.sheet)).toEqual([OWNER, DETECTED_SHEET]);
  });
});

describe('评分本表 of the sheet owning the name never writes into the officer’s sheet', () => {
  const ignored = (findings: { code: string; message: string }[]) =>
    findings.filter((f) => f.code === 'output-name-ignored').map((f) => f.message);

  it('Office: summary and report go to sheets of their own, each name’s finding names the sheet', async () => {
    const workbook = pointedWorkbook();
    const before = officerCells(workbook);
    const outcome = await scoreOneOnOffice(fakeRunner(workbook).run, { report: true });
    if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
    expect(officerCells(workbook)).toEqual(before);
    expect(workbook.sheet('评分汇总').getCell(0, 0)?.value).toBe(`绩效自评评分汇总：${OWNER}`);
    expect(workbook.sheet('自评报告').getCell(0, 0)?.value).toBe(`自评报告：${OWNER}`);
    expect(ignored(outcome.result.findings)).toEqual(
      ['PE_OutSummary', 'PE_OutReport'].map(
        (name) =>
          `名称 ${name}（=${DETECTED_SHEET}!$A$1）指向的工作表 ${DETECTED_SHEET} 不是本工作表的评分输出` +
          '（可能是复制工作表时带来的名称），已忽略，改写到新工作表',
      ),
    );
  });

  it('WPS: the same', () => {
    const workbook = pointedWorkbook();
    const before = officerCells(workbook);
    const outcome = scoreOneOnWps(createFakeEt(workbook).Application, { report: true });
    if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
    expect(officerCells(workbook)).toEqual(before);
    expect(workbook.sheet('评分汇总').getCell(0, 0)?.value).toBe(`绩效自评评分汇总：${OWNER}`);
    const messages = ignored(outcome.result.findings);
    expect(messages).toHaveLength(2);
    for (const m of messages) expect(m).toContain(`指向的工作表 ${DETECTED_SHEET} 不是本工作表的评分输出`);
  });
});

it('the CLI scores the officer’s sheet PE_OutSummary / PE_OutReport point at, and skips its real outputs', async () => {
  const dir = tempDir();
  const input = join(dir, 'pointed-out.xlsx');
  await writeDepartmentsXlsx(input, 1);
  const book = await readWorkbook(input);
  applyWritePlan(book, { sheet: OWNER, blocks: [], fills: [], sheets: [], names: POINTED });
  writeFileSync(input, workbookBytes(book));
  const out = join(dir, 'out');
  const run = await runCli('score', input, '--out', out, '--json');
  expect(run.code).toBe(0);
  const file = JSON.parse(run.stdout).files[0];
  expect(file.sheets.map((s: { sheet: string }) => s.sheet)).toEqual([OWNER, DETECTED_SHEET]);
  const a1 = async (path: string, sheet: string) => {
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(path);
    return copy.getWorksheet(sheet)?.getCell('A1').value ?? null;
  };
  expect(await a1(file.output, DETECTED_SHEET)).toBe(await a1(input, DETECTED_SHEET));
  expect(await a1(file.output, '评分汇总')).toBe(`绩效自评评分汇总：${OWNER}`);

  // The scored copy scored again: its 评分汇总 / 扣分明细 (ours by name and title) are not scored.
  const again = await runCli('score', file.output, '--out', join(dir, 'again'), '--json');
  expect(again.code).toBe(0);
  const rescored = JSON.parse(again.stdout).files[0].sheets.map((s: { sheet: string }) => s.sheet);
  expect(rescored).toEqual([OWNER, DETECTED_SHEET]);
  const asked = await runCli('score', file.output, '--sheet', '评分汇总', '--out', join(dir, 'asked'));
  expect(asked.code).not.toBe(0);
  expect(asked.stderr).toContain('工作表 评分汇总 是评分程序写出的工作表');
});

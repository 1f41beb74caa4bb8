/**
 * The command line's --league and the pane's 评分全部工作表 build 各表评分汇总 with one builder: on
 * the same workbook of department sheets (.xlsx for the CLI, the same cells on the Excel and ET fakes
 * for the pane) the tables are identical, row for row — the CLI adds only the 文件 column, and its
 * links point into the scored copy.
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'fs';
import { join } from 'path';
import { scoreAllSheets } from '../../src/hosts/office';
import { scoreAllSheets as scoreAllOnWps } from '../../src/hosts/wps';
import { createFakeEt } from '../fakes/et';
import type { FakeWorkbook } from '../fakes/excel';
import { tempDir } from '../fixtures/xlsx/build';
import { fakeRunner } from '../fuzz/hosts';
import { runCli } from '../cli/run-cli';
import { applyWritePlan, readWorkbook, workbookBytes } from '../../src/hosts/xlsx';
import { DETECTED_SHEET, departmentsWorkbook, writeDepartmentsXlsx } from './departments';

const dir = tempDir();

/** The table as a user reads it: every cell's value, a link as the text it shows. */
function fakeTable(workbook: FakeWorkbook): unknown[][] {
  const sheet = workbook.sheets.find((s) => s.name === '各表评分汇总')!;
  const rows: unknown[][] = [];
  for (let r = 0; r < 8; r += 1) {
    const row = Array.from({ length: 11 }, (_, c) => {
      const cell = sheet.getCell(r, c);
      if (cell?.formula) return /,"((?:[^"]|"")*)"\)$/.exec(cell.formula)![1];
      return cell?.value ?? null;
    });
    if (row.some((v) => v !== null)) rows.push(row);
  }
  return rows;
}

async function cliTable(file: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet('各表评分汇总')!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    const values = Array.from({ length: 11 }, (_, c) => {
      const value = row.getCell(c + 1).value;
      if (value && typeof value === 'object' && 'formula' in value) return value.result;
      return value ?? null;
    });
    rows.push(values);
  });
  return rows;
}

it('the CLI, the Office pane and the WPS pane write the same 各表评分汇总', async () => {
  const input = join(dir, 'bureau.xlsx');
  await writeDepartmentsXlsx(input, 3);
  const league = join(dir, 'league.xlsx');
  const run = await runCli('score', input, '--out', join(dir, 'out'), '--league', league);
  expect(run.code).toBe(0);
  const cli = await cliTable(league);

  const office = departmentsWorkbook(3);
  const outcome = await scoreAllSheets(fakeRunner(office).run, {
    sheetNames: office.sheets.map((s) => s.name),
  });
  expect(outcome.status).toBe('scored');
  const wps = departmentsWorkbook(3);
  scoreAllOnWps(createFakeEt(wps).Application);

  const pane = fakeTable(office);
  expect(pane).toHaveLength(6); // title, header, four departments (the notes sheet has no table)
  expect(pane[2].slice(0, 5)).toEqual([1, '天河区政务服务数据管理局', '局机关', 94.46, '优']);
  expect(cli.map((row) => row.slice(0, 11))).toEqual(pane);
  expect(fakeTable(wps)).toEqual(pane);
});

it('the CLI scores the officer’s sheet that PE_OutLeague points at (it is not our league sheet)', async () => {
  const input = join(dir, 'pointed.xlsx');
  await writeDepartmentsXlsx(input, 1);
  const book = await readWorkbook(input);
  applyWritePlan(book, {
    sheet: DETECTED_SHEET,
    blocks: [],
    fills: [],
    sheets: [],
    names: [{ name: 'PE_OutLeague', scope: 'workbook', formula: `'${DETECTED_SHEET}'!$A$1` }],
  });
  writeFileSync(input, workbookBytes(book));
  const run = await runCli('score', input, '--out', join(dir, 'out-pointed'), '--json');
  expect(run.code).toBe(0);
  const sheets = JSON.parse(run.stdout).files[0].sheets.map((s: { sheet: string }) => s.sheet);
  expect(sheets).toContain(DETECTED_SHEET);
});

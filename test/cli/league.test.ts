/**
 * `perfscore score --league <file.xlsx>`: a workbook of several department sheets (detected, no
 * names) and a second file give one 各表评分汇总 row per scored sheet, sorted by total; --summary
 * still works alongside.
 */
import ExcelJS from 'exceljs';
import { existsSync } from 'fs';
import { join } from 'path';
import { tempDir, writeExample } from '../fixtures/xlsx/build';
import { runCli } from './run-cli';

const dir = tempDir();

/** The example twice: 局机关 (a copy with one actual lowered) first, the seed sheet second; no names. */
async function twoDepartments(file: string): Promise<string> {
  return writeExample(join(dir, file), (sheet, workbook) => {
    const copy = workbook.addWorksheet('局属中心');
    sheet.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
    sheet.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).numFmt = cell.numFmt)));
    sheet.getCell('E3').value = '3万套';
    sheet.name = '局机关';
    return [];
  });
}

it('one row per scored sheet of every file, by total; --summary alongside', async () => {
  const a = await twoDepartments('departments.xlsx');
  const b = await writeExample(join(dir, 'single.xlsx'));
  const league = join(dir, 'league.xlsx');
  const summary = join(dir, 'summary.csv');
  const run = await runCli(
    'score',
    a,
    b,
    '--out',
    join(dir, 'out'),
    '--league',
    league,
    '--summary',
    summary,
  );
  expect(run.code).toBe(0);
  expect(existsSync(summary)).toBe(true);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(league);
  const sheet = book.getWorksheet('各表评分汇总')!;
  const rows = [1, 2, 3, 4, 5].map((r) => (sheet.getRow(r).values as ExcelJS.CellValue[]).slice(1));
  expect(rows[0]).toEqual(['各表评分汇总']);
  expect(rows[1]).toEqual([
    '名次',
    '部门/项目',
    '工作表',
    '总分',
    '等级',
    '超过150%',
    '低于100%',
    '无法评分',
    '是否完整',
    '评分汇总',
    '说明',
    '文件',
  ]);
  expect(rows.slice(2).map((r) => [r[0], r[2], r[3], r[4], r[5], r[6], r[11]])).toEqual([
    [1, '局属中心', 94.46, '优', 2, 1, a],
    [2, '绩效指标', 94.46, '优', 2, 1, b],
    [3, '局机关', rows[4][3], '优', 2, 2, a],
  ]);
  expect(rows[4][3]).toBeLessThan(94.46);
  // Each row links to its sheet's summary in the scored copy, relative to the league file.
  expect(sheet.getCell('J3').value).toEqual({
    formula: `HYPERLINK("[out/departments.scored.xlsx]'评分汇总 (2)'!A1","评分汇总 (2)")`,
    result: '评分汇总 (2)',
  });
  expect(sheet.getCell('D3').numFmt).toBe('0.00');
});

it('a scored copy whose path holds % and spaces: the link keeps the whole path (Excel’s [file] form)', async () => {
  const input = await writeExample(join(dir, "第1批 100% 'a'.xlsx"));
  const league = join(dir, 'league-space.xlsx');
  const run = await runCli('score', input, '--out', join(dir, 'out 2'), '--league', league);
  expect(run.code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(league);
  const cell = book.getWorksheet('各表评分汇总')!.getCell('J3').value as ExcelJS.CellFormulaValue;
  expect(cell.formula).toBe(`HYPERLINK("[out 2/第1批 100% 'a'.scored.xlsx]'评分汇总'!A1","评分汇总")`);
  // The bracketed path is the scored copy, relative to the league file.
  const path = /^HYPERLINK\("\[([^\]]+)\]/.exec(cell.formula)![1];
  expect(existsSync(join(dir, path))).toBe(true);
});

it('a scored copy whose path holds #: the summary sheet named as text, not a link Office would not follow', async () => {
  const input = await writeExample(join(dir, '第#1批.xlsx'));
  const league = join(dir, 'league-hash.xlsx');
  const run = await runCli('score', input, '--out', join(dir, 'out #2'), '--league', league);
  expect(run.code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(league);
  expect(book.getWorksheet('各表评分汇总')!.getCell('J3').value).toBe('评分汇总');
});

it('--league onto an input is refused, the scoring still done', async () => {
  const a = await writeExample(join(dir, 'self.xlsx'));
  const run = await runCli('score', a, '--out', join(dir, 'out2'), '--league', a);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain('无法写入各表评分汇总');
});

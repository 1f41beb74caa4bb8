/**
 * The command line on sheets without names: scored from detection by default (the input untouched,
 * the scored copy carrying the names), JSON layout/ranges, the text report's 自动识别 lines;
 * --no-detect requires names. Done-when: the seed's table as printed scores 94.46 优 identically to
 * the named version; the national 项目支出 form scores the same with and without names.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { join } from 'path';
import { definedNames, readSnapshot, readWorkbook, sheetNames } from '../../src/hosts/xlsx';
import { a1 } from '../../src/workbook/references';
import { tempDir, writeWithNames, type FixtureName } from '../fixtures/xlsx/build';
import { cellsOf, type Layout } from '../workbook/detect/layout';
import { NATIONAL_NAMES, nationalProject } from '../workbook/detect/national';
import { seedPrinted } from '../workbook/detect/seedPrinted';
import { runCli } from './run-cli';

async function writeLayout(layout: Layout, path: string, names: FixtureName[] = []): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(layout.name);
  for (const [address, cell] of Object.entries(cellsOf(layout))) {
    const target = sheet.getCell(address);
    target.value = cell.value as ExcelJS.CellValue;
    if (cell.numberFormat && cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
  }
  for (const range of layout.merges ?? []) sheet.mergeCells(range);
  return writeWithNames(workbook, names, path);
}

interface SheetJson {
  sheet: string;
  total: number;
  grade: string;
  profile: string;
  layout: string;
  ranges: Record<string, string>;
  indicators: { cell: string; reason: string | null }[];
  [key: string]: unknown;
}

async function score(path: string, ...args: string[]) {
  const run = await runCli('score', path, '--json', ...args);
  const json = run.stdout ? (JSON.parse(run.stdout) as { files: { sheets: SheetJson[] }[] }) : null;
  return { ...run, sheet: json?.files[0].sheets[0] };
}

/** Every cell value of every sheet of an .xlsx, and its names. */
async function contents(path: string) {
  const book = await readWorkbook(path);
  const sheets = sheetNames(book).map((name) => {
    const grid = readSnapshot(book, name).sheet.grid;
    const cells: Record<string, unknown> = {};
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) cells[a1(grid.top + r, grid.left + c)] = value;
      }),
    );
    return { name, cells };
  });
  const names = definedNames(book)
    .map((n) => `${n.name}@${n.scope === 'workbook' ? '' : n.scope.sheet}=${n.formula}`)
    .sort();
  return { sheets, names };
}

const withoutLayout = (sheet: SheetJson) => {
  const { layout: _layout, ranges: _ranges, ...rest } = sheet;
  return rest;
};

describe('perfscore on the seed table as printed, without names', () => {
  const dir = tempDir();
  const layout = seedPrinted();
  const input = join(dir, 'printed.xlsx');

  it('scores 94.46 优 from detection, says so, and never changes the input', async () => {
    await writeLayout(layout, input);
    const before = readFileSync(input);
    const run = await score(input);
    expect(run.code).toBe(0);
    expect([run.sheet!.total, run.sheet!.grade, run.sheet!.layout]).toEqual([94.46, '优', 'detected']);
    expect(run.sheet!.ranges.PE_Targets).toBe(`'${layout.name}'!$D$4:$D$27`);
    expect(run.sheet!.ranges.PE_MgmtRules).toBe(`'${layout.name}'!$D$36:$D$39`);
    expect(run.sheet!.indicators.filter((i) => i.reason).map((i) => i.cell)).toEqual(['E14', 'E18', 'E22']);
    expect(run.stderr).toContain('评分区域：自动识别（表头第3行，指标第4–27行');
    expect(readFileSync(input).equals(before)).toBe(true);
    const scored = await contents(join(dir, 'printed.scored.xlsx'));
    expect(scored.names).toContain(`PE_Targets@${layout.name}='${layout.name}'!$D$4:$D$27`);
  });

  it('scores identically to the same table with the names defined', async () => {
    const detected = await score(input);
    const names = Object.entries(detected.sheet!.ranges).map(([name, formula]) => ({ name, formula }));
    const named = await score(await writeLayout(layout, join(dir, 'named.xlsx'), names));
    expect(named.sheet!.layout).toBe('names');
    expect(withoutLayout(detected.sheet!)).toEqual(withoutLayout(named.sheet!));
    const a = await contents(join(dir, 'printed.scored.xlsx'));
    const b = await contents(join(dir, 'named.scored.xlsx'));
    expect(a.sheets[0]).toEqual(b.sheets[0]);
  });

  it('scoring the scored copy again changes nothing', async () => {
    const once = join(dir, 'printed.scored.xlsx');
    const run = await runCli('score', once, '--out', join(dir, 'twice.xlsx'));
    expect(run.code).toBe(0);
    expect(await contents(join(dir, 'twice.xlsx'))).toEqual(await contents(once));
  });

  it('--no-detect requires names', async () => {
    const run = await runCli('score', input, '--no-detect', '--out', join(dir, 'none.xlsx'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('没有找到带 PE_* 名称的工作表');
  });
});

describe('perfscore on a national 项目支出绩效自评表 as published', () => {
  const dir = tempDir();
  const layout = nationalProject();

  it('scores the same with and without names, and lists what it did not find', async () => {
    const detected = await score(await writeLayout(layout, join(dir, 'plain.xlsx')));
    expect([detected.sheet!.total, detected.sheet!.profile, detected.sheet!.layout]).toEqual([
      97.5,
      'national-project',
      'detected',
    ]);
    const names = Object.entries(NATIONAL_NAMES).map(([name, range]) => ({
      name,
      formula: `'${layout.name}'!${range}`,
    }));
    const named = await score(
      await writeLayout(layout, join(dir, 'named.xlsx'), names),
      '--profile',
      'national-project',
    );
    expect(withoutLayout(detected.sheet!)).toEqual(withoutLayout(named.sheet!));
    expect(detected.stderr).toContain('未找到指标完成率列：不核对单位自报的完成率');
  });
});

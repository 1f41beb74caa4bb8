/**
 * The command line end to end, in-process: exit codes, --out, --sheet, folders, --summary, stdout
 * holding only JSON, errors as one line without a stack trace.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { join } from 'path';
import { setCells, tempDir, writeExample, writeWithNames } from '../fixtures/xlsx/build';
import { runCli } from './run-cli';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'tianhe-2023.xlsx');

function freshDir(files: Record<string, string | null> = {}): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    if (content === null) copyFileSync(EXAMPLE, join(dir, name));
    else writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** A workbook whose only sheet has some PE_* names but not PE_Actuals. */
async function writeIncomplete(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  setCells(workbook.addWorksheet('Sheet1'), { A1: '≥95%', B1: 1 });
  return writeWithNames(workbook, [{ name: 'PE_Targets', formula: 'Sheet1!$A$1:$A$1' }], path);
}

describe('exit status', () => {
  it('0 when a sheet was scored, the output beside the input', async () => {
    const dir = freshDir({ 'tianhe-2023.xlsx': null });
    const run = await runCli('score', join(dir, 'tianhe-2023.xlsx'));
    expect([run.code, run.stdout]).toEqual([0, '']);
    expect(existsSync(join(dir, 'tianhe-2023.scored.xlsx'))).toBe(true);
  });

  it('1 when a required name is missing, naming the sheet and the name', async () => {
    const dir = freshDir();
    const run = await runCli('score', await writeIncomplete(join(dir, 'partial.xlsx')));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('工作表 Sheet1 缺少 PE_Actuals');
    expect(existsSync(join(dir, 'partial.scored.xlsx'))).toBe(false);
  });

  it.each([
    ['a missing file', 'missing.xlsx', /文件不存在/],
    ['a text file', 'notes.xlsx', /不是有效的 \.xlsx 文件/],
  ])('1 for %s: one line, no stack trace', async (_label, name, message) => {
    const dir = freshDir({ 'notes.xlsx': 'just text' });
    const run = await runCli('score', join(dir, name));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });

  // Issue 8: a sheet without names is tried with detection; one without an indicator table says so.
  it('1 for a workbook without any PE_* name and no indicator table to detect', async () => {
    const dir = freshDir();
    const workbook = new ExcelJS.Workbook();
    setCells(workbook.addWorksheet('Sheet1'), { A1: 1 });
    const path = await writeWithNames(workbook, [], join(dir, 'plain.xlsx'));
    const run = await runCli('score', path);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('工作表 Sheet1 没有 PE_* 名称，也未能自动识别评分区域：未找到指标表的表头');
    const strict = await runCli('score', path, '--no-detect');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('没有找到带 PE_* 名称的工作表');
  });

  it('2 for bad usage: one line pointing at --help', async () => {
    const run = await runCli('score', 'a.xlsx', '--profile', 'nope');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('未知评分规则 nope');
    expect(run.stderr).toContain('--help');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('2 for --out a file with several inputs', async () => {
    const dir = freshDir({ 'a.xlsx': null, 'b.xlsx': null });
    const run = await runCli(
      'score',
      join(dir, 'a.xlsx'),
      join(dir, 'b.xlsx'),
      '--out',
      join(dir, 'one.xlsx'),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--out');
  });

  it('0 with --help and --version on stdout', async () => {
    const help = await runCli('--help');
    expect([help.code, help.stdout.includes('perfscore score')]).toEqual([0, true]);
    const version = await runCli('--version');
    expect([version.code, version.stdout.trim()]).toEqual([
      0,
      JSON.parse(readFileSync('package.json', 'utf8')).version,
    ]);
  });
});

describe('outputs', () => {
  it('--out a file', async () => {
    const dir = freshDir({ 'a.xlsx': null });
    const run = await runCli('score', join(dir, 'a.xlsx'), '--out', join(dir, 'result.xlsx'));
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['a.xlsx', 'result.xlsx']);
  });

  it('--out a file in a folder that does not exist yet (the folder is created)', async () => {
    const dir = freshDir({ 'a.xlsx': null });
    const run = await runCli('score', join(dir, 'a.xlsx'), '--out', join(dir, 'reports', 'result.xlsx'));
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'reports'))).toEqual(['result.xlsx']);
  });

  it('--out a folder (created when missing)', async () => {
    const dir = freshDir({ 'a.xlsx': null, 'b.xlsx': null });
    const out = join(dir, 'out');
    const run = await runCli('score', join(dir, 'a.xlsx'), join(dir, 'b.xlsx'), '--out', out);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a.scored.xlsx', 'b.scored.xlsx']);
  });

  it('refuses to write over an input (--out naming the input)', async () => {
    const dir = freshDir({ 'a.xlsx': null });
    const before = readFileSync(join(dir, 'a.xlsx'));
    const run = await runCli('score', join(dir, 'a.xlsx'), '--out', join(dir, 'a.xlsx'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('输出文件不能与输入文件相同');
    expect(readFileSync(join(dir, 'a.xlsx')).equals(before)).toBe(true);
  });

  it('leaves no temporary file behind', async () => {
    const dir = freshDir({ 'a.xlsx': null });
    await runCli('score', join(dir, 'a.xlsx'));
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('folders', () => {
  it('scores .xlsm workbooks too, writing <name>.scored.xlsm (the copy keeps its macros)', async () => {
    const dir = freshDir({ 'a.xlsx': null, 'old.scored.xlsm': null });
    copyFileSync(join(__dirname, '..', 'fixtures', 'packages', 'hand-macro.xlsm'), join(dir, 'm.xlsm'));
    const run = await runCli('score', dir, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files.map((f: { output: string }) => f.output)).toEqual([
      join(dir, 'a.scored.xlsx'),
      join(dir, 'm.scored.xlsm'),
    ]);
  });

  it('scores every .xlsx inside (not ~$ lock files, not earlier outputs, not subfolders), with progress on stderr', async () => {
    const dir = freshDir({
      'a.xlsx': null,
      'b.xlsx': null,
      '~$a.xlsx': 'lock',
      'old.scored.xlsx': null,
      'notes.txt': 'x',
    });
    mkdirSync(join(dir, 'sub'));
    copyFileSync(EXAMPLE, join(dir, 'sub', 'c.xlsx'));
    const run = await runCli('score', dir, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.files.map((f: { file: string }) => f.file)).toEqual([
      join(dir, 'a.xlsx'),
      join(dir, 'b.xlsx'),
    ]);
    expect(run.stderr).toContain(`[1/2] ${join(dir, 'a.xlsx')}`);
    expect(run.stderr).toContain(`[2/2] ${join(dir, 'b.xlsx')}`);
    expect(existsSync(join(dir, 'sub', 'c.scored.xlsx'))).toBe(false);
  });

  it('keeps going past an unreadable file and exits 0 when another was scored', async () => {
    const dir = freshDir({ 'a.xlsx': null, 'broken.xlsx': 'not a zip' });
    const run = await runCli('score', dir, '--json');
    expect(run.code).toBe(0);
    const files = JSON.parse(run.stdout).files;
    expect(
      files.map((f: { error?: string; sheets: unknown[] }) => [f.sheets.length, Boolean(f.error)]),
    ).toEqual([
      [1, false],
      [0, true],
    ]);
  });

  it('says so when a folder has no .xlsx file (exit 1)', async () => {
    const run = await runCli('score', freshDir({ 'x.txt': 'x' }));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('没有 .xlsx 文件');
  });
});

describe('--sheet', () => {
  async function twoSheets(path: string): Promise<string> {
    return writeExample(path, (_sheet, workbook) => {
      setCells(workbook.addWorksheet('说明'), { A1: '本表无评分' });
    });
  }

  it('scores only the named sheet', async () => {
    const dir = freshDir();
    const run = await runCli('score', await twoSheets(join(dir, 'a.xlsx')), '--sheet', '绩效指标', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files[0].sheets.map((s: { sheet: string }) => s.sheet)).toEqual([
      '绩效指标',
    ]);
  });

  it.each([
    ['不存在', /工作表 不存在 不存在/],
    ['说明', /工作表 说明 没有 PE_\* 名称/],
  ])('exits 1 for --sheet %s', async (sheet, message) => {
    const dir = freshDir();
    const run = await runCli('score', await twoSheets(join(dir, 'a.xlsx')), '--sheet', sheet);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });
});

describe('--summary and --profile', () => {
  it('writes one CSV row per scored sheet, UTF-8 with BOM, header first', async () => {
    const dir = freshDir({ 'a.xlsx': null, 'b,c.xlsx': null });
    const csv = join(dir, 'summary.csv');
    const run = await runCli('score', dir, '--summary', csv);
    expect(run.code).toBe(0);
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).split('\r\n')).toEqual([
      'file,sheet,total,grade,over150,under100,errors',
      `${join(dir, 'a.xlsx')},绩效指标,94.46,优,2,1,0`,
      `"${join(dir, 'b,c.xlsx')}",绩效指标,94.46,优,2,1,0`,
      '',
    ]);
  });

  it('never writes the summary over an input', async () => {
    const dir = freshDir({ 'a.xlsx': null });
    const before = readFileSync(join(dir, 'a.xlsx'));
    const run = await runCli('score', join(dir, 'a.xlsx'), '--summary', join(dir, 'a.xlsx'));
    expect(run.stderr).toContain('--summary 不能写到输入文件');
    expect(readFileSync(join(dir, 'a.xlsx')).equals(before)).toBe(true);
  });

  it('--profile national-project overrides PE_Profile', async () => {
    const dir = freshDir({ 'a.xlsx': null });
    const run = await runCli('score', join(dir, 'a.xlsx'), '--profile', 'national-project', '--json');
    const sheet = JSON.parse(run.stdout).files[0].sheets[0];
    expect(sheet.profile).toBe('national-project');
    expect(sheet.sections.map((s: { name: string; points: number }) => [s.name, s.points])).toEqual([
      ['产出指标', 50],
      ['效益指标', 30],
      ['满意度指标', 10],
      ['预算执行率', 10],
    ]);
  });
});

describe('several sheets and protection', () => {
  it('scores two sheets of one workbook, each with its own output sheets, in one output file', async () => {
    const dir = freshDir();
    const path = await writeExample(join(dir, 'two.xlsx'), (_sheet, workbook, names) => {
      const copy = workbook.addWorksheet('第二部门');
      workbook.worksheets[0].eachRow((row, r) =>
        row.eachCell((cell, c) => {
          copy.getCell(r, c).value = cell.value;
          copy.getCell(r, c).numFmt = cell.numFmt;
        }),
      );
      // Sheet-scoped names on each sheet (the same names can exist once per sheet).
      return [
        ...names.map((n) => ({ ...n, scope: '绩效指标' })),
        ...names.map((n) => ({
          ...n,
          scope: '第二部门',
          formula: n.formula.replace("'绩效指标'", "'第二部门'"),
        })),
      ];
    });
    const run = await runCli('score', path, '--json');
    expect(run.code).toBe(0);
    const sheets = JSON.parse(run.stdout).files[0].sheets;
    expect(sheets.map((s: { sheet: string; total: number }) => [s.sheet, s.total])).toEqual([
      ['绩效指标', 94.46],
      ['第二部门', 94.46],
    ]);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(join(dir, 'two.scored.xlsx'));
    expect(out.worksheets).toHaveLength(6);
  });

  it('refuses a protected sheet, writing nothing (exit 1)', async () => {
    const dir = freshDir();
    const path = await writeExample(join(dir, 'locked.xlsx'), (sheet) => {
      void sheet.protect('', {});
    });
    const run = await runCli('score', path);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('工作表受保护');
    expect(existsSync(join(dir, 'locked.scored.xlsx'))).toBe(false);
  });
});

describe('content the scorer does not own', () => {
  it('is kept byte for byte (here a chart part), with no notice about lost content', async () => {
    const dir = freshDir();
    const zip = await JSZip.loadAsync(readFileSync(EXAMPLE));
    const chart = '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';
    zip.file('xl/charts/chart1.xml', chart);
    const path = join(dir, 'chart.xlsx');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const run = await runCli('score', path);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('注意');
    const out = await JSZip.loadAsync(readFileSync(join(dir, 'chart.scored.xlsx')));
    expect(await out.file('xl/charts/chart1.xml')!.async('string')).toBe(chart);
  });
});

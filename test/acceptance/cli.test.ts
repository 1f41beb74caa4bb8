/**
 * Acceptance: the command line of docs/workbook-contract.md §3 — folders, several sheets,
 * --sheet, --out, --summary, exit codes 0/1/2, refusals and bad names reported by name.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  buildWorkbook,
  indicatorTable,
  namedCell,
  pct,
  sheetOf,
  type WorkbookSpec,
} from './support/build-workbook';
import { buildCli, perfscore, readRaw, tempDir } from './support/perfscore';
import { W01, W12 } from './workbooks';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

const dir = tempDir('cli');
const write = async (rel: string, spec: WorkbookSpec) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), await buildWorkbook(spec));
};
const exists = (rel: string) => fs.existsSync(path.join(dir, rel));

/** A small complete sheet (sheet-scoped names), optionally without PE_Actuals. */
function minimalSheet(name: string, withActuals = true) {
  const scope = { sheet: name, scope: 'sheet' as const };
  const cols = withActuals
    ? { category: 'A', target: 'C', actual: 'D', weight: 'E' }
    : { category: 'A', target: 'C', weight: 'E' };
  return sheetOf(
    name,
    indicatorTable(scope, 2, cols, [
      { category: '数量指标', target: '≥10', actual: 10, weight: 20 },
      { category: '社会效益', target: '≥10', actual: 10, weight: 20 },
    ]),
    namedCell(scope, 'PE_BudgetRate', 'H2', pct(1)),
  );
}

beforeAll(async () => {
  buildCli();
  await write('W01.xlsx', W01.spec);
  await write('W12.xlsx', W12.spec);
  await write('batch/W01.xlsx', W01.spec);
  await write('batch/W12.xlsx', W12.spec);
  const missing = minimalSheet('Sheet1', false);
  await write('W13.xlsx', { sheets: [missing.sheet], names: missing.names });
  const good = minimalSheet('Good');
  await write('W13b.xlsx', { sheets: [missing.sheet, good.sheet], names: [...missing.names, ...good.names] });
  await write('nonames.xlsx', { sheets: [{ name: 'Sheet1', cells: { A1: '目标', B1: '≥10' } }], names: [] });
  fs.writeFileSync(path.join(dir, 'text.xlsx'), '这不是工作簿\n');
}, 240000);

describe('exit status', () => {
  test.each([
    ['no input at all', 2, []],
    ['an unknown option', 2, ['W01.xlsx', '--frobnicate']],
    ['an unknown profile', 2, ['W01.xlsx', '--profile', 'shanghai']],
    ['a file that does not exist', 1, ['nope.xlsx']],
    ['a text file named .xlsx', 1, ['text.xlsx']],
    ['a workbook without any PE_* name', 1, ['nonames.xlsx']],
    ['a sheet lacking the required PE_Actuals', 1, ['W13.xlsx']],
    ['one good sheet beside a refused one', 0, ['W13b.xlsx']],
    ['a workbook that scores', 0, ['W01.xlsx']],
  ] as [string, number, string[]][])('%s → exit %i', (_what, status, args) => {
    expect(perfscore(dir, args).status).toBe(status);
  });
});

describe('refusals are reported by name', () => {
  test('W13: "工作表 Sheet1 缺少 PE_Actuals", nothing written', () => {
    const run = perfscore(dir, ['W13.xlsx']);
    expect(run.stderr).toContain('工作表 Sheet1 缺少 PE_Actuals');
    expect(exists('W13.scored.xlsx')).toBe(false);
  });

  test('W13b: the good sheet is scored, the other one still reported; JSON only lists scored sheets', () => {
    const run = perfscore(dir, ['W13b.xlsx', '--json']);
    expect(run.stderr).toContain('工作表 Sheet1 缺少 PE_Actuals');
    const json = JSON.parse(run.stdout);
    expect(json.files[0].sheets.map((s: Json) => [s.sheet, s.total])).toEqual([['Good', 100]]);
  });
});

describe('bad names are findings naming the name', () => {
  test('W14: PE_Weights → #REF!, PE_Names two areas, PE_ReportedRates two columns, PE_ManualScores too tall', async () => {
    const good = minimalSheet('S');
    const spec: WorkbookSpec = {
      sheets: [good.sheet],
      names: [
        ...good.names.filter((n) => n.name !== 'PE_Weights'),
        { name: 'PE_Weights', ref: '#REF!', sheet: 'S' },
        { name: 'PE_Names', ref: "'S'!$B$2:$B$3,'S'!$F$2:$F$3", sheet: 'S' },
        { name: 'PE_ReportedRates', ref: "'S'!$F$2:$G$3", sheet: 'S' },
        { name: 'PE_ManualScores', ref: "'S'!$J$2:$J$4", sheet: 'S' }, // 3 rows, the block has 2
      ],
    };
    await write('W14.xlsx', spec);
    const run = perfscore(dir, ['W14.xlsx', '--json']);
    let findings = '';
    try {
      findings = JSON.stringify(JSON.parse(run.stdout).files[0].sheets.map((s: Json) => s.findings));
    } catch {
      findings = '';
    }
    for (const name of ['PE_Weights', 'PE_Names', 'PE_ReportedRates', 'PE_ManualScores']) {
      expect({ name, named: (findings + run.stderr).includes(name) }).toEqual({ name, named: true });
    }
    if (findings) {
      const parsed: Json[] = JSON.parse(findings).flat();
      for (const name of ['PE_Weights', 'PE_Names', 'PE_ReportedRates', 'PE_ManualScores']) {
        const f = parsed.find((x) => x.cell === name || String(x.message).includes(name));
        expect({ name, level: f?.level }).toEqual({ name, level: 'error' });
      }
    }
  });
});

describe('outputs', () => {
  test('default output is <input>.scored.xlsx beside the input; the JSON says so', () => {
    const run = perfscore(dir, ['W01.xlsx', '--json']);
    expect(JSON.parse(run.stdout).files[0].output).toBe('W01.scored.xlsx');
    expect(exists('W01.scored.xlsx')).toBe(true);
  });

  test('--out <file.xlsx> writes exactly there', () => {
    fs.mkdirSync(path.join(dir, 'custom'), { recursive: true });
    const run = perfscore(dir, ['W12.xlsx', '--out', 'custom/named.xlsx', '--json']);
    expect(run.status).toBe(0);
    expect(exists('custom/named.xlsx')).toBe(true);
    expect(exists('W12.scored.xlsx')).toBe(false);
    expect(path.basename(JSON.parse(run.stdout).files[0].output)).toBe('named.xlsx');
  });

  test('--sheet scores only that sheet and leaves the other one alone', async () => {
    const run = perfscore(dir, ['W12.xlsx', '--sheet', 'B组', '--out', 'only-b.xlsx', '--json']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.files[0].sheets.map((s: Json) => [s.sheet, s.total, s.grade])).toEqual([['B组', 95, '优']]);
    const raw = await readRaw(path.join(dir, 'only-b.xlsx'));
    const outColumns = ['PE_OutRates', 'PE_OutScores', 'PE_OutFlags', 'PE_OutNotes'];
    const defined = raw.names.filter((n) => outColumns.includes(n.name));
    expect(defined.map((n) => n.ref.startsWith("'B组'!") || n.ref.startsWith('B组!'))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(raw.names.filter((n) => n.scope === 'A组' && n.name.startsWith('PE_Out'))).toEqual([]);
  });

  test('both scorable sheets of one file are scored (W12), a cover sheet is ignored', () => {
    const run = perfscore(dir, ['W12.xlsx', '--out', 'both.xlsx', '--json']);
    const sheets = JSON.parse(run.stdout).files[0].sheets.map((s: Json) => [s.sheet, s.total]);
    expect(sheets).toEqual([
      ['A组', 90],
      ['B组', 95],
    ]);
    expect(run.stderr).not.toContain('Cover');
  });
});

describe('inputs are never modified', () => {
  test('--out naming the input itself does not touch the input', async () => {
    await write('self.xlsx', W01.spec);
    const before = fs.readFileSync(path.join(dir, 'self.xlsx'));
    const run = perfscore(dir, ['self.xlsx', '--out', 'self.xlsx']);
    expect(fs.readFileSync(path.join(dir, 'self.xlsx')).equals(before)).toBe(true);
    expect(run.status).not.toBe(0);
  });

  test('--sheet naming a sheet that does not exist scores nothing (exit ≠ 0)', () => {
    expect(perfscore(dir, ['W12.xlsx', '--sheet', '不存在', '--out', 'none.xlsx']).status).not.toBe(0);
  });
});

describe('a batch with one unreadable file', () => {
  test('the good file is scored and the exit status is 0', async () => {
    await write('mixed/good.xlsx', W01.spec);
    fs.writeFileSync(path.join(dir, 'mixed', 'broken.xlsx'), 'not a zip');
    const run = perfscore(dir, ['mixed', '--json']);
    expect(run.status).toBe(0);
    const files = JSON.parse(run.stdout).files;
    const good = files.find((f: Json) => path.basename(f.file) === 'good.xlsx');
    expect(good.sheets.map((s: Json) => s.total)).toEqual([94.93]);
    expect(run.stderr).toContain('broken.xlsx');
  });
});

describe('a folder batch with --summary', () => {
  let run: ReturnType<typeof perfscore>;
  beforeAll(() => {
    run = perfscore(dir, ['batch', '--json', '--summary', 'summary.csv']);
  });

  test('every workbook in the folder is scored; outputs beside the inputs', () => {
    expect(run.status).toBe(0);
    const files = JSON.parse(run.stdout).files;
    expect(files.map((f: Json) => path.basename(f.file)).sort()).toEqual(['W01.xlsx', 'W12.xlsx']);
    expect(exists('batch/W01.scored.xlsx') && exists('batch/W12.scored.xlsx')).toBe(true);
  });

  test('the summary has one row per scored sheet: file, sheet, total, grade, over150, under100, errors', () => {
    const lines = fs
      .readFileSync(path.join(dir, 'summary.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '');
    const rows = lines.map((l) => l.split(',')).filter((f) => ['绩效 表', 'A组', 'B组'].includes(f[1]));
    const view = rows.map(([file, sheet, total, grade, over150, under100, errors]) => [
      path.basename(file),
      sheet,
      Number(total),
      grade,
      Number(over150),
      Number(under100),
      Number(errors),
    ]);
    expect(view.sort()).toEqual(
      [
        ['W01.xlsx', '绩效 表', 94.93, '优', 1, 1, 0],
        ['W12.xlsx', 'A组', 90, '优', 1, 0, 0],
        ['W12.xlsx', 'B组', 95, '优', 0, 1, 0],
      ].sort(),
    );
    expect(lines.length - rows.length).toBeLessThanOrEqual(1); // at most a header line
  });

  test('--out <folder> puts every output into the folder', () => {
    const r = perfscore(dir, ['batch', '--out', 'outdir']);
    expect(r.status).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'outdir')).sort()).toEqual(['W01.scored.xlsx', 'W12.scored.xlsx']);
  });
});

describe('--json keeps stdout for JSON only', () => {
  test('stdout parses as one JSON document; the human summary goes to stderr', () => {
    const r = perfscore(dir, ['W01.xlsx', '--json', '--out', 'json-only.xlsx']);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toContain('94.93');
  });
});

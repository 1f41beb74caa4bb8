/**
 * Golden: the example workbook through the command line reproduces every number the 2023 天河 self
 * evaluation publishes, both in the --json result and in the cells of the written .xlsx.
 */
import ExcelJS from 'exceljs';
import { copyFileSync } from 'fs';
import { join } from 'path';
import type { RunJson, SheetJson } from '../../src/cli/json';
import { HIGHLIGHT } from '../../src/workbook';
import { tempDir } from '../fixtures/xlsx/build';
import { runCli, type CliRun } from './run-cli';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'tianhe-2023.xlsx');

let run: CliRun;
let sheet: SheetJson;
let json: RunJson;
let output: ExcelJS.Workbook;
let input: string;

beforeAll(async () => {
  const dir = tempDir();
  input = join(dir, 'tianhe-2023.xlsx');
  copyFileSync(EXAMPLE, input);
  run = await runCli('score', input, '--json');
  if (run.code !== 0) throw new Error(run.stderr);
  json = JSON.parse(run.stdout) as RunJson;
  sheet = json.files[0].sheets[0];
  output = new ExcelJS.Workbook();
  await output.xlsx.readFile(join(dir, 'tianhe-2023.scored.xlsx'));
});

describe('perfscore score examples/tianhe-2023.xlsx --json', () => {
  it('exits 0 and prints only JSON on stdout', () => {
    expect(run.code).toBe(0);
    expect(json.files).toHaveLength(1);
    expect(json.files[0].output).toBe(input.replace(/\.xlsx$/, '.scored.xlsx'));
    expect(json.files[0].sheets.map((s) => s.sheet)).toEqual(['绩效指标']);
  });

  it.each([
    ['产出指标', 20, 20],
    ['效益指标', 20, 18.98],
    ['预算执行率', 10, 9.94],
    ['管理效率', 50, 45.54],
  ])('section %s: %d points, scores %s', (name, points, score) => {
    expect(sheet.sections.find((s) => s.name === name)).toEqual({ name, points, score });
  });

  it.each([
    ['履职效能', 50, 48.92],
    ['管理效率', 50, 45.54],
  ])('group %s: %d points, scores %s', (name, points, score) => {
    expect(sheet.groups.find((g) => g.name === name)).toEqual({ name, points, score });
  });

  it('totals 94.46, grade 优, complete, profile guangzhou-dept', () => {
    expect([sheet.total, sheet.grade, sheet.complete, sheet.profile]).toEqual([
      94.46,
      '优',
      true,
      'guangzhou-dept',
    ]);
  });

  it('flags over150 on exactly 区政务服务中心服务人数 and "天河e企查"系统业务量, at half their weight', () => {
    const over = sheet.indicators.filter((i) => i.flag === 'over150');
    expect(over.map((i) => [i.cell, i.name, i.score])).toEqual([
      ['E13', '区政务服务中心服务人数', 0.5],
      ['E21', '"天河e企查"系统业务量', 0.5],
    ]);
    expect(over[0].rate).toBe(2.148375);
  });

  it('scores 区政务服务事项可网办率 0.98 (under100) and every other indicator in full', () => {
    const under = sheet.indicators.filter((i) => i.flag === 'under100');
    expect(under.map((i) => [i.cell, i.name, i.score, i.weight])).toEqual([
      ['E17', '区政务服务事项可网办率', 0.98, 1],
    ]);
    const ok = sheet.indicators.filter((i) => i.flag === 'ok');
    expect(ok).toHaveLength(21);
    for (const row of ok) expect(row.score).toBe(row.weight);
  });

  it('reports the six reported-rate mismatches as warnings on column F', () => {
    expect(sheet.findings.map((f) => [f.level, f.cell])).toEqual(
      ['F8', 'F9', 'F19', 'F20', 'F25', 'F26'].map((cell) => ['warning', cell]),
    );
    expect(sheet.findings[0].message).toContain('105.16%');
  });

  it('lists the four 管理效率 deductions (−4.46)', () => {
    expect(sheet.deductions.map((d) => [d.item, d.points, d.deducted])).toEqual([
      ['采购合同签订时效性', 2, 2],
      ['合同备案时效性', 1, 1],
      ['采购政策效能', 1, 0.46],
      ['资产盘点情况', 1, 1],
    ]);
  });

  it('has exactly the contract fields', () => {
    expect(Object.keys(sheet).sort()).toEqual(
      [
        'complete',
        'deductions',
        'findings',
        'grade',
        'groups',
        'indicators',
        'layout',
        'profile',
        'ranges',
        'rules',
        'sections',
        'sheet',
        'total',
      ].sort(),
    );
    expect(Object.keys(sheet.indicators[0]).sort()).toEqual([
      'cell',
      'flag',
      'name',
      'note',
      'rate',
      'reason',
      'score',
      'section',
      'suggestedTarget',
      'suggestionReason',
      'weight',
    ]);
    expect(Object.keys(sheet.deductions[0]).sort()).toEqual(['deducted', 'item', 'points', 'reason']);
    expect(Object.keys(sheet.findings[0]).sort()).toEqual(['cell', 'level', 'message']);
  });

  it('prints a readable summary on stderr', () => {
    expect(run.stderr).toContain(
      '产出 20.00 / 20，效益 18.98 / 20，预算执行率 9.94 / 10，履职效能 48.92 / 50，管理效率 45.54 / 50',
    );
    expect(run.stderr).toContain('总分 94.46 优');
    expect(run.stderr).toMatch(/E13 区政务服务中心服务人数 214\.84%/);
    expect(run.stderr).toMatch(/E17 区政务服务事项可网办率 97\.99%/);
  });
});

describe('the written .xlsx', () => {
  const cell = (sheetName: string, address: string) => output.getWorksheet(sheetName)!.getCell(address);
  const fillOf = (address: string) => {
    const fill = cell('绩效指标', address).fill;
    return fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
  };

  it('has the scored sheet followed by the two output sheets', () => {
    expect(output.worksheets.map((s) => s.name)).toEqual(['绩效指标', '评分汇总', '扣分明细']);
  });

  it('writes 完成率 / 得分 / 标记 / 说明 in I:L, headers in row 2 (H holds 备注)', () => {
    expect(['I2', 'J2', 'K2', 'L2'].map((a) => cell('绩效指标', a).value)).toEqual([
      '完成率',
      '得分',
      '标记',
      '说明',
    ]);
    expect([cell('绩效指标', 'I13').value, cell('绩效指标', 'I13').numFmt]).toEqual([2.1484, '0.00%']);
    expect(['J13', 'J17', 'J21', 'J3'].map((a) => cell('绩效指标', a).value)).toEqual([0.5, 0.98, 0.5, 2.5]);
    expect(['K13', 'K17', 'K21', 'K3'].map((a) => cell('绩效指标', a).value)).toEqual([
      '需调整目标',
      '未完成',
      '需调整目标',
      null,
    ]);
    expect(String(cell('绩效指标', 'L17').value)).toContain('0.98');
  });

  it('fills the over150 flag and target cells strongly and the under100 flag lightly, nothing else', () => {
    const strong = `FF${HIGHLIGHT.strong.slice(1)}`;
    const light = `FF${HIGHLIGHT.light.slice(1)}`;
    expect(['K13', 'D13', 'K21', 'D21', 'K17'].map(fillOf)).toEqual([strong, strong, strong, strong, light]);
    const filled: string[] = [];
    output.getWorksheet('绩效指标')!.eachRow((row) =>
      row.eachCell((c) => {
        const fill = c.fill;
        if (fill?.type === 'pattern' && fill.pattern === 'solid') filled.push(c.address);
      }),
    );
    expect(filled.sort()).toEqual(['D13', 'D21', 'K13', 'K17', 'K21']);
  });

  it('writes the totals on 评分汇总 and the deductions on 扣分明细', () => {
    const summary: unknown[][] = [];
    output.getWorksheet('评分汇总')!.eachRow((row) => summary.push((row.values as unknown[]).slice(1)));
    const line = (label: string) => summary.find((r) => r.includes(label));
    expect(line('履职效能')?.slice(-2)).toEqual([50, 48.92]);
    expect(line('效益指标')?.slice(-2)).toEqual([20, 18.98]);
    expect(line('预算执行率')?.slice(2, 4)).toEqual([10, 9.94]);
    expect(line('自评得分')?.slice(-2)).toEqual([100, 94.46]);
    expect(line('优')).toBeDefined();
    const deductions: unknown[][] = [];
    output.getWorksheet('扣分明细')!.eachRow((row) => deductions.push((row.values as unknown[]).slice(1)));
    expect(deductions.some((r) => r.includes('采购政策效能') && r.includes(0.46))).toBe(true);
  });
});

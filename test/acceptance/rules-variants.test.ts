/**
 * Acceptance: the worked examples of docs/scoring-rules.md §13.6, one per PE_Rules variant. Each is a
 * small .xlsx with a PE_Rules block, scored by the real command line (`node bin/perfscore.js score
 * … --json`); the figures are the ones that jurisdiction would publish, computed by hand in the docs.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  buildWorkbook,
  indicatorTable,
  namedCell,
  pct,
  plain,
  ref,
  sheetOf,
  type CellSpec,
  type Field,
} from './support/build-workbook';
import { buildCli, perfscore, tempDir } from './support/perfscore';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

const SHEET = '绩效自评表';
const scope = { sheet: SHEET, scope: 'sheet' as const };
const dir = tempDir('rules');

type Row = Partial<Record<Field, CellSpec>>;

/** The common table (docs §13.6): weights per variant, null leaves the row out. */
function table(weights: Array<number | null>, extra: Row[] = []): Row[] {
  const rows: Row[] = [
    { category: '数量指标', name: '采购设备数量', target: '≥100台', actual: '96台' },
    { category: '质量指标', name: '设备验收合格率', target: '≥95%', actual: pct(0.93) },
    { category: '时效指标', name: '资金拨付及时率', target: '100%', actual: pct(1) },
    { category: '社会效益指标', name: '受益群众人次', target: '≥5000人次', actual: '4870人次' },
    { category: '满意度指标', name: '服务对象满意度', target: '≥90%', actual: pct(0.88) },
    ...extra,
  ];
  return rows.map((row, i) => ({ ...row, weight: weights[i] })).filter((_, i) => weights[i] !== null);
}

/** An indicator over 150% (420 ÷ 200 = 210%). */
const JOBS: Row = { category: '经济效益指标', name: '带动就业人数', target: '≥200人', actual: '420人' };

interface Variant {
  id: string;
  rows: Row[];
  rules: Array<[string, CellSpec]>;
  budget: boolean;
}

async function score(v: Variant): Promise<Json> {
  const ruleCells: Record<string, CellSpec> = { K3: '设置', L3: '值' };
  v.rules.forEach(([setting, value], i) => {
    ruleCells[`K${i + 4}`] = setting;
    ruleCells[`L${i + 4}`] = value;
  });
  const parts = [
    plain({
      A1: `${v.id}绩效自评表`,
      B3: '二级指标',
      C3: '三级指标',
      D3: '年度指标值',
      E3: '实际完成值',
      F3: '分值',
    }),
    indicatorTable(scope, 4, { category: 'B', name: 'C', target: 'D', actual: 'E', weight: 'F' }, v.rows),
    plain(ruleCells),
    ...(v.budget
      ? [
          namedCell(scope, 'PE_BudgetPlanned', 'H4', '200万元'),
          namedCell(scope, 'PE_BudgetSpent', 'H5', '187.5万元'),
        ]
      : []),
  ];
  const built = sheetOf(SHEET, ...parts);
  const rulesName = { name: 'PE_Rules', ref: ref(SHEET, 'K3', `L${v.rules.length + 3}`), sheet: SHEET };
  const file = `${v.id}.xlsx`;
  fs.writeFileSync(
    path.join(dir, file),
    await buildWorkbook({ sheets: [built.sheet], names: [...built.names, rulesName] }),
  );
  const run = perfscore(dir, [file, '--json']);
  if (run.status !== 0) throw new Error(`${v.id}: exit ${run.status}\n${run.stderr}`);
  return JSON.parse(run.stdout).files[0].sheets[0];
}

const lines = (s: Json) => s.sections.map((x: Json) => [x.name, x.points, x.score]);
const scores = (s: Json) => s.indicators.map((i: Json) => i.score);
const changed = (s: Json) => s.rules.changed.map((c: Json) => [c.label, c.value]);

beforeAll(() => buildCli(), 240000);

test('河北: whole points, half-up (base national-project)', async () => {
  const s = await score({
    id: '河北',
    rows: table([20, 15, 15, 30, 10]),
    rules: [
      ['基础规则', 'national-project'],
      ['小数位', 0],
      ['取舍', '四舍五入'],
    ],
    budget: true,
  });
  expect(changed(s)).toEqual([['小数位', '0']]);
  expect(scores(s)).toEqual([19, 15, 15, 29, 10]);
  expect(s.indicators[1].note).toBe('完成率97.89%，按分值15分×97.89%计15分');
  expect(lines(s)).toEqual([
    ['产出指标', 50, 49],
    ['效益指标', 30, 29],
    ['满意度指标', 10, 10],
    ['预算执行率', 10, 9],
  ]);
  expect([s.total, s.grade]).toEqual([97, '优']);
});

test('山西: whole points cut down', async () => {
  const s = await score({
    id: '山西整数',
    rows: table([20, 15, 15, 30, 10]),
    rules: [
      ['base', 'national-project'],
      ['decimals', 0],
      ['rounding', 'down'],
    ],
    budget: true,
  });
  expect(changed(s)).toEqual([
    ['小数位', '0'],
    ['取舍', 'down'],
  ]);
  expect(scores(s)).toEqual([19, 14, 15, 29, 9]);
  expect(lines(s).map((l: Json[]) => l[2])).toEqual([48, 29, 9, 9]);
  expect([s.total, s.grade]).toEqual([95, '优']);
});

test('山西: one decimal cut down', async () => {
  const s = await score({
    id: '山西一位',
    rows: table([20, 15, 15, 30, 10]),
    rules: [
      ['基础规则', 'national-project'],
      ['小数位', 1],
      ['取舍', '去尾'],
    ],
    budget: true,
  });
  expect(scores(s)).toEqual([19.2, 14.6, 15, 29.2, 9.7]);
  expect(s.indicators[1].note).toBe('完成率97.89%，按分值15分×97.89%计14.6分');
  expect(lines(s).map((l: Json[]) => l[2])).toEqual([48.8, 29.2, 9.7, 9.3]);
  expect([s.total, s.grade]).toEqual([97, '优']);
});

test('云南: budget line 20 points, 80 for the indicators, whole points cut down', async () => {
  const s = await score({
    id: '云南',
    rows: table([15, 15, 10, 30, 10]),
    rules: [
      ['基础规则', 'national-project'],
      ['产出指标', 40],
      ['预算执行率', 20],
      ['小数位', 0],
      ['取舍', '去尾'],
    ],
    budget: true,
  });
  expect(changed(s)).toEqual([
    ['产出指标', '40'],
    ['预算执行率', '20'],
    ['小数位', '0'],
    ['取舍', 'down'],
  ]);
  expect(scores(s)).toEqual([14, 14, 10, 29, 9]);
  expect(lines(s)).toEqual([
    ['产出指标', 40, 38],
    ['效益指标', 30, 29],
    ['满意度指标', 10, 9],
    ['预算执行率', 20, 18],
  ]);
  expect([s.total, s.grade]).toEqual([94, '优']);
});

test('宁夏: 产出 40 / 效益 40 / 满意度 20, no budget line', async () => {
  const s = await score({
    id: '宁夏',
    rows: table([20, 20, null, 20, 20, 20], [JOBS]),
    rules: [
      ['基础规则', 'national-project'],
      ['产出指标', 40],
      ['效益指标', 40],
      ['满意度指标', 20],
      ['预算执行率', 0],
    ],
    budget: false,
  });
  expect(scores(s)).toEqual([19.2, 19.58, 19.48, 19.56, 20]);
  expect(s.indicators[4].flag).toBe('over150');
  expect(s.indicators[4].note).toBe('完成率210.00%，超过150%，仍计满分20.00分（目标设置偏低，需调整目标）');
  expect(lines(s)).toEqual([
    ['产出指标', 40, 38.78],
    ['效益指标', 40, 39.48],
    ['满意度指标', 20, 19.56],
  ]);
  expect([s.total, s.grade, s.complete]).toEqual([97.82, '优', true]);
  expect(s.findings.filter((f: Json) => f.level !== 'info')).toEqual([]);
});

test('四川: budget 10 with 90 for the indicators (base guangzhou-dept, 满意度 added, 管理效率 removed)', async () => {
  const s = await score({
    id: '四川',
    rows: table([20, 20, null, 20, 10, 20], [JOBS]),
    rules: [
      ['产出指标', 40],
      ['效益指标', 40],
      ['满意度指标', 10],
      ['预算执行率', 10],
      ['管理效率', 0],
    ],
    budget: true,
  });
  expect(s.profile).toBe('guangzhou-dept');
  expect(changed(s)).toEqual([
    ['产出指标', '40'],
    ['效益指标', '40'],
    ['满意度指标', '10'],
    ['管理效率', '0'],
  ]);
  expect(scores(s)).toEqual([19.2, 19.58, 19.48, 9.78, 10]);
  expect(s.indicators[3].section).toBe('满意度指标');
  expect(s.indicators[4].note).toBe('完成率210.00%，超过150%，按分值的一半计10.00分');
  expect(lines(s)).toEqual([
    ['产出指标', 40, 38.78],
    ['效益指标', 40, 29.48],
    ['满意度指标', 10, 9.78],
    ['预算执行率', 10, 9.38],
  ]);
  expect(s.groups).toEqual([{ name: '履职效能', points: 100, score: 87.42 }]);
  expect([s.total, s.grade]).toEqual([87.42, '良']);
});

/**
 * Done-when: a national 项目支出绩效自评表 as published scores the same with and without names, and
 * a second run changes nothing.
 */
import { detectLayout } from '../../../src/workbook/detect';
import { planScoring } from '../../../src/workbook';
import type { PlannedRun, WritePlan } from '../../../src/workbook/types';
import { applyPlan, snapshotOf, type FakeWorkbook } from '../helpers/fakeWorkbook';
import { gridOfLayout, workbookOf } from './layout';
import { NATIONAL_NAMES, nationalProject } from './national';

const layout = nationalProject();
const SHEET = layout.name;
const ref = (range: string) => `'${SHEET}'!${range}`;

function plan(workbook: FakeWorkbook, options: Parameters<typeof planScoring>[1]): PlannedRun {
  const planned = planScoring(snapshotOf(workbook, SHEET), options);
  if (!planned.ok) throw new Error(planned.refusal.message);
  return planned.run;
}

describe('a national 项目支出绩效自评表 as published', () => {
  const detection = detectLayout(gridOfLayout(layout), SHEET);

  it('proposes the split target, the 年度资金总额 row and the national profile, each with its source', () => {
    const found = Object.fromEntries(
      detection.parts.filter((p) => p.status === 'found').map((p) => [p.name, p.reference]),
    );
    expect(found).toEqual(Object.fromEntries(Object.entries(NATIONAL_NAMES).map(([n, r]) => [n, ref(r)])));
    const targets = detection.parts.find((p) => p.name === 'PE_Targets')!;
    expect(targets.header).toBe('年度指标值（指标性质 | 指标值 | 度量单位）');
    expect(detection.parts.find((p) => p.name === 'PE_BudgetPlanned')?.header).toBe('全年预算数');
    expect(detection.parts.find((p) => p.name === 'PE_BudgetSpent')?.header).toBe('全年执行数');
    expect(detection.profile.id).toBe('national-project');
    expect(detection.profile.reason).toMatch(/项目支出.*满意度指标.*执行率/);
    expect(detection.table).toEqual({ headerTop: 10, headerBottom: 11, firstRow: 12, lastRow: 22 });
    const mgmt = detection.parts.find((p) => p.name === 'PE_MgmtItems')!;
    expect([mgmt.status, mgmt.consequence]).toEqual(['not-found', null]);
  });

  const detected = plan(workbookOf(layout), { detect: true });
  const names = Object.entries(NATIONAL_NAMES).map(([name, range]) => ({
    name,
    scope: 'workbook' as const,
    formula: ref(range),
  }));
  const named = plan(workbookOf(layout, names), { profile: 'national-project' });

  it('scores every row, skipping the placeholders, with the bare actuals read in the unit column', () => {
    expect(detected.result.profile).toBe('national-project');
    expect(detected.result.sections.map((s) => [s.name, s.score])).toEqual([
      ['产出指标', 50],
      ['效益指标', 28],
      ['满意度指标', 10],
      ['预算执行率', 9.5],
    ]);
    expect([detected.result.total, detected.result.grade, detected.result.complete]).toEqual([
      97.5,
      '优',
      true,
    ]);
    expect(detected.result.counts).toMatchObject({ indicators: 8, errors: 0 });
    expect(detected.result.findings.filter((f) => f.level === 'error')).toEqual([]);
  });

  it('scores the same with and without names', () => {
    const strip = (run: PlannedRun) => ({
      ...run.result,
      findings: run.result.findings.map((f) => f.message),
    });
    expect(strip(detected)).toEqual(strip(named));
    expect(detected.plan.blocks).toEqual(named.plan.blocks);
    expect(detected.plan.fills).toEqual(named.plan.fills);
  });

  it('a second run keeps the national profile (recorded on 评分汇总) and changes nothing', () => {
    const once = applyPlan(workbookOf(layout), detected.plan);
    const second = plan(once, { detect: true });
    expect([second.layout, second.result.profile, second.result.total]).toEqual([
      'names',
      'national-project',
      97.5,
    ]);
    const comparable = (p: WritePlan) => ({
      ...p,
      names: [],
      sheets: p.sheets.map((s) => ({ ...s, create: false })),
    });
    expect(comparable(second.plan)).toEqual(comparable(detected.plan));
    expect(applyPlan(once, second.plan)).toEqual(once);
  });
});

describe('input names deleted by hand after a detected run (the scorer’s PE_Out* names kept)', () => {
  it('detects the same ranges again: the scorer’s own 完成率 column is never read as the table’s', () => {
    const first = plan(workbookOf(layout), { detect: true });
    const once = applyPlan(workbookOf(layout), first.plan);
    const withoutInputs = { ...once, names: once.names.filter((n) => n.name.startsWith('PE_Out')) };
    const again = plan(withoutInputs, { detect: true });
    expect(again.layout).toBe('detected');
    expect(again.ranges).toEqual(first.ranges);
    expect(again.ranges.PE_ReportedRates).toBeUndefined();
    expect(again.result.total).toBe(97.5);
  });
});

/**
 * Done-when: the seed's table as printed, without names, scores 94.46 优 through planScoring with
 * detection, identically to the same sheet carrying the names; the run defines the names
 * (sheet-scoped) and says so on 评分汇总; a second run changes nothing.
 */
import { detectLayout } from '../../../src/workbook/detect';
import { planScoring } from '../../../src/workbook';
import type { PlannedRun, WritePlan } from '../../../src/workbook/types';
import { buildExampleSheet } from '../../../src/workbook/example';
import { a1 } from '../../../src/workbook/references';
import { applyPlan, gridOf, snapshotOf, type FakeWorkbook } from '../helpers/fakeWorkbook';
import { gridOfLayout, workbookOf } from './layout';
import { seedPrinted } from './seedPrinted';

const layout = seedPrinted();
const SHEET = layout.name;
const q = `'${SHEET}'!`;

const EXPECTED: Record<string, string> = {
  PE_Targets: `${q}$D$4:$D$27`,
  PE_Actuals: `${q}$E$4:$E$27`,
  PE_Weights: `${q}$G$4:$G$27`,
  PE_Categories: `${q}$B$4:$B$27`,
  PE_Names: `${q}$C$4:$C$27`,
  PE_ReportedRates: `${q}$F$4:$F$27`,
  PE_Reasons: `${q}$H$4:$H$27`,
  PE_BudgetPlanned: `${q}$B$31`,
  PE_BudgetSpent: `${q}$B$32`,
  PE_MgmtItems: `${q}$A$36:$A$39`,
  PE_MgmtWeights: `${q}$B$36:$B$39`,
  PE_MgmtValues: `${q}$C$36:$C$39`,
  PE_MgmtRules: `${q}$D$36:$D$39`,
};

function plan(workbook: FakeWorkbook, detect = true): PlannedRun {
  const planned = planScoring(snapshotOf(workbook, SHEET), { detect });
  if (!planned.ok) throw new Error(planned.refusal.message);
  return planned.run;
}

describe('the seed table as printed, without names', () => {
  const detection = detectLayout(gridOfLayout(layout), SHEET);

  it('proposes every part, each from its header, and the Guangzhou profile because of 管理效率', () => {
    const found = Object.fromEntries(
      detection.parts.filter((p) => p.status === 'found').map((p) => [p.name, p.reference]),
    );
    expect(found).toEqual(EXPECTED);
    expect(detection.parts.find((p) => p.name === 'PE_Targets')?.header).toBe('年度目标值');
    expect(detection.parts.find((p) => p.name === 'PE_BudgetPlanned')?.header).toBe('年度预算（万元）');
    expect(detection.profile.id).toBe('guangzhou-dept');
    expect(detection.profile.reason).toContain('管理效率');
    expect(detection.ok).toBe(true);
  });

  const first = plan(workbookOf(layout));

  it('scores 94.46 优 with every section of the seed', () => {
    expect(first.layout).toBe('detected');
    expect([first.result.total, first.result.grade, first.result.complete]).toEqual([94.46, '优', true]);
    expect(first.result.sections.map((s) => s.score)).toEqual([20, 18.98, 9.94, 45.54]);
    expect(first.result.groups.map((g) => g.score)).toEqual([48.92, 45.54]);
    expect(first.result.counts).toMatchObject({ indicators: 24, over150: 2, under100: 1, errors: 0 });
    expect(first.ranges).toMatchObject(EXPECTED);
  });

  it('carries 偏差原因 into the result (read, never written)', () => {
    const reasons = first.result.indicators.filter((i) => i.reason).map((i) => [i.cell, i.reason]);
    expect(reasons).toEqual([
      ['E14', '疫情结束后线下办事人数显著增多'],
      ['E18', '个别事项需在线下窗口拍照或采集指纹，无法网上办理'],
      ['E22', '加大宣传力度，系统使用率增加'],
    ]);
    expect(first.plan.blocks.some((b) => b.left === 7 && b.top >= 3 && b.top <= 26)).toBe(false);
  });

  it('defines the detected names, sheet-scoped, in the same plan', () => {
    // Not the output names, nor the scorer's hidden memory names (_PerfScore_*).
    const inputs = first.plan.names.filter((n) => !n.name.startsWith('PE_Out') && !n.hidden);
    expect(Object.fromEntries(inputs.map((n) => [n.name, n.formula]))).toEqual(EXPECTED);
    expect(inputs.every((n) => n.scope !== 'workbook' && n.scope.sheet === SHEET)).toBe(true);
  });

  it('says on 评分汇总 that the ranges were detected', () => {
    const summary = first.plan.sheets.find((s) => s.name === '评分汇总')!;
    const text = summary.rows.map((row) =>
      row
        .map((v) => v ?? '')
        .join('|')
        .replace(/\|+$/, ''),
    );
    expect(text).toContain('评分区域（自动识别）');
    expect(text).toContain(`PE_Targets|${q}$D$4:$D$27|年度目标值|自动识别`);
    expect(text.some((line) => line.startsWith('评分规则|guangzhou-dept'))).toBe(true);
  });

  it('scores exactly as the same sheet with the names defined by hand', () => {
    const names = Object.entries(EXPECTED).map(([name, formula]) => ({
      name,
      scope: 'workbook' as const,
      formula,
    }));
    const named = plan(workbookOf(layout, names), false);
    expect(named.layout).toBe('names');
    const strip = (run: PlannedRun) => ({
      ...run.result,
      findings: run.result.findings.map((f) => f.message),
    });
    expect(strip(first)).toEqual(strip(named));
    expect(first.plan.blocks).toEqual(named.plan.blocks);
    expect(first.plan.fills).toEqual(named.plan.fills);
  });

  it('a second run reads the names it defined and changes nothing', () => {
    const once = applyPlan(workbookOf(layout), first.plan);
    const second = plan(once);
    expect(second.layout).toBe('names');
    expect(second.result.total).toBe(94.46);
    const comparable = (p: WritePlan) => ({
      ...p,
      names: [],
      sheets: p.sheets.map((s) => ({ ...s, create: false })),
    });
    expect(comparable(second.plan)).toEqual(comparable(first.plan));
    expect(applyPlan(once, second.plan)).toEqual(once);
  });
});

describe('the bundled example sheet with its names removed', () => {
  it('gets back every name the example defines, plus 备注 as PE_Reasons', () => {
    const example = buildExampleSheet();
    const grid = gridOf({
      name: example.name,
      cells: Object.fromEntries(
        example.cells.map((c) => [
          a1(c.row, c.col),
          { value: c.value, numberFormat: c.numberFormat ?? 'General' },
        ]),
      ),
      merged: example.merges,
    });
    const detection = detectLayout(grid, example.name);
    const found = Object.fromEntries(
      detection.parts.filter((p) => p.status === 'found').map((p) => [p.name, p.reference]),
    );
    const expected = Object.fromEntries(example.names.map((n) => [n.name, n.formula]));
    expect(found).toEqual({ ...expected, PE_Reasons: `'${example.name}'!$H$3:$H$26` });
    expect(detection.profile.reason).toBe('B38 写明评分规则 guangzhou-dept');
  });
});

/** The 自评报告 sheet's contents: one wide wrapped column, headings bold, the text of the draft. */
import { scoreEvaluation } from '../../src/engine';
import { draftReport, reportText } from '../../src/report';
import { OUTPUT_NAMES, planScoring, reportSheetContent } from '../../src/workbook';
import type { PlannedRun } from '../../src/workbook/types';
import { planUndo } from '../../src/workbook/undo';
import { applyPlan, exampleWorkbook, sheetOf, snapshotOf, type FakeWorkbook } from './helpers/fakeWorkbook';
import { seedInput } from '../engine/seedInput';

describe('reportSheetContent on the seed', () => {
  const draft = draftReport(scoreEvaluation(seedInput()), { sheet: '绩效指标' });
  const content = reportSheetContent('绩效指标', draft);
  const texts = content.rows.map((row) => row[0]);

  it('one column, wide and wrapped, titled for the scored sheet', () => {
    expect(content.rows.every((row) => row.length === 1)).toBe(true);
    expect(content.columnWidths).toEqual([70]);
    expect(content.wrapColumns).toEqual([0]);
    expect(texts[0]).toBe('自评报告：绩效指标');
  });

  it('every paragraph of the draft, in order; headings and the table header bold', () => {
    const paragraphs = draft.blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.text]));
    expect(texts.filter((t) => paragraphs.includes(String(t)))).toEqual(paragraphs);
    const boldTexts = (content.bold ?? []).map((b) => texts[b.row]);
    expect(boldTexts).toContain('（一）自评结论');
    expect(boldTexts).toContain('三、存在的主要问题');
    expect(boldTexts).toContain('部分 | 指标 | 完成率 | 分值 | 得分 | 标记 | 建议下年目标');
    expect(boldTexts.some((t) => String(t).startsWith('2023') || String(t).includes('自评报告'))).toBe(true);
    expect(texts).toContain('效益指标 | 区政务服务中心服务人数 | 214.84% | 1 | 0.50 | 需调整目标 | ≥170万');
  });

  it('says what the text says (same lines as reportText, table cells joined the same way)', () => {
    const lines = reportText(draft)
      .split('\n')
      .filter((l) => l !== '');
    expect(texts.slice(1)).toEqual(lines);
  });
});

describe('planScoring with the report (生成自评报告)', () => {
  const plan = (workbook: FakeWorkbook, options: { report?: boolean } = {}) => {
    const planned = planScoring(snapshotOf(workbook, '绩效指标'), options);
    if (!planned.ok) throw new Error(planned.refusal.message);
    return planned.run;
  };
  const reportWrite = (run: PlannedRun) => run.plan.sheets.find((s) => s.name.startsWith('自评报告'));

  test('asked for: a third output sheet 自评报告 after the other two, its own name, the text to copy', () => {
    const run = plan(exampleWorkbook(), { report: true });
    expect(run.plan.sheets.map((s) => [s.name, s.create])).toEqual([
      ['评分汇总', true],
      ['扣分明细', true],
      ['自评报告', true],
    ]);
    expect(run.plan.names).toContainEqual({
      name: OUTPUT_NAMES.report,
      scope: { sheet: '绩效指标' },
      formula: "'自评报告'!$A$1",
    });
    const write = reportWrite(run)!;
    expect(write.rows[0]).toEqual(['自评报告：绩效指标']);
    expect(write.wrapColumns).toEqual([0]);
    expect(write.pageSetup).toEqual({ paper: 'A4', orientation: 'portrait' });
    // The text is the sheet's rows without its title line: the same words, in the same order.
    expect(run.report?.sheet).toBe('自评报告');
    const lines = run.report!.text.split('\n').filter((l) => l !== '');
    expect(write.rows.slice(1).map((r) => r[0])).toEqual(lines);
    expect(run.report!.text).toContain('94.46');
    expect(run.report!.text).toContain('优');
  });

  test('not asked for and never generated: no report sheet, no PE_OutReport, report null', () => {
    const run = plan(exampleWorkbook());
    expect(reportWrite(run)).toBeUndefined();
    expect(run.plan.names.some((n) => n.name === OUTPUT_NAMES.report)).toBe(false);
    expect(run.report).toBeNull();
  });

  test('once generated, every run rewrites the same sheet (no new sheet), and twice equals once', () => {
    const first = applyPlan(exampleWorkbook(), plan(exampleWorkbook(), { report: true }).plan);
    const second = plan(first);
    expect(reportWrite(second)).toMatchObject({ name: '自评报告', create: false });
    expect(second.plan.names.some((n) => n.name === OUTPUT_NAMES.report)).toBe(false);
    const again = plan(applyPlan(first, second.plan), { report: true });
    expect(again.plan.sheets.map((s) => [s.name, s.create])).toEqual([
      ['评分汇总', false],
      ['扣分明细', false],
      ['自评报告', false],
    ]);
    expect(reportWrite(again)).toEqual(reportWrite(second));
  });

  test('a user’s sheet named 自评报告 is left alone: the report goes to 自评报告 (2)', () => {
    const workbook = exampleWorkbook();
    workbook.sheets.push(sheetOf('自评报告', { A1: '我们自己写的报告' }));
    const run = plan(workbook, { report: true });
    expect(reportWrite(run)).toMatchObject({ name: '自评报告 (2)', create: true });
    // Without the button, that sheet is not the scorer's: nothing is written to it or beside it.
    expect(reportWrite(plan(workbook))).toBeUndefined();
  });

  test('a structure-protected workbook: refused before anything is written when the report sheet is new', () => {
    const workbook = applyPlan(exampleWorkbook(), plan(exampleWorkbook()).plan);
    const snapshot = { ...snapshotOf(workbook, '绩效指标'), structureProtected: true };
    expect(planScoring(snapshot).ok).toBe(true);
    const refused = planScoring(snapshot, { report: true });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.refusal.code).toBe('protected');
  });

  test('undo of the first report run deletes the sheet and its name', () => {
    const workbook = applyPlan(exampleWorkbook(), plan(exampleWorkbook()).plan);
    const snapshot = snapshotOf(workbook, '绩效指标');
    const planned = planScoring(snapshot, { report: true });
    if (!planned.ok) throw new Error('refused');
    const undo = planUndo(snapshot, planned.run.plan);
    expect(undo.deleteSheets).toEqual(['自评报告']);
    expect(undo.deleteNames).toEqual([{ name: OUTPUT_NAMES.report, scope: { sheet: '绩效指标' } }]);
  });
});

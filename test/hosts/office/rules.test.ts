/**
 * The Office host reads PE_Rules: the block is part of the active sheet's used range, read in the
 * same single sync as everything else, and a sheet- or workbook-scoped name is found like the others.
 */
import { scoreActiveSheet } from '../../../src/hosts/office';
import type { RunOutcome } from '../../../src/workbook/runOutcome';
import { dumpWorkbook } from '../../fakes/excel';
import { exampleWorkbook, fakeRunner } from './helpers';

function scored(outcome: RunOutcome) {
  if (outcome.status !== 'scored') throw new Error(`expected a scored run, got ${JSON.stringify(outcome)}`);
  return outcome;
}

function withRules(scope: 'workbook' | { sheet: string }) {
  const workbook = exampleWorkbook();
  workbook.sheet('绩效指标').setRows('N2', [
    ['设置', '值'],
    ['小数位', 1],
    ['取舍', 'down'],
    ['预算执行率', 20],
    ['管理效率', 40],
  ]);
  workbook.defineName('PE_Rules', "='绩效指标'!$N$2:$O$6", scope);
  return workbook;
}

describe.each([['workbook' as const], [{ sheet: '绩效指标' }]])('PE_Rules scoped to %j', (scope) => {
  it('is applied, in the same two syncs, and shown on 评分汇总', async () => {
    const workbook = withRules(scope);
    const { fake, run } = fakeRunner(workbook);
    const outcome = scored(await scoreActiveSheet(run));
    expect(fake.stats.syncs).toBe(2);
    const { result } = outcome;
    expect(result.rules.changed.map((c) => [c.label, c.text])).toEqual([
      ['预算执行率', '20分'],
      ['管理效率', '40分'],
      ['小数位', '1（一位小数）'],
      ['取舍', '去尾'],
    ]);
    // 预算执行率 20 × 99.407% = 19.88 -> 19.8 (one decimal, cut down); 管理效率 40 − (2 + 1 + 0.4 + 1).
    expect(result.sections.map((s) => [s.name, s.points, s.score])).toEqual([
      ['产出指标', 20, 20],
      ['效益指标', 20, 18.9],
      ['预算执行率', 20, 19.8],
      ['管理效率', 40, 35.6],
    ]);
    expect(result.total).toBe(94.3);
    const summary = dumpWorkbook(workbook).sheets.find((s) => s.name === '评分汇总')!;
    const texts = Object.values(summary.cells).map((c) => c.value);
    expect(texts).toContain('规则调整：预算执行率');
    expect(texts).toContain('规则调整：取舍');
  });
});

it('a second run changes nothing', async () => {
  const workbook = withRules({ sheet: '绩效指标' });
  const { run } = fakeRunner(workbook);
  scored(await scoreActiveSheet(run));
  const once = JSON.stringify(dumpWorkbook(workbook));
  scored(await scoreActiveSheet(run));
  expect(JSON.stringify(dumpWorkbook(workbook))).toBe(once);
});

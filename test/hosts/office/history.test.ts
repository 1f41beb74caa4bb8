/**
 * The Office host reads PE_History like every other name: from the active sheet's used range in the
 * same single read, so next year's targets follow the earlier years on the pane's run too.
 */
import { scoreActiveSheet } from '../../../src/hosts/office';
import { dumpWorkbook } from '../../fakes/excel';
import { exampleWorkbook, fakeRunner } from './helpers';

it('PE_History drives the suggestions, in two syncs, listed on 评分汇总 and never written to the targets', async () => {
  const workbook = exampleWorkbook();
  const sheet = workbook.sheet('绩效指标');
  sheet.setRows('N12', [['100万', '140万']]);
  sheet.setRows('N13', [['120万', '150万']]);
  workbook.defineName('PE_History', "='绩效指标'!$N$3:$O$26", { sheet: '绩效指标' });
  const { fake, run } = fakeRunner(workbook);
  const outcome = await scoreActiveSheet(run);
  if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
  expect(fake.stats.syncs).toBe(2);
  const suggested = outcome.result.indicators.filter((i) => i.suggestedTarget);
  expect(suggested.map((i) => i.suggestedTarget)).toEqual(['≥190万', '≥6万件']);
  const dump = dumpWorkbook(workbook);
  // The target keeps its value (the over-150% highlight is the only change to it).
  expect(dump.sheets.find((s) => s.name === '绩效指标')!.cells.D13.value).toBe('≥80万');
  const summary = dump.sheets.find((s) => s.name === '评分汇总')!;
  const texts = Object.values(summary.cells).map((c) => c.value);
  expect(texts).toContain('≥190万');
  expect(texts).toContain('下年目标建议（不写入目标值单元格）');
});

/**
 * The .xlsx host reads PE_History (earlier years' actuals, workbook-contract.md §1): the block is in
 * the scored sheet's used range, read whole, and next year's targets follow its trend (§4).
 */
import { join } from 'path';
import { readSnapshot, readWorkbook } from '../../../src/hosts/xlsx';
import { planScoring } from '../../../src/workbook';
import { setCells, tempDir, writeExample } from '../../fixtures/xlsx/build';

const dir = tempDir();

test('PE_History on the example: the over-150% rows follow their trend; nothing is written into it', async () => {
  const path = await writeExample(join(dir, 'history.xlsx'), (sheet, _workbook, names) => {
    // A year header above the block is not read; rows 13 and 21 are the two over-150% indicators.
    setCells(sheet, { N2: '2021年', O2: '2022年', N13: '120万', O13: '150万', N21: '7万件', O21: '6.9万件' });
    return [...names, { name: 'PE_History', scope: '绩效指标', formula: "'绩效指标'!$N$2:$O$26" }];
  });
  const planned = planScoring(readSnapshot(await readWorkbook(path), '绩效指标'));
  if (!planned.ok) throw new Error(planned.refusal.message);
  const suggested = planned.run.result.indicators.filter((i) => i.suggestedTarget);
  expect(suggested.map((i) => [i.targetCell, i.suggestedTarget])).toEqual([
    ['D13', '≥190万'],
    ['D21', '≥6万件'],
  ]);
  expect(suggested[0].suggestionReason).toContain('按趋势推算下年197.805万');
  expect(suggested[1].suggestionReason).toContain('趋势向下，仍按本年实际水平设定');
  expect(planned.run.result.total).toBe(94.46);
  const written = planned.run.plan.blocks.flatMap((b) => [b.left, b.left + b.values[0].length - 1]);
  expect(written.every((col) => col < 13 || col > 14)).toBe(true);
});

/**
 * The .xlsx host reads PE_Rules: the block sits in the scored sheet's used range, which the host
 * reads whole, so the command line applies it (workbook-contract.md §1, §3, §4).
 */
import { join } from 'path';
import { readSnapshot, readWorkbook } from '../../../src/hosts/xlsx';
import { planScoring } from '../../../src/workbook';
import { setCells, styled, tempDir, writeExample } from '../../fixtures/xlsx/build';
import { runCli } from '../../cli/run-cli';

const dir = tempDir();

/** The example with PE_Rules in N3:O5, sheet- or workbook-scoped. */
function writeWithRules(file: string, scope: 'workbook' | '绩效指标') {
  return writeExample(join(dir, file), (sheet, _workbook, names) => {
    setCells(sheet, {
      N3: '小数位',
      O3: 0,
      N4: '取舍',
      O4: '去尾',
      N5: '超过150%',
      O5: styled(1, { numFmt: '0%' }),
    });
    return [...names, { name: 'PE_Rules', scope, formula: "'绩效指标'!$N$3:$O$5" }];
  });
}

describe.each(['workbook', '绩效指标'] as const)('PE_Rules scoped to %s', (scope) => {
  test('readSnapshot carries the block, and the mapping applies it', async () => {
    const path = await writeWithRules(`rules-${scope === 'workbook' ? 'book' : 'sheet'}.xlsx`, scope);
    const snapshot = readSnapshot(await readWorkbook(path), '绩效指标');
    const planned = planScoring(snapshot);
    if (!planned.ok) throw new Error(planned.refusal.message);
    const result = planned.run.result;
    expect(result.rules.changed.map((c) => [c.setting, c.value])).toEqual([
      ['decimals', '0'],
      ['rounding', 'down'],
      ['over150', '1'],
    ]);
    // Over 150% no longer cut (factor 1): 效益 loses only the 0.98 row's cut-down 1 point.
    expect(result.sections.map((s) => s.score)).toEqual([20, 19, 9, 46]);
    expect(result.total).toBe(94);
  });
});

test('perfscore score --json shows the rules; --profile still overrides the base', async () => {
  const path = await writeWithRules('rules-cli.xlsx', '绩效指标');
  const run = await runCli(
    'score',
    path,
    '--json',
    '--profile',
    'national-project',
    '--out',
    join(dir, 'out'),
  );
  expect(run.code).toBe(0);
  const sheet = JSON.parse(run.stdout).files[0].sheets[0];
  expect(sheet.profile).toBe('national-project');
  expect(sheet.rules).toEqual({
    base: 'national-project',
    changed: [
      { setting: 'decimals', label: '小数位', value: '0' },
      { setting: 'rounding', label: '取舍', value: 'down' },
    ],
  });
  expect(run.stderr).toContain('规则调整（PE_Rules）：小数位 0（取整数），取舍 去尾');
});

/**
 * PE_Rules through the mapping (workbook-contract.md §1, §2): looked up like the other names, read as
 * setting | value rows, the base chosen (override > PE_Rules > PE_Profile), the applied rules written
 * to 评分汇总, and a second run that changes nothing.
 */
import { planScoring } from '../../src/workbook';
import type { DefinedName, PlannedRun } from '../../src/workbook/types';
import type { ProfileId } from '../../src/engine/types';
import {
  applyPlan,
  exampleWorkbook,
  snapshotOf,
  type FakeCell,
  type FakeWorkbook,
} from './helpers/fakeWorkbook';

const SHEET = '绩效指标';

/** The example with a PE_Rules block in N3:O… (rows as [setting, value]) and the given name. */
function withRules(
  pairs: Array<[FakeCell['value'], FakeCell['value'] | FakeCell]>,
  name: Partial<DefinedName> = {},
): FakeWorkbook {
  const workbook = exampleWorkbook(SHEET);
  const cells = workbook.sheets[0].cells;
  pairs.forEach(([setting, value], i) => {
    if (setting !== null) cells[`N${i + 3}`] = { value: setting };
    if (value !== null)
      cells[`O${i + 3}`] = typeof value === 'object' && 'value' in value ? value : { value };
  });
  workbook.names.push({
    name: 'PE_Rules',
    scope: { sheet: SHEET },
    formula: `'${SHEET}'!$N$3:$O$${Math.max(3, pairs.length + 2)}`,
    ...name,
  });
  return workbook;
}

function run(workbook: FakeWorkbook, profile?: ProfileId): PlannedRun {
  const planned = planScoring(snapshotOf(workbook, SHEET), profile ? { profile } : {});
  if (!planned.ok) throw new Error(planned.refusal.message);
  return planned.run;
}

const summaryRows = (r: PlannedRun) => r.plan.sheets.find((s) => s.name === '评分汇总')!.rows;

describe('PE_Rules on the example sheet', () => {
  const workbook = withRules([
    ['设置', '值'],
    ['小数位', 0],
    ['取舍', '去尾'],
    [null, null],
    ['超过150%', '减半'],
  ]);
  const first = run(workbook);

  test('whole points cut down: 20 + 17 + 9 = 46, 管理效率 46, total 92', () => {
    expect(first.result.sections.map((s) => s.score)).toEqual([20, 17, 9, 46]);
    expect(first.result.total).toBe(92);
    expect(first.result.rules.changed.map((c) => c.setting)).toEqual(['decimals', 'rounding']);
  });

  test('评分汇总 shows the base and every changed setting under 评分规则', () => {
    const rows = summaryRows(first);
    const at = rows.findIndex((r) => r[0] === '评分规则');
    expect(rows.slice(at, at + 3).map((r) => r.slice(0, 2))).toEqual([
      ['评分规则', '广州市部门整体支出绩效自评（guangzhou-dept）'],
      ['规则调整：小数位', '0（取整数）'],
      ['规则调整：取舍', '去尾'],
    ]);
    expect(rows).toContainEqual(['总分', '自评得分', 100, 92]);
  });

  test('scoring twice equals scoring once', () => {
    const after = applyPlan(workbook, first.plan);
    const second = run(after);
    expect(second.plan.sheets.map((sheet) => sheet.rows)).toEqual(
      first.plan.sheets.map((sheet) => sheet.rows),
    );
    expect(applyPlan(after, second.plan)).toEqual(after);
  });
});

describe('which base', () => {
  const national: Array<[string, string]> = [['基础规则', 'national-project']];

  test('PE_Rules wins over PE_Profile, with a warning naming the PE_Profile cell', () => {
    const r = run(withRules(national));
    expect(r.result.profile).toBe('national-project');
    expect(r.result.findings).toContainEqual({
      level: 'warning',
      cell: 'B38',
      code: 'rules-base-conflict',
      message:
        'PE_Profile（B38）的值“guangzhou-dept”与 PE_Rules 的基础规则 national-project（O3）不一致，按 PE_Rules 评分',
      text: expect.objectContaining({ code: 'rules-base-conflict' }),
    });
  });

  test('the same base in both: no warning', () => {
    const r = run(withRules([['base', 'guangzhou-dept']]));
    expect(r.result.findings.map((f) => f.code)).not.toContain('rules-base-conflict');
  });

  test('--profile (or the pane) overrides both; the other settings still apply', () => {
    const r = run(withRules([...national, ['小数位', 0]]), 'guangzhou-dept');
    expect(r.result.profile).toBe('guangzhou-dept');
    expect(r.result.rules.profile.precision.decimals).toBe(0);
    expect(r.result.findings.map((f) => f.code)).not.toContain('rules-base-conflict');
  });
});

describe('the name', () => {
  test('workbook-scoped on the sheet works like sheet-scoped', () => {
    const r = run(withRules([['小数位', 1]], { scope: 'workbook' }));
    expect(r.result.rules.changed.map((c) => c.value)).toEqual(['1']);
  });

  test('a whole-column reference is read over the used rows', () => {
    const r = run(
      withRules(
        [
          ['小数位', 1],
          ['取舍', 'down'],
        ],
        { formula: `'${SHEET}'!$N:$O` },
      ),
    );
    expect(r.result.rules.changed.map((c) => c.value)).toEqual(['1', 'down']);
  });

  test('three columns: the third (a 说明 column) is not read', () => {
    const workbook = withRules([['小数位', 1]], { formula: `'${SHEET}'!$N$3:$P$3` });
    workbook.sheets[0].cells.P3 = { value: '山西：一位小数' };
    expect(run(workbook).result.rules.changed.map((c) => c.value)).toEqual(['1']);
  });

  test.each([
    [`'${SHEET}'!$N$3:$N$5`, '名称 PE_Rules 应为两列区域（设置 | 值），实为'],
    ['#REF!', '名称 PE_Rules 无效'],
  ])('%s is an error finding on the name; the base is scored as it is', (formula, message) => {
    const r = run(withRules([['小数位', 0]], { formula }));
    const finding = r.result.findings.find((f) => f.cell === 'PE_Rules');
    expect(finding).toMatchObject({ level: 'error', code: 'name-invalid' });
    expect(finding?.message).toContain(message);
    expect(r.result.total).toBe(94.46);
  });

  test('an unknown setting and a bad value are warnings naming their cells, written to 评分汇总', () => {
    const r = run(
      withRules([
        ['小数点', 0],
        ['取舍', '进一'],
      ]),
    );
    expect(r.result.total).toBe(94.46);
    const rows = summaryRows(r);
    expect(rows.some((row) => row[0] === '警告' && row[1] === 'N3')).toBe(true);
    expect(rows.some((row) => row[0] === '警告' && row[1] === 'O4')).toBe(true);
  });

  test('the block is an input area: a PE_OutRates over it is ignored, nothing is written into it', () => {
    const workbook = withRules([['小数位', 1]], { formula: `'${SHEET}'!$N$3:$O$26` });
    workbook.names.push({ name: 'PE_OutRates', scope: { sheet: SHEET }, formula: `'${SHEET}'!$O$3:$O$26` });
    const r = run(workbook);
    expect(r.result.findings.find((f) => f.cell === 'PE_OutRates')?.message).toContain('与评分输入区域重叠');
    const written = r.plan.blocks.filter((b) => b.left >= 13 && b.left <= 14);
    expect(written).toEqual([]);
  });

  test('without PE_Rules the summary has no 规则调整 row and the seed is unchanged', () => {
    const r = run(exampleWorkbook(SHEET));
    expect(r.result.total).toBe(94.46);
    expect(summaryRows(r).some((row) => String(row[0]).startsWith('规则调整'))).toBe(false);
  });
});

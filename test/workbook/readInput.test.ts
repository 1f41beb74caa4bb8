import { planScoring } from '../../src/workbook';
import { readInput, type ReadInput } from '../../src/workbook/readInput';
import { snapshotOf, type FakeWorkbook } from './helpers/fakeWorkbook';
import { local, smallTable, wb } from './helpers/tables';

function read(workbook: FakeWorkbook): ReadInput {
  const outcome = readInput(snapshotOf(workbook, 'Sheet1'));
  if (!outcome.ok) throw new Error(outcome.refusal.message);
  return outcome.read;
}

function withNames(workbook: FakeWorkbook, ...names: ReturnType<typeof wb>[]): FakeWorkbook {
  const replaced = new Set(names.map((n) => n.name.toUpperCase()));
  return {
    ...workbook,
    names: [...workbook.names.filter((n) => !replaced.has(n.name.toUpperCase())), ...names],
  };
}

describe('indicator rows', () => {
  test('cells carry their A1 address, value and number format; outside the grid is empty "General"', () => {
    const workbook = smallTable({ E4: { value: 0.9, numberFormat: '0.00%' } });
    const { input, block } = read(withNames(workbook, wb('PE_Names', 'Sheet1!$Z$3:$Z$5')));
    expect(input.indicators[0].target).toEqual({ address: 'D3', value: '≥10个', numberFormat: 'General' });
    expect(input.indicators[1].actual).toEqual({ address: 'E4', value: 0.9, numberFormat: '0.00%' });
    expect(input.indicators[2].name).toEqual({ address: 'Z5', value: null, numberFormat: 'General' });
    expect(block).toEqual({ top: 2, bottom: 4, right: 25 });
  });

  test('absent optional ranges -> engine fallbacks', () => {
    const workbook = smallTable();
    workbook.names = workbook.names.filter((n) => n.name !== 'PE_Weights');
    const { input } = read(workbook);
    expect(input).toMatchObject({ hasWeights: false, hasCategories: false, budget: null, management: null });
    expect(input.indicators[0]).not.toHaveProperty('weight');
  });

  test('whole-column references are trimmed to the input columns, less the leading header row', () => {
    const workbook = withNames(
      smallTable(),
      wb('PE_Targets', 'Sheet1!$D:$D'),
      wb('PE_Actuals', 'Sheet1!$E:$E'),
      wb('PE_Weights', 'Sheet1!$F:$F'),
    );
    const { input, block, findings } = read(workbook);
    expect(input.indicators.map((row) => row.actual.address)).toEqual(['E3', 'E4', 'E5']);
    expect(block).toEqual({ top: 2, bottom: 4, right: 5 });
    expect(findings).toEqual([
      expect.objectContaining({ level: 'info', cell: 'D2', code: 'header-row-skipped' }),
    ]);
  });

  test('different heights: error finding naming the name, the shared rows are still scored', () => {
    const { input, findings, complete } = read(withNames(smallTable(), wb('PE_Weights', 'Sheet1!$F$3:$F$4')));
    expect(input.indicators.map((row) => [row.actual.address, row.weight?.address])).toEqual([
      ['E3', 'F3'],
      ['E4', 'F4'],
    ]);
    expect(findings).toEqual([
      expect.objectContaining({ level: 'error', cell: 'PE_Weights', code: 'range-height-mismatch' }),
    ]);
    expect(findings[0].message).toContain('只评分各区域共有的第3–4行');
    expect(complete).toBe(false); // E5 holds an indicator that was not scored
  });

  test('equal heights at different rows pair row i with row i', () => {
    const workbook = smallTable({ H10: 1, H11: 1, H12: 1 });
    const { input, findings } = read(withNames(workbook, wb('PE_Weights', 'Sheet1!$H$10:$H$12')));
    expect(input.indicators.map((row) => row.weight?.address)).toEqual(['H10', 'H11', 'H12']);
    expect(findings).toEqual([]);
  });

  test.each([
    ['#REF!', '#REF!', '引用已失效'],
    ['several areas', 'Sheet1!$F$3,Sheet1!$F$4:$F$5', '多个区域'],
    ['two columns', 'Sheet1!$F$3:$G$5', '应为单列区域'],
  ])('optional name with %s: error finding naming it, not used', (_label, formula, words) => {
    const { input, findings } = read(withNames(smallTable(), wb('PE_Weights', formula)));
    expect(input.hasWeights).toBe(false);
    expect(findings).toEqual([
      expect.objectContaining({ level: 'error', cell: 'PE_Weights', code: 'name-invalid' }),
    ]);
    expect(findings[0].message).toContain(words);
  });

  test('a sheet-scoped name pointing at another sheet is an error finding', () => {
    const { input, findings } = read(
      withNames(smallTable(), local('Sheet1', 'PE_Names', 'Sheet2!$C$3:$C$5')),
    );
    expect(input.indicators[0]).not.toHaveProperty('name');
    expect(findings[0]).toMatchObject({ cell: 'PE_Names', code: 'name-invalid' });
  });
});

describe('budget', () => {
  test.each([
    ['amounts', ['PE_BudgetPlanned', 'PE_BudgetSpent'], { kind: 'amounts', planned: 'B10', spent: 'B11' }],
    ['rate', ['PE_BudgetRate'], { kind: 'rate', rate: 'B12' }],
    [
      'amounts preferred over the rate',
      ['PE_BudgetPlanned', 'PE_BudgetSpent', 'PE_BudgetRate'],
      { kind: 'amounts', planned: 'B10', spent: 'B11' },
    ],
    ['half the amounts', ['PE_BudgetSpent'], { kind: 'amounts', planned: null, spent: 'B11' }],
  ])('%s', (_label, present, expected) => {
    const cells = { PE_BudgetPlanned: 'B10', PE_BudgetSpent: 'B11', PE_BudgetRate: 'B12' } as Record<
      string,
      string
    >;
    const workbook = withNames(
      smallTable({ B10: 100, B11: 90, B12: 0.9 }),
      ...present.map((name) => wb(name, `Sheet1!$${cells[name][0]}$${cells[name].slice(1)}`)),
    );
    const budget = read(workbook).input.budget!;
    const addresses = Object.fromEntries(
      Object.entries(budget).map(([key, value]) => [
        key,
        typeof value === 'object' && value ? value.address : value,
      ]),
    );
    expect(addresses).toEqual(expected);
  });

  test('a budget name over several cells is an error finding and is not used', () => {
    const { input, findings } = read(withNames(smallTable(), wb('PE_BudgetRate', 'Sheet1!$B$12:$B$13')));
    expect(input.budget).toBeNull();
    expect(findings[0]).toMatchObject({ cell: 'PE_BudgetRate', code: 'name-invalid' });
    expect(findings[0].message).toContain('应为单个单元格');
  });
});

describe('management', () => {
  const mgmt = (bottom = 23) => [
    wb('PE_MgmtItems', `Sheet1!$A$20:$A$${bottom}`),
    wb('PE_MgmtWeights', 'Sheet1!$B$20:$B$23'),
    wb('PE_MgmtValues', 'Sheet1!$C$20:$C$23'),
    wb('PE_MgmtRules', 'Sheet1!$D$20:$D$23'),
  ];
  const rows = {
    A20: '采购政策效能',
    B20: 1,
    C20: 0.5407,
    D20: '比例',
    A22: '资产盘点情况',
    B22: 1,
    C22: '否',
    D22: '是否',
  };

  test('rows where all four cells are blank are skipped', () => {
    const { input } = read(withNames(smallTable(rows), ...mgmt()));
    expect(input.management!.map((item) => [item.item.address, item.value.value, item.rule.value])).toEqual([
      ['A20', 0.5407, '比例'],
      ['A22', '否', '是否'],
    ]);
  });

  test('an incomplete set of names: error, not scored, total incomplete', () => {
    const { input, findings, complete } = read(withNames(smallTable(rows), ...mgmt().slice(0, 3)));
    expect(input.management).toBeNull();
    expect(complete).toBe(false);
    expect(findings[0]).toMatchObject({
      level: 'error',
      cell: 'PE_MgmtRules',
      code: 'management-names-incomplete',
    });
  });

  test('different heights: error naming the name, shared rows read', () => {
    const { input, findings, complete } = read(withNames(smallTable(rows), ...mgmt(21)));
    expect(input.management!.map((item) => item.item.address)).toEqual(['A20']);
    expect(complete).toBe(false); // 资产盘点情况 in row 22 was left out
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'range-height-mismatch', cell: 'PE_MgmtWeights' }),
      ]),
    );
  });
});

describe('profile', () => {
  const scoredProfile = (workbook: FakeWorkbook, override?: 'national-project') => {
    const planned = planScoring(snapshotOf(workbook, 'Sheet1'), { profile: override });
    if (!planned.ok) throw new Error(planned.refusal.message);
    return planned.run.result;
  };

  test.each([
    ['national-project', undefined, 'national-project', false],
    [' National-Project ', undefined, 'national-project', false],
    ['', undefined, 'guangzhou-dept', false],
    ['上海', undefined, 'guangzhou-dept', true],
    ['上海', 'national-project', 'national-project', false],
  ] as const)('PE_Profile "%s", override %s -> %s (warning: %s)', (text, override, expected, warns) => {
    const workbook = withNames(smallTable({ B30: text }), wb('PE_Profile', 'Sheet1!$B$30'));
    const result = scoredProfile(workbook, override);
    expect(result.profile).toBe(expected);
    expect(result.findings.some((f) => f.code === 'profile-invalid' && f.cell === 'B30')).toBe(warns);
  });
});

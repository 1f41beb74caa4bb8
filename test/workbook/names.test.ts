import { findScorableSheets, formatReference, planScoring, zhText } from '../../src/workbook';
import { lookupName } from '../../src/workbook/names';
import { snapshotOf, sheetOf } from './helpers/fakeWorkbook';
import { local, smallTable, wb } from './helpers/tables';

describe('lookupName: sheet-scoped first, then workbook names on this sheet', () => {
  test.each([
    [
      'sheet-scoped wins over workbook-scoped',
      [wb('PE_Targets', 'S1!$A$1:$A$3'), local('S1', 'PE_Targets', 'S1!$B$1:$B$3')],
      'ok',
      "'S1'!$B$1:$B$3",
    ],
    ['workbook-scoped on this sheet', [wb('PE_Targets', "'S1'!$A$1:$A$3")], 'ok', "'S1'!$A$1:$A$3"],
    ['workbook-scoped on another sheet is ignored', [wb('PE_Targets', 'S2!$A$1:$A$3')], 'none', null],
    [
      "another sheet's sheet-scoped name is ignored",
      [local('S2', 'PE_Targets', 'S1!$A$1:$A$3')],
      'none',
      null,
    ],
    ['case-insensitive name and sheet', [wb('pe_targets', 's1!$A$1:$A$3')], 'ok', "'S1'!$A$1:$A$3"],
    ['case-insensitive scope', [local('s1', 'PE_TARGETS', 'S1!$A$1:$A$3')], 'ok', "'S1'!$A$1:$A$3"],
    ['#REF! is bad', [wb('PE_Targets', '#REF!')], 'bad', null],
    ['several areas is bad', [wb('PE_Targets', 'S1!$A$1,S1!$A$3')], 'bad', null],
    [
      'sheet-scoped pointing at another sheet is bad',
      [local('S1', 'PE_Targets', 'S2!$A$1:$A$3')],
      'bad',
      null,
    ],
  ] as const)('%s', (_label, names, kind, formula) => {
    const found = lookupName([...names], 'S1', 'PE_Targets');
    expect(found.kind).toBe(kind);
    if (found.kind === 'ok') expect(formatReference(found.area)).toBe(formula);
  });

  test('a bad name is reported with the name and the reason', () => {
    const found = lookupName([local('S1', 'PE_Weights', 'S2!$A$1:$A$3')], 'S1', 'PE_Weights');
    expect(found.kind).toBe('bad');
    // The reason is a message (code and parameters); zhText words it as the outputs do.
    if (found.kind === 'bad')
      expect(zhText(found.text)).toBe('名称 PE_Weights 属于工作表 S1，却引用了工作表 S2');
  });
});

describe('findScorableSheets', () => {
  test('lists complete sheets in tab order and names what the others lack', () => {
    const names = [
      wb('PE_Targets', "'绩效指标'!$D$3:$D$26"),
      wb('PE_Actuals', "'绩效指标'!$E$3:$E$26"),
      local('Sheet1', 'PE_Targets', 'Sheet1!$D$3:$D$5'),
      local('Sheet2', 'pe_weights', 'Sheet2!$F$3:$F$5'),
      local('Sheet1', 'PE_OutRates', 'Sheet1!$I$3:$I$5'),
    ];
    const found = findScorableSheets(names, ['Sheet1', '绩效指标', 'Sheet2', '说明']);
    // What the others lack comes as a message; in Chinese it reads as the CLI prints it.
    expect({
      ...found,
      incomplete: found.incomplete.map(({ text, ...rest }) => ({ ...rest, message: zhText(text) })),
    }).toEqual({
      scorable: ['绩效指标'],
      incomplete: [
        { sheet: 'Sheet1', missing: ['PE_Actuals'], message: '工作表 Sheet1 缺少 PE_Actuals' },
        {
          sheet: 'Sheet2',
          missing: ['PE_Targets', 'PE_Actuals'],
          message: '工作表 Sheet2 缺少 PE_Targets、PE_Actuals',
        },
      ],
    });
  });

  test('a sheet with only output names carries no PE_* input', () => {
    expect(findScorableSheets([local('S1', 'PE_OutSummary', "'评分汇总'!$A$1")], ['S1', '评分汇总'])).toEqual(
      {
        scorable: [],
        incomplete: [],
      },
    );
  });
});

describe('planScoring refusals', () => {
  test('missing required name: "工作表 Sheet1 缺少 PE_Actuals"', () => {
    const workbook = smallTable();
    workbook.names = workbook.names.filter((n) => n.name !== 'PE_Actuals');
    expect(planScoring(snapshotOf(workbook, 'Sheet1'))).toEqual({
      ok: false,
      refusal: {
        sheet: 'Sheet1',
        code: 'missing-required-name',
        message: '工作表 Sheet1 缺少 PE_Actuals',
        text: { code: 'refusal.missing', params: { sheet: 'Sheet1', names: ['PE_Actuals'] } },
      },
    });
  });

  test('no PE_* names at all', () => {
    const workbook = { sheets: [sheetOf('Sheet1', { A1: 'x' })], names: [wb('Other', 'Sheet1!$A$1')] };
    const planned = planScoring(snapshotOf(workbook, 'Sheet1'));
    expect(planned).toMatchObject({ ok: false, refusal: { sheet: 'Sheet1', code: 'no-names' } });
  });

  test('protected sheet: nothing planned, the message says so', () => {
    const workbook = smallTable();
    workbook.sheets[0].protected = true;
    expect(planScoring(snapshotOf(workbook, 'Sheet1'))).toEqual({
      ok: false,
      refusal: {
        sheet: 'Sheet1',
        code: 'protected',
        message: '工作表受保护，未写入任何内容。请撤销保护后重试。',
      },
    });
  });

  test.each([
    ['#REF!', '#REF!'],
    ['two areas', 'Sheet1!$E$3:$E$4,Sheet1!$E$5'],
    ['two columns', 'Sheet1!$E$3:$F$5'],
  ])('a broken required name (%s) refuses with the name', (_label, formula) => {
    const workbook = smallTable();
    workbook.names = workbook.names.map((n) => (n.name === 'PE_Actuals' ? { ...n, formula } : n));
    const planned = planScoring(snapshotOf(workbook, 'Sheet1'));
    expect(planned).toMatchObject({ ok: false, refusal: { code: 'bad-name' } });
    if (!planned.ok) expect(planned.refusal.message).toContain('PE_Actuals');
  });
});

test('a broken workbook-level name does not make an unset sheet look set up', () => {
  const workbook = { sheets: [sheetOf('Sheet1', { A1: 'x' })], names: [wb('PE_Weights', '#REF!')] };
  expect(planScoring(snapshotOf(workbook, 'Sheet1'))).toMatchObject({
    ok: false,
    refusal: { code: 'no-names' },
  });
});

/**
 * What detection's layouts mean for scoring: the rows a form has that are no indicators (a header
 * repeated on a page break, placeholders, 小计) are skipped, not errors; whole-column names anchor on
 * the real header row (issue 7's bug); split targets read as one text on a named sheet too.
 */
import { planScoring } from '../../../src/workbook';
import { readInput } from '../../../src/workbook/readInput';
import type { PlannedRun, WritePlan } from '../../../src/workbook/types';
import { applyPlan, sheetOf, snapshotOf, type FakeWorkbook } from '../helpers/fakeWorkbook';
import { wb } from '../helpers/tables';
import { workbookOf } from './layout';
import { LAYOUT_CASES } from './layouts';

function plan(workbook: FakeWorkbook, sheet: string, options = { detect: true }): PlannedRun {
  const planned = planScoring(snapshotOf(workbook, sheet), options);
  if (!planned.ok) throw new Error(planned.refusal.message);
  return planned.run;
}

const layoutOf = (start: string) => LAYOUT_CASES.find((c) => c.source.startsWith(start))!.layout;

describe('rows of a form that are no indicators', () => {
  it('a header repeated on a page break is skipped with an info finding', () => {
    const layout = layoutOf('near-miss: the header repeated');
    const run = plan(workbookOf(layout), layout.name);
    expect(run.result.counts).toMatchObject({ indicators: 3, errors: 0 });
    expect(run.result.findings.filter((f) => f.code === 'header-row-repeated').map((f) => f.cell)).toEqual([
      'D4',
    ]);
    expect(run.result.findings.filter((f) => f.code === 'detect-header-repeated')).toHaveLength(1);
  });

  it('placeholder rows (指标2：, ……) are skipped, not errors, and a merged category starting on one still counts', () => {
    const layout = layoutOf('placeholder rows');
    const run = plan(workbookOf(layout), layout.name);
    expect(run.result.counts).toMatchObject({ indicators: 2, errors: 0 });
    expect(run.result.indicators.map((i) => [i.cell, i.section, i.score])).toEqual([
      ['E2', '产出指标', 50],
      ['E5', '效益指标', 50],
    ]);
  });

  it('a 小计 line inside a named block is skipped with an info finding', () => {
    const workbook: FakeWorkbook = {
      sheets: [
        sheetOf('S', {
          A2: '数量指标',
          C2: '≥10个',
          D2: '12个',
          E2: 10,
          B3: '小计',
          E3: 10,
          A4: '质量指标',
          C4: '≥90%',
          D4: '95%',
          E4: 10,
        }),
      ],
      names: [
        wb('PE_Categories', 'S!$A$2:$A$4'),
        wb('PE_Names', 'S!$B$2:$B$4'),
        wb('PE_Targets', 'S!$C$2:$C$4'),
        wb('PE_Actuals', 'S!$D$2:$D$4'),
        wb('PE_Weights', 'S!$E$2:$E$4'),
      ],
    };
    const run = plan(workbook, 'S', { detect: false });
    expect(run.result.counts).toMatchObject({ indicators: 2, errors: 0 });
    expect(run.result.findings.find((f) => f.code === 'subtotal-row-skipped')?.message).toBe(
      '第3行是小计行，未作为指标行评分',
    );
  });
});

describe('whole-column names anchor on the real header row (issue 7)', () => {
  const names = [
    wb('PE_Categories', 'S!$A:$A'),
    wb('PE_Targets', 'S!$C:$C'),
    wb('PE_Actuals', 'S!$D:$D'),
    wb('PE_Weights', 'S!$E:$E'),
  ];

  it('a first indicator whose target is 完成 is an indicator, not a header', () => {
    const workbook: FakeWorkbook = {
      sheets: [
        sheetOf('S', {
          A1: '二级指标',
          C1: '年度目标值',
          D1: '实际完成值',
          E1: '分值',
          A2: '时效指标',
          C2: '完成',
          D2: '完成',
          E2: 10,
          C3: '≥10个',
          D3: '10个',
          E3: 10,
        }),
      ],
      names,
    };
    const read = readInput(snapshotOf(workbook, 'S'));
    if (!read.ok) throw new Error(read.refusal.message);
    expect(read.read.input.indicators.map((row) => row.target.address)).toEqual(['C2', 'C3']);
    expect(read.read.findings.map((f) => [f.code, f.cell])).toEqual([['header-row-skipped', 'C1']]);
  });

  const titled: FakeWorkbook = {
    sheets: [
      sheetOf('S', {
        A1: '2023年度部门整体支出绩效自评表',
        A2: '二级指标',
        C2: '年度目标值',
        D2: '实际完成值',
        E2: '分值',
        A3: '数量指标',
        C3: '≥10个',
        D3: '12个',
        E3: 10,
        C4: '≥5次',
        D4: '4次',
        E4: 10,
      }),
    ],
    names,
  };

  it('a title row above the header makes no error row: title and header are skipped, each said', () => {
    const read = readInput(snapshotOf(titled, 'S'));
    if (!read.ok) throw new Error(read.refusal.message);
    expect(read.read.input.indicators.map((row) => row.target.address)).toEqual(['C3', 'C4']);
    expect(read.read.findings.map((f) => [f.level, f.code, f.cell])).toEqual([
      ['info', 'header-row-skipped', 'C1'],
      ['info', 'header-row-skipped', 'C2'],
    ]);
  });

  it('scoring it twice equals scoring once', () => {
    const first = plan(titled, 'S', { detect: false });
    expect(first.result.counts).toMatchObject({ indicators: 2, errors: 0 });
    const once = applyPlan(titled, first.plan);
    const second = plan(once, 'S', { detect: false });
    const comparable = (p: WritePlan) => ({
      ...p,
      names: [],
      sheets: p.sheets.map((s) => ({ ...s, create: false })),
    });
    expect(comparable(second.plan)).toEqual(comparable(first.plan));
    expect(applyPlan(once, second.plan)).toEqual(once);
  });
});

describe('split targets on a named sheet (PE_Targets over up to three columns)', () => {
  const sheet = (cells: Parameters<typeof sheetOf>[1], targets = 'S!$A$2:$C$3') => ({
    sheets: [sheetOf('S', cells)],
    names: [wb('PE_Targets', targets), wb('PE_Actuals', 'S!$D$2:$D$3'), wb('PE_Weights', 'S!$E$2:$E$3')],
  });

  it('reads 指标性质 | 指标值 | 度量单位 left to right; the unit applies to a bare actual', () => {
    const read = readInput(
      snapshotOf(
        sheet({
          A2: '≥',
          B2: 95,
          C2: '%',
          D2: 96,
          E2: 5,
          A3: '反向指标',
          B3: 2000,
          C3: '元',
          D3: '1900',
          E3: 5,
        }),
        'S',
      ),
    );
    if (!read.ok) throw new Error(read.refusal.message);
    expect(read.read.input.indicators.map((r) => [r.target.address, r.target.value, r.actual.value])).toEqual(
      [
        ['B2', '≥95%', '96%'],
        ['B3', '≤2000元', '1900元'],
      ],
    );
  });

  it('a percent-formatted value and a % unit are not doubled; a qualitative 定性 value stays as written', () => {
    const read = readInput(
      snapshotOf(
        sheet({
          A2: '=',
          B2: { value: 1, numberFormat: '0%' },
          C2: '%',
          D2: { value: 1, numberFormat: '0%' },
          E2: 5,
          A3: '定性',
          B3: '按时完成',
          D3: '按时完成',
          E3: 5,
        }),
        'S',
      ),
    );
    if (!read.ok) throw new Error(read.refusal.message);
    expect(read.read.input.indicators.map((r) => [r.target.value, r.actual.value])).toEqual([
      ['=100%', 1],
      ['按时完成', '按时完成'],
    ]);
  });

  it('more than three columns is a bad required name', () => {
    const planned = planScoring(snapshotOf(sheet({ A2: '≥', B2: 95 }, 'S!$A$2:$D$3'), 'S'));
    expect(planned.ok).toBe(false);
    if (!planned.ok) expect(planned.refusal.message).toContain('至多3列相邻的拆分目标值');
  });
});

describe('every scorable layout of the corpus: detected once, then scored again from its names', () => {
  const scorable = LAYOUT_CASES.filter((c) => !c.problem);
  it.each(scorable.map((c) => [c.source, c] as const))('%s', (_source, testCase) => {
    const { layout } = testCase;
    const first = plan(workbookOf(layout), layout.name);
    expect(first.layout).toBe('detected');
    const once = applyPlan(workbookOf(layout), first.plan);
    const second = plan(once, layout.name);
    expect([second.layout, second.result.profile, second.result.total]).toEqual([
      'names',
      first.result.profile,
      first.result.total,
    ]);
    const comparable = (p: WritePlan) => ({
      ...p,
      names: [],
      sheets: p.sheets.map((s) => ({ ...s, create: false })),
    });
    expect(comparable(second.plan)).toEqual(comparable(first.plan));
    expect(applyPlan(once, second.plan)).toEqual(once);
  });
});

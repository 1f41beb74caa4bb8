/** planUndo: the plan that puts back what a WritePlan changes, computed from the snapshot. */
import { planUndo, restoreValue, sheetContents } from '../../src/workbook/undo';
import type { ScoringSnapshot, SheetGrid, WritePlan } from '../../src/workbook/types';

/** Grid at C3 (row 2, col 2): C3 = 5 "0.00", D3 = =C3*2 (10), C4 empty with a fill, D4 = "备注" in text format. */
const GRID: SheetGrid = {
  top: 2,
  left: 2,
  values: [
    [5, 10],
    [null, '备注'],
  ],
  formulas: [
    [null, '=C3*2'],
    [null, null],
  ],
  numberFormats: [
    ['0.00', 'General'],
    ['General', '@'],
  ],
  fills: [
    [null, null],
    ['#FFC7CE', null],
  ],
};

function snapshot(extra: Partial<ScoringSnapshot> = {}): ScoringSnapshot {
  return {
    sheet: { name: '绩效指标', protected: false, grid: GRID },
    names: [
      { name: 'PE_Targets', scope: 'workbook', formula: '=绩效指标!$C$3:$C$4' },
      { name: 'PE_OutRates', scope: { sheet: '绩效指标' }, formula: '=绩效指标!$H$3:$H$4' },
    ],
    sheetNames: ['绩效指标', '评分汇总'],
    otherSheets: [],
    ...extra,
  };
}

const emptyPlan = (over: Partial<WritePlan>): WritePlan => ({
  sheet: '绩效指标',
  blocks: [],
  fills: [],
  names: [],
  sheets: [],
  ...over,
});

describe('restoreValue', () => {
  it.each([
    ['a number', { value: 5, formula: null, numberFormat: '0.00', fill: null }, 5],
    [
      'a formula, as its formula',
      { value: 10, formula: '=C3*2', numberFormat: 'General', fill: null },
      { formula: '=C3*2' },
    ],
    [
      'a text constant that starts with "=", as text',
      { value: '=not a formula', formula: null, numberFormat: 'General', fill: null },
      '=not a formula',
    ],
    [
      'an empty cell, as null (clear)',
      { value: null, formula: null, numberFormat: 'General', fill: null },
      null,
    ],
    [
      'a constant error, as its text',
      { value: { error: '#N/A' }, formula: null, numberFormat: 'General', fill: null },
      '#N/A',
    ],
    ['text', { value: '备注', formula: null, numberFormat: '@', fill: null }, '备注'],
  ])('%s', (_label, cell, expected) => {
    expect(restoreValue(cell)).toEqual(expected);
  });
});

describe('planUndo', () => {
  it('puts back the values, formulas and formats of every cell a block overwrites; cells outside the grid were empty/General', () => {
    const plan = emptyPlan({
      blocks: [
        {
          sheet: '绩效指标',
          top: 2,
          left: 3,
          values: [
            [1, 2],
            [3, 4],
            [5, 6],
          ],
          numberFormats: [
            ['0%', '0%'],
            ['0%', '0%'],
            ['0%', '0%'],
          ],
        },
      ],
    });
    const undo = planUndo(snapshot(), plan);
    expect(undo.restore.blocks).toEqual([
      {
        sheet: '绩效指标',
        top: 2,
        left: 3,
        values: [
          [{ formula: '=C3*2' }, null],
          ['备注', null],
          [null, null],
        ],
        numberFormats: [
          ['General', 'General'],
          ['@', 'General'],
          ['General', 'General'],
        ],
      },
    ]);
  });

  it('leaves number formats alone when the block did not set them', () => {
    const plan = emptyPlan({ blocks: [{ sheet: '绩效指标', top: 2, left: 2, values: [[null]] }] });
    expect(planUndo(snapshot(), plan).restore.blocks).toEqual([
      { sheet: '绩效指标', top: 2, left: 2, values: [[5]] },
    ]);
  });

  it('gives every filled or unfilled cell its previous fill back', () => {
    const plan = emptyPlan({
      fills: [
        { sheet: '绩效指标', row: 3, col: 2, color: '#F4B183' },
        { sheet: '绩效指标', row: 2, col: 2, color: '#FFE699' },
        { sheet: '绩效指标', row: 40, col: 9, color: null },
      ],
    });
    expect(planUndo(snapshot(), plan).restore.fills).toEqual([
      { sheet: '绩效指标', row: 3, col: 2, color: '#FFC7CE' },
      { sheet: '绩效指标', row: 2, col: 2, color: null },
      { sheet: '绩效指标', row: 40, col: 9, color: null },
    ]);
  });

  it('deletes names the plan added and restores the formula of names it redefined (same scope only)', () => {
    const plan = emptyPlan({
      names: [
        { name: 'PE_OutRates', scope: { sheet: '绩效指标' }, formula: '绩效指标!$I$3:$I$4' },
        { name: 'PE_OutScores', scope: { sheet: '绩效指标' }, formula: '绩效指标!$J$3:$J$4' },
        { name: 'PE_Targets', scope: { sheet: '绩效指标' }, formula: '绩效指标!$D$3:$D$4' },
      ],
    });
    const undo = planUndo(snapshot(), plan);
    expect(undo.restore.names).toEqual([
      { name: 'PE_OutRates', scope: { sheet: '绩效指标' }, formula: '绩效指标!$H$3:$H$4' },
    ]);
    expect(undo.deleteNames).toEqual([
      { name: 'PE_OutScores', scope: { sheet: '绩效指标' } },
      { name: 'PE_Targets', scope: { sheet: '绩效指标' } },
    ]);
  });

  it('puts back a name the plan deleted exactly as it was: its formula, scope and visibility', () => {
    const memory = (name: string, hidden: boolean | undefined) => ({
      name,
      scope: { sheet: '绩效指标' } as const,
      formula: '=绩效指标!$K$17:$L$18',
      ...(hidden === undefined ? {} : { hidden }),
    });
    const names = [
      memory('_PerfScore_Fill_FFE699_NONE_1', true),
      // An officer made this one visible in Name Manager: undo must not hide it.
      memory('_PerfScore_Filled_FFE699_NONE_1', false),
      // A host that did not read the visibility: added as Excel adds a name, visible.
      memory('_PerfScore_Fill_FFE699_00B0F0_1', undefined),
    ];
    const plan = emptyPlan({
      deleteNames: names.map((n) => ({ name: n.name.toUpperCase(), scope: { sheet: '绩效指标' } })),
    });
    expect(planUndo(snapshot({ names }), plan).restore.names).toEqual([
      { ...memory('_PerfScore_Fill_FFE699_NONE_1', true), formula: '绩效指标!$K$17:$L$18', create: true },
      {
        ...memory('_PerfScore_Filled_FFE699_NONE_1', undefined),
        formula: '绩效指标!$K$17:$L$18',
        create: true,
      },
      {
        ...memory('_PerfScore_Fill_FFE699_00B0F0_1', undefined),
        formula: '绩效指标!$K$17:$L$18',
        create: true,
      },
    ]);
  });

  it('deletes sheets the plan created and puts back the contents of sheets it replaced', () => {
    const summary: SheetGrid = {
      top: 0,
      left: 0,
      values: [['总分', 94.46]],
      formulas: [[null, null]],
      numberFormats: [['General', '0.00']],
      fills: [['#DDEBF7', null]],
    };
    const plan = emptyPlan({
      sheets: [
        { name: '评分汇总', create: false, rows: [['总分', 90]] },
        { name: '扣分明细', create: true, rows: [['项目']] },
      ],
      // Writes into a sheet the plan creates need no undo: the sheet goes away.
      blocks: [{ sheet: '扣分明细', top: 0, left: 0, values: [['x']] }],
      fills: [{ sheet: '扣分明细', row: 0, col: 0, color: '#FFE699' }],
    });
    const undo = planUndo(
      snapshot({ otherSheets: [{ name: '评分汇总', protected: false, grid: summary }] }),
      plan,
    );
    expect(undo.deleteSheets).toEqual(['扣分明细']);
    expect(undo.restore.blocks).toEqual([]);
    expect(undo.restore.fills).toEqual([]);
    expect(undo.restore.sheets).toEqual([
      {
        name: '评分汇总',
        create: false,
        rows: [['总分', 94.46]],
        numberFormats: [[null, '0.00']],
        fills: [{ row: 0, col: 0, color: '#DDEBF7' }],
      },
    ]);
  });
});

describe('sheetContents', () => {
  it('writes a grid that starts below and right of A1 from A1, padding with empty cells', () => {
    const contents = sheetContents({ name: 'S', protected: false, grid: GRID });
    expect(contents.rows).toEqual([
      [null, null, null, null],
      [null, null, null, null],
      [null, null, 5, { formula: '=C3*2' }],
      [null, null, null, '备注'],
    ]);
    expect(contents.numberFormats?.[3]).toEqual([null, null, null, '@']);
    expect(contents.fills).toEqual([{ row: 3, col: 2, color: '#FFC7CE' }]);
  });

  it('an empty sheet has no rows', () => {
    const empty: SheetGrid = { top: 0, left: 0, values: [], formulas: [], numberFormats: [], fills: [] };
    expect(sheetContents({ name: 'S', protected: false, grid: empty }).rows).toEqual([]);
  });
});

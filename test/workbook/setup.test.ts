import { detectIndicatorTable, normalizeHeader } from '../../src/workbook/setup';
import type { CellValue } from '../../src/workbook/types';

/** A grid laid out like the bundled example: title on row 1, headers on row 2, data from row 3. */
function exampleLikeGrid(indicatorRows: number): CellValue[][] {
  const rows: CellValue[][] = [
    ['2023年度部门整体支出绩效自评表', null, null, null, null, null, null, null],
    ['一级指标', '二级指标', '三级指标', '年度目标值', '年度实现值', '指标完成率', '分值', '备注'],
  ];
  for (let i = 0; i < indicatorRows; i++) {
    const first = i === 0;
    rows.push([first ? '产出指标' : null, first ? '数量指标' : null, `指标${i + 1}`, '≥1', 2, 2, 1, null]);
  }
  rows.push([null, null, null, null, null, null, null, null]);
  rows.push(['预算执行情况', null, null, null, null, null, null, null]);
  rows.push(['管理项目', '分值', '实际值', '规则', '说明', null, null, null]);
  return rows;
}

describe('normalizeHeader', () => {
  it.each([
    ['分值', '分值'],
    ['分值（分）', '分值'],
    ['分值(分)', '分值'],
    [' 年度\n目标值 ', '年度目标值'],
    ['年度\u3000实现值', '年度实现值'],
    ['年度预算（万元）（调整后）', '年度预算'],
    ['指标（完成）率', '指标（完成）率'],
  ])('%j -> %j', (text, expected) => {
    expect(normalizeHeader(text)).toBe(expected);
  });
});

describe('detectIndicatorTable on the example layout (24 indicators, rows 3-26)', () => {
  const proposal = detectIndicatorTable({ top: 0, left: 0, values: exampleLikeGrid(24) });

  it('finds the header line on row 2 and the indicators on rows 3-26', () => {
    expect(proposal).not.toBeNull();
    expect(proposal!.headerRow).toBe(1);
    expect(proposal!.firstRow).toBe(2);
    expect(proposal!.lastRow).toBe(25);
    expect(proposal!.missingRequired).toEqual([]);
  });

  it.each([
    ['PE_Categories', '二级指标', 'B3:B26'],
    ['PE_Names', '三级指标', 'C3:C26'],
    ['PE_Targets', '年度目标值', 'D3:D26'],
    ['PE_Actuals', '年度实现值', 'E3:E26'],
    ['PE_ReportedRates', '指标完成率', 'F3:F26'],
    ['PE_Weights', '分值', 'G3:G26'],
  ])('%s comes from %s as %s', (name, header, address) => {
    const range = proposal!.ranges.find((r) => r.name === name);
    expect(range).toMatchObject({ header, address });
  });

  it('proposes each name once, in column order, and never the 一级指标 column', () => {
    expect(proposal!.ranges.map((r) => r.address)).toEqual([
      'B3:B26',
      'C3:C26',
      'D3:D26',
      'E3:E26',
      'F3:F26',
      'G3:G26',
    ]);
  });
});

describe('detectIndicatorTable tolerates how real tables are written', () => {
  it.each<[string, CellValue[], string, string]>([
    [
      'line breaks and unit suffixes',
      ['指标\n名称', '年度\n目标值', '年度实现值', '分值（分）'],
      'PE_Weights',
      'D2:D3',
    ],
    ['指标名称 as the name column', ['指标名称', '年度目标值', '年度实现值'], 'PE_Names', 'A2:A3'],
    [
      '一级指标 when there is no 二级指标',
      ['一级指标', '年度目标值', '年度实现值'],
      'PE_Categories',
      'A2:A3',
    ],
    ['full-width spaces', ['指标名称', '年度\u3000目标值', '年度实现值'], 'PE_Targets', 'B2:B3'],
  ])('%s', (_label, headers, name, address) => {
    const data = headers.map((_h, i) => (i === 0 ? '某指标' : 1));
    const proposal = detectIndicatorTable({ top: 0, left: 0, values: [headers, data, data] });
    expect(proposal!.ranges.find((r) => r.name === name)?.address).toBe(address);
  });

  it('offsets addresses by where the used range starts', () => {
    // Used range starting at C5 (row 4, col 2): headers on row 5, data on rows 6-7.
    const values: CellValue[][] = [
      ['三级指标', '年度目标值', '年度实现值'],
      ['a', '≥1', 1],
      ['b', '≥1', 1],
    ];
    const proposal = detectIndicatorTable({ top: 4, left: 2, values });
    expect(proposal!.ranges.map((r) => `${r.name}=${r.address}`)).toEqual([
      'PE_Names=C6:C7',
      'PE_Targets=D6:D7',
      'PE_Actuals=E6:E7',
    ]);
  });

  it('stops at the first row blank across the table, ignoring notes beside it', () => {
    const values: CellValue[][] = [
      ['三级指标', '年度目标值', '年度实现值', null],
      ['a', '≥1', 1, null],
      [null, null, null, '旁注'],
      ['c', '≥1', 1, null],
    ];
    expect(detectIndicatorTable({ top: 0, left: 0, values })!.lastRow).toBe(1);
  });

  it('treats whitespace-only cells as blank', () => {
    const values: CellValue[][] = [
      ['三级指标', '年度目标值', '年度实现值'],
      ['a', '≥1', 1],
      [' ', '', null],
      ['c', '≥1', 1],
    ];
    expect(detectIndicatorTable({ top: 0, left: 0, values })!.lastRow).toBe(1);
  });

  it('reports a missing required header', () => {
    const values: CellValue[][] = [
      ['三级指标', '年度目标值', '分值'],
      ['a', '≥1', 1],
    ];
    expect(detectIndicatorTable({ top: 0, left: 0, values })!.missingRequired).toEqual(['PE_Actuals']);
  });
});

describe('detectIndicatorTable finds nothing', () => {
  it.each<[string, CellValue[][]]>([
    ['an empty sheet', []],
    [
      'a table without target or actual headers',
      [
        ['三级指标', '分值'],
        ['a', 1],
      ],
    ],
    [
      'a single matching header',
      [
        ['年度目标值', '备注'],
        ['≥1', null],
      ],
    ],
    [
      'headers with no data below',
      [
        ['三级指标', '年度目标值', '年度实现值'],
        [null, null, null],
      ],
    ],
    [
      'numbers where headers would be',
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ],
  ])('in %s', (_label, values) => {
    expect(detectIndicatorTable({ top: 0, left: 0, values })).toBeNull();
  });
});

import { alignColumns } from '../../src/workbook/align';

const column = (name: string, col: number, top: number, bottom: number) => ({
  name,
  area: { sheet: 'S', top, bottom, left: col, right: col },
});

describe('alignColumns', () => {
  test.each([
    // [label, ranges, starts (A1 rows), count, ranges named in findings]
    [
      'equal heights, same rows',
      [column('PE_Actuals', 4, 2, 25), column('PE_Targets', 3, 2, 25)],
      [3, 3],
      24,
      [],
    ],
    [
      'equal heights, different rows: row i with row i',
      [column('PE_Actuals', 4, 2, 25), column('PE_Weights', 9, 39, 62)],
      [3, 40],
      24,
      [],
    ],
    [
      'one short at the bottom: shared rows',
      [column('PE_Actuals', 4, 2, 25), column('PE_Weights', 6, 2, 24)],
      [3, 3],
      23,
      ['PE_Weights'],
    ],
    [
      'one starting lower: shared rows',
      [column('PE_Actuals', 4, 2, 25), column('PE_Weights', 6, 3, 25)],
      [4, 4],
      23,
      ['PE_Weights'],
    ],
    [
      'no row in common: the first rows up to the shortest',
      [column('PE_Actuals', 4, 2, 5), column('PE_Weights', 6, 10, 12)],
      [3, 11],
      3,
      ['PE_Weights'],
    ],
  ])('%s', (_label, ranges, starts, count, named) => {
    const aligned = alignColumns(ranges, 'PE_Actuals');
    expect(ranges.map((r) => aligned.start.get(r.name)! + 1)).toEqual(starts);
    expect(aligned.count).toBe(count);
    expect(aligned.findings.map((f) => f.cell)).toEqual(named);
    aligned.findings.forEach((f) =>
      expect(f).toMatchObject({ level: 'error', code: 'range-height-mismatch' }),
    );
  });

  test('the message names both ranges, their heights and the rows scored', () => {
    const aligned = alignColumns(
      [column('PE_Actuals', 4, 2, 25), column('PE_Weights', 6, 2, 24)],
      'PE_Actuals',
    );
    expect(aligned.findings[0].message).toBe(
      '名称 PE_Weights（S!$G$3:$G$25，23行）与 PE_Actuals（S!$E$3:$E$26，24行）行数不同，只评分各区域共有的第3–25行',
    );
  });
});

import { planScoring } from '../../src/workbook';
import { chooseOutputColumns, type OutputColumn } from '../../src/workbook/outputColumns';
import { readInput } from '../../src/workbook/readInput';
import { columnLetters } from '../../src/workbook/references';
import type { DefinedName, WritePlan } from '../../src/workbook/types';
import { snapshotOf, type FakeWorkbook } from './helpers/fakeWorkbook';
import { local, smallTable, wb } from './helpers/tables';
import type { CellValue } from '../../src/workbook/types';

function choose(workbook: FakeWorkbook) {
  const snapshot = snapshotOf(workbook, 'Sheet1');
  const read = readInput(snapshot);
  if (!read.ok) throw new Error(read.refusal.message);
  return chooseOutputColumns({
    sheet: 'Sheet1',
    grid: snapshot.sheet.grid,
    names: snapshot.names,
    block: read.read.block!,
    inputAreas: read.read.inputAreas,
  });
}

const letters = (columns: OutputColumn[]) => columns.map((c) => columnLetters(c.col)).join('');

function table(extra: Record<string, CellValue> = {}, ...names: DefinedName[]): FakeWorkbook {
  const workbook = smallTable(extra);
  workbook.names.push(...names);
  return workbook;
}

function plan(workbook: FakeWorkbook): WritePlan {
  const planned = planScoring(snapshotOf(workbook, 'Sheet1'));
  if (!planned.ok) throw new Error(planned.refusal.message);
  return planned.run.plan;
}

describe('free columns to the right of the indicator block (D:F, rows 3–5, header row 2)', () => {
  test.each([
    ['all free', {}, 'GHIJ'],
    ['a value in a block row takes the column', { H4: '备注内容' }, 'GIJK'],
    ['a header alone leaves the column free (contract §2.1); the header is kept', { G2: '备注' }, 'GHIJ'],
    ['content below or above the block does not matter', { G1: '标题', G6: '合计' }, 'GHIJ'],
    ['a formula is content', { G3: { formula: '=1+1', value: 2 } as unknown as CellValue }, 'HIJK'],
  ])('%s -> %s', (_label, extra, expected) => {
    const { columns, findings } = choose(table(extra as Record<string, CellValue>));
    expect(letters(columns)).toBe(expected);
    expect(findings).toEqual([]);
  });

  test('the four names are defined on the scored sheet for the next run', () => {
    const { columns } = choose(table());
    expect(columns.map((c) => c.nameAdd)).toEqual([
      { name: 'PE_OutRates', scope: { sheet: 'Sheet1' }, formula: 'Sheet1!$G$3:$G$5' },
      { name: 'PE_OutScores', scope: { sheet: 'Sheet1' }, formula: 'Sheet1!$H$3:$H$5' },
      { name: 'PE_OutFlags', scope: { sheet: 'Sheet1' }, formula: 'Sheet1!$I$3:$I$5' },
      { name: 'PE_OutNotes', scope: { sheet: 'Sheet1' }, formula: 'Sheet1!$J$3:$J$5' },
    ]);
  });

  test('headers go into the empty row above; values with their formats below', () => {
    const blocks = plan(table()).blocks;
    expect(blocks.map((b) => [b.top, columnLetters(b.left), b.values.map((row) => row[0])])).toEqual([
      [1, 'G', ['完成率', 2, 0.9, 1]],
      [1, 'H', ['得分', 0.5, 0.9, 1]],
      [1, 'I', ['标记', '需调整目标', '未完成', null]],
      [1, 'J', ['说明', expect.any(String), expect.any(String), expect.any(String)]],
    ]);
    expect(blocks[0].numberFormats!.map((row) => row[0])).toEqual(['General', '0.00%', '0.00%', '0.00%']);
    expect(blocks[1].numberFormats!.map((row) => row[0])).toEqual(['General', '0.00', '0.00', '0.00']);
  });

  test('no header when the block starts in row 1', () => {
    const workbook: FakeWorkbook = {
      sheets: [{ name: 'Sheet1', cells: { A1: { value: '≥10' }, B1: { value: 12 } } }],
      names: [wb('PE_Targets', 'Sheet1!$A$1'), wb('PE_Actuals', 'Sheet1!$B$1')],
    };
    const blocks = plan(workbook).blocks;
    expect(blocks.map((b) => [b.top, b.left, b.values.length])).toEqual([
      [0, 2, 1],
      [0, 3, 1],
      [0, 4, 1],
      [0, 5, 1],
    ]);
  });

  test('a user header over a free column is kept; the other three columns get their headers', () => {
    const blocks = plan(table({ G2: '备注' })).blocks;
    const startRow = (col: number) => blocks.find((b) => b.left === col)!.top;
    expect([6, 7, 8, 9].map(startRow)).toEqual([2, 1, 1, 1]); // G3 (no header over 备注), H2, I2, J2
  });

  test('a user header already in the row above is kept (the column is reused by name)', () => {
    const workbook = table({ M2: '本单位得分' }, local('Sheet1', 'PE_OutScores', 'Sheet1!$M$3:$M$5'));
    const scores = plan(workbook).blocks.find((b) => b.left === 12)!;
    expect(scores.top).toBe(2);
    expect(scores.values).toHaveLength(3);
  });

  test('error rows: rate and score blank, 标记 错误, 说明 the error', () => {
    const blocks = plan(table({ E5: '约7个' })).blocks;
    expect(blocks.map((b) => b.values[3][0])).toEqual([null, null, '错误', expect.stringContaining('E5')]);
  });

  test('completely empty rows: all four blank', () => {
    const blocks = plan(table({ D5: null, E5: null, F5: null })).blocks;
    expect(blocks.map((b) => b.values[3][0])).toEqual([null, null, null, null]);
  });
});

describe('existing PE_Out* names', () => {
  test.each([
    ['sheet-scoped reused', [local('Sheet1', 'PE_OutRates', 'Sheet1!$M$3:$M$5')], 'MGHI'],
    ['workbook-scoped on this sheet reused', [wb('PE_OutScores', 'Sheet1!$M$3:$M$5')], 'GMHI'],
    [
      'sheet-scoped wins',
      [wb('PE_OutRates', 'Sheet1!$N$3:$N$5'), local('Sheet1', 'pe_outrates', 'Sheet1!$M$3:$M$5')],
      'MGHI',
    ],
    ['workbook-scoped on another sheet ignored', [wb('PE_OutRates', 'Sheet2!$M$3:$M$5')], 'GHIJ'],
  ])('%s -> %s', (_label, names, expected) => {
    const { columns, findings } = choose(table({}, ...names));
    expect(letters(columns)).toBe(expected);
    expect(findings).toEqual([]);
    expect(columns.filter((c) => c.previous).every((c) => c.nameAdd === null)).toBe(true);
  });

  test.each([
    ['overlapping an input range', 'Sheet1!$E$3:$E$5', '与评分输入区域重叠'],
    ['two columns wide', 'Sheet1!$M$3:$N$5', '不是单列区域'],
    ['#REF!', '#REF!', '引用已失效'],
    ['pointing at another sheet', 'Other!$M$3:$M$5', '却引用了工作表 Other'],
  ])('%s: ignored with a finding, free columns chosen, name redefined', (_label, formula, words) => {
    const { columns, findings } = choose(table({}, local('Sheet1', 'PE_OutRates', formula)));
    expect(letters(columns)).toBe('GHIJ');
    expect(findings).toEqual([
      expect.objectContaining({ level: 'warning', cell: 'PE_OutRates', code: 'output-name-ignored' }),
    ]);
    expect(findings[0].message).toContain(words);
    expect(columns[0].nameAdd).toEqual({
      name: 'PE_OutRates',
      scope: { sheet: 'Sheet1' },
      formula: 'Sheet1!$G$3:$G$5',
    });
  });

  test('two names on one column: the second is ignored', () => {
    const names = [
      local('Sheet1', 'PE_OutRates', 'Sheet1!$M$3:$M$5'),
      local('Sheet1', 'PE_OutScores', 'Sheet1!$M$3:$M$5'),
    ];
    const { columns, findings } = choose(table({}, ...names));
    expect(letters(columns)).toBe('MGHI');
    expect(findings[0]).toMatchObject({ cell: 'PE_OutScores' });
  });

  test('the block grew: the name is extended over the new empty row and redefined', () => {
    const { columns } = choose(table({ M3: 1, M4: 1 }, local('Sheet1', 'PE_OutRates', 'Sheet1!$M$3:$M$4')));
    expect(columns[0]).toMatchObject({
      col: 12,
      nameAdd: { name: 'PE_OutRates', scope: { sheet: 'Sheet1' }, formula: 'Sheet1!$M$3:$M$5' },
    });
  });

  test('the block grew over a user value: not extended, free columns instead', () => {
    const { columns, findings } = choose(
      table({ M5: '用户的值' }, local('Sheet1', 'PE_OutRates', 'Sheet1!$M$3:$M$4')),
    );
    expect(letters(columns)).toBe('GHIJ');
    expect(findings[0].message).toContain('M5');
  });

  test('the block shrank: the scorer’s stale cells below are cleared', () => {
    const workbook = table({ M6: 0.5, M7: 0.5 }, local('Sheet1', 'PE_OutRates', 'Sheet1!$M$3:$M$7'));
    const blocks = plan(workbook).blocks.filter((b) => b.left === 12);
    expect(blocks.map((b) => [b.top, b.values.length, b.values.map((r) => r[0])])).toEqual([
      [1, 4, ['完成率', 2, 0.9, 1]],
      [5, 2, [null, null]],
    ]);
  });
});

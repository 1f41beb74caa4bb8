import { planScoring } from '../../src/workbook';
import { chooseOutputColumns, type OutputColumn } from '../../src/workbook/outputColumns';
import type { OutputKey } from '../../src/workbook/outputNames';
import { RECORD_TITLE, isScorerReference, type OutputRecord } from '../../src/workbook/outputRecord';
import { readInput } from '../../src/workbook/readInput';
import { columnLetters, parseReference } from '../../src/workbook/references';
import type { DefinedName, WritePlan } from '../../src/workbook/types';
import { applyPlan, cellIn, sheetOf, snapshotOf, type FakeWorkbook } from './helpers/fakeWorkbook';
import { local, smallTable, wb } from './helpers/tables';
import type { CellValue } from '../../src/workbook/types';

/** `recorded`: the PE_Out* references the scorer's summary says it defined last time. */
function choose(
  workbook: FakeWorkbook,
  recorded: Partial<Record<OutputKey, string>> = {},
  merged: string[] = [],
) {
  const snapshot = snapshotOf(workbook, 'Sheet1');
  snapshot.sheet.grid.merged = merged.map((address) => {
    const parsed = parseReference(`Sheet1!${address}`);
    if ('error' in parsed) throw new Error(parsed.error);
    return parsed.areas[0];
  });
  const read = readInput(snapshot);
  if (!read.ok) throw new Error(read.refusal.message);
  const record: OutputRecord = new Map();
  for (const [key, formula] of Object.entries(recorded)) {
    const parsed = parseReference(formula);
    if ('error' in parsed) throw new Error(parsed.error);
    record.set(key as OutputKey, parsed.areas[0]);
  }
  return chooseOutputColumns({
    sheet: 'Sheet1',
    grid: snapshot.sheet.grid,
    names: snapshot.names,
    block: read.read.block!,
    inputAreas: read.read.inputAreas,
    recorded: record,
  });
}

const letters = (columns: OutputColumn[]) => columns.map((c) => columnLetters(c.col)).join('');

function table(extra: Record<string, CellValue> = {}, ...names: DefinedName[]): FakeWorkbook {
  const workbook = smallTable(extra);
  workbook.names.push(...names);
  return workbook;
}

/** Adds the scorer's summary of Sheet1 with its record of the PE_Out* names it defined. */
function withRecord(workbook: FakeWorkbook, record: [string, string][]): FakeWorkbook {
  const cells: Record<string, CellValue> = { A1: '绩效自评评分汇总：Sheet1', A10: RECORD_TITLE, A11: '名称' };
  record.forEach(([name, formula], i) => {
    cells[`A${12 + i}`] = name;
    cells[`B${12 + i}`] = formula;
  });
  workbook.sheets.push(sheetOf('评分汇总', cells));
  workbook.names.push(local('Sheet1', 'PE_OutSummary', "'评分汇总'!$A$1"));
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

  test('the block grew: the scorer’s name is extended over the new empty row and redefined', () => {
    const { columns } = choose(table({ M3: 1, M4: 1 }, local('Sheet1', 'PE_OutRates', 'Sheet1!$M$3:$M$4')), {
      rates: 'Sheet1!$M$3:$M$4',
    });
    expect(columns[0]).toMatchObject({
      col: 12,
      nameAdd: { name: 'PE_OutRates', scope: { sheet: 'Sheet1' }, formula: 'Sheet1!$M$3:$M$5' },
    });
  });

  test('the block grew over a user value: not extended, free columns instead', () => {
    const { columns, findings } = choose(
      table({ M5: '用户的值' }, local('Sheet1', 'PE_OutRates', 'Sheet1!$M$3:$M$4')),
      { rates: 'Sheet1!$M$3:$M$4' },
    );
    expect(letters(columns)).toBe('GHIJ');
    expect(findings[0].message).toContain('M5');
  });

  test('the block shrank: the scorer’s stale cells below are cleared', () => {
    const workbook = withRecord(
      table({ M6: 0.5, M7: 0.5 }, local('Sheet1', 'PE_OutRates', 'Sheet1!$M$3:$M$7')),
      [['PE_OutRates', 'Sheet1!$M$3:$M$7']],
    );
    const blocks = plan(workbook).blocks.filter((b) => b.left === 12);
    expect(blocks.map((b) => [b.top, b.values.length, b.values.map((r) => r[0])])).toEqual([
      [1, 4, ['完成率', 2, 0.9, 1]],
      [5, 2, [null, null]],
    ]);
  });
});

describe('a PE_Out* name is the scorer’s only when its reference is the one the scorer recorded', () => {
  const area = (top: number, bottom: number, col = 12) => ({
    sheet: 'Sheet1',
    top,
    bottom,
    left: col,
    right: col,
  });
  test.each([
    ['exactly the recorded reference', area(2, 4), area(2, 4), 2, true],
    ['moved down with the block (rows inserted above)', area(4, 6), area(2, 4), 4, true],
    ['moved, but not where the block now starts', area(4, 6), area(2, 4), 3, false],
    ['another height than recorded', area(2, 9), area(2, 4), 2, false],
    ['another column', area(2, 4, 13), area(2, 4), 2, false],
    ['nothing recorded (the user’s own name)', area(2, 4), undefined, 2, false],
  ])('%s -> %s', (_label, current, recorded, blockTop, owned) => {
    expect(isScorerReference(current, recorded, blockTop)).toBe(owned);
  });
});

describe('the user’s own PE_Out* range (not recorded by the scorer)', () => {
  test.each([
    ['bigger than the block', 'Sheet1!$M$1:$M$20'],
    ['a whole column', 'Sheet1!$M:$M'],
    ['exactly the block rows', 'Sheet1!$M$3:$M$5'],
  ])('%s: only the block rows are written, nothing else cleared, the name kept', (_label, formula) => {
    const workbook = table(
      { M1: '本单位完成率', M2: '说明行', M10: '用户的值' },
      local('Sheet1', 'PE_OutRates', formula),
    );
    const planned = plan(workbook);
    expect(planned.blocks.filter((b) => b.left === 12)).toEqual([
      expect.objectContaining({ top: 2, values: [[2], [0.9], [1]] }),
    ]);
    expect(planned.names.map((n) => n.name)).not.toContain('PE_OutRates');
    const once = applyPlan(workbook, planned);
    expect(['M1', 'M2', 'M10'].map((a) => cellIn(once, 'Sheet1', a).value)).toEqual([
      '本单位完成率',
      '说明行',
      '用户的值',
    ]);
    const again = plan(once);
    expect(applyPlan(once, again)).toEqual(once);
  });

  test('not covering the block rows: ignored with a finding, free columns chosen', () => {
    const { columns, findings } = choose(table({}, local('Sheet1', 'PE_OutRates', 'Sheet1!$M$4:$M$20')));
    expect(letters(columns)).toBe('GHIJ');
    expect(findings).toEqual([expect.objectContaining({ cell: 'PE_OutRates', code: 'output-name-ignored' })]);
    expect(findings[0].message).toContain('未覆盖全部指标行（第3–5行）');
  });

  test('its header cell above the block is written only when it lies outside the user’s range', () => {
    const inside = choose(table({}, local('Sheet1', 'PE_OutRates', 'Sheet1!$M$1:$M$20'))).columns[0];
    const outside = choose(table({}, local('Sheet1', 'PE_OutRates', 'Sheet1!$M$3:$M$5'))).columns[0];
    expect([inside.writeHeader, outside.writeHeader]).toEqual([false, true]);
  });
});

test('the scorer remembers the PE_Out* names it defined in hidden twin names, and the next run owns exactly those', () => {
  const workbook = table({}, local('Sheet1', 'PE_OutScores', 'Sheet1!$M$1:$M$20'));
  const first = plan(workbook);
  expect(first.names.filter((n) => n.hidden && n.name.startsWith('_PerfScore_Out'))).toEqual([
    { name: '_PerfScore_OutRates', scope: { sheet: 'Sheet1' }, formula: 'Sheet1!$G$3:$G$5', hidden: true },
    { name: '_PerfScore_OutFlags', scope: { sheet: 'Sheet1' }, formula: 'Sheet1!$H$3:$H$5', hidden: true },
    { name: '_PerfScore_OutNotes', scope: { sheet: 'Sheet1' }, formula: 'Sheet1!$I$3:$I$5', hidden: true },
  ]);
  // 评分汇总 shows only what an officer reads: no record block any more.
  expect(first.sheets[0].rows.some((row) => row[0] === RECORD_TITLE)).toBe(false);
  const once = applyPlan(workbook, first);
  const again = plan(once);
  expect(again.names).toEqual([]);
  expect(again.deleteNames).toBeUndefined();
  expect(applyPlan(once, again)).toEqual(once);
});

describe('merged cells count as occupied, every cell of them (block D:F rows 3–5, header row 2)', () => {
  test.each<[string, Record<string, CellValue>, string[], string, boolean[]]>([
    [
      'a merged title over the header row: no header under it',
      { G2: '评分结果' },
      ['G2:J2'],
      'GHIJ',
      [false, false, false, false],
    ],
    [
      'a merged header cell beside the block: only that header skipped',
      {},
      ['H1:H2', 'I1:I2'],
      'GHIJ',
      [true, false, false, true],
    ],
    [
      'a merged (empty) cell on block rows: the column is not free',
      {},
      ['H4:H5'],
      'GIJK',
      [true, true, true, true],
    ],
    [
      'a merged area reaching into the first block row from above',
      { G1: '说明' },
      ['G1:G3'],
      'HIJK',
      [true, true, true, true],
    ],
    ['merged cells below the block do not matter', {}, ['G7:J7'], 'GHIJ', [true, true, true, true]],
  ])('%s', (_label, extra, merged, expected, headers) => {
    const { columns } = choose(table(extra), {}, merged);
    expect(letters(columns)).toBe(expected);
    expect(columns.map((c) => c.writeHeader)).toEqual(headers);
  });

  test('the user’s PE_Out* range with a merged cell on a block row is ignored with a finding', () => {
    const { columns, findings } = choose(table({}, local('Sheet1', 'PE_OutRates', 'Sheet1!$M$1:$M$9')), {}, [
      'M4:N4',
    ]);
    expect(letters(columns)).toBe('GHIJ');
    expect(findings[0].message).toContain('在 M4 有合并单元格');
  });
});

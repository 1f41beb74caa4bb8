import { HIGHLIGHT, planScoring } from '../../src/workbook';
import { MEMORY_TITLE, readMemory } from '../../src/workbook/highlights';
import { readNamedMemory } from '../../src/workbook/memoryNames';
import { insertRows } from '../fakes/excel/shift';
import { OPAQUE_FILL, type FillWrite, type WritePlan } from '../../src/workbook/types';
import {
  applyPlan,
  cellIn,
  editSheet,
  gridOf,
  sheetOf,
  snapshotOf,
  type FakeWorkbook,
} from './helpers/fakeWorkbook';
import { smallTable } from './helpers/tables';

// smallTable: row 3 over 150% (target D3), row 4 under 100%; output columns G:J, so 标记 is column I.

function run(workbook: FakeWorkbook): { plan: WritePlan; after: FakeWorkbook } {
  const planned = planScoring(snapshotOf(workbook, 'Sheet1'));
  if (!planned.ok) throw new Error(planned.refusal.message);
  return { plan: planned.run.plan, after: applyPlan(workbook, planned.run.plan) };
}

const fills = (plan: WritePlan) =>
  plan.fills.map((f: FillWrite) => [`${'ABCDEFGHIJ'[f.col]}${f.row + 1}`, f.color]);

/**
 * The fill memory as the scorer's hidden names of Sheet1 hold it: the remembered cells that carry the
 * scorer's fill (not the guard cells below each run, memoryNames.ts).
 */
function memoryOf(workbook: FakeWorkbook) {
  const carries = (m: { row: number; col: number; applied: string }) =>
    (cellIn(workbook, 'Sheet1', `${'ABCDEFGHIJ'[m.col]}${m.row + 1}`).fill ?? '').toUpperCase() === m.applied;
  return readNamedMemory(workbook.names, 'Sheet1')
    .fills.filter(carries)
    .map((m) => [`${'ABCDEFGHIJ'[m.col]}${m.row + 1}`, m.original, m.applied]);
}

function setFill(workbook: FakeWorkbook, address: string, fill: string | null): FakeWorkbook {
  const next = structuredClone(workbook);
  const sheet = next.sheets[0];
  sheet.cells[address] = { ...(sheet.cells[address] ?? { value: null }), fill };
  return next;
}

function setValue(workbook: FakeWorkbook, address: string, value: string): FakeWorkbook {
  const next = structuredClone(workbook);
  next.sheets[0].cells[address] = { ...next.sheets[0].cells[address], value };
  return next;
}

describe('highlights and their memory', () => {
  const userBlue = '#00B0F0';

  test('first run: strong on the over150 target and flag cells, light on the under100 flag cell; originals remembered', () => {
    const { plan, after } = run(setFill(smallTable(), 'D3', userBlue));
    expect(fills(plan)).toEqual([
      ['D3', HIGHLIGHT.strong],
      ['I3', HIGHLIGHT.strong],
      ['I4', HIGHLIGHT.light],
    ]);
    expect(memoryOf(after)).toEqual([
      ['D3', userBlue, HIGHLIGHT.strong],
      ['I3', null, HIGHLIGHT.strong],
      ['I4', null, HIGHLIGHT.light],
    ]);
  });

  test('second run: the same fills, the same memory (the original is not replaced by the highlight)', () => {
    const first = run(setFill(smallTable(), 'D3', userBlue));
    const second = run(first.after);
    expect(second.plan.fills).toEqual(first.plan.fills);
    expect(memoryOf(second.after)).toEqual(memoryOf(first.after));
  });

  test('a cell no longer flagged gets its original fill back and is forgotten', () => {
    const first = run(setFill(smallTable(), 'D3', userBlue));
    const second = run(setValue(first.after, 'E3', '12个')); // 120%: no longer over 150%
    expect(fills(second.plan)).toEqual([
      ['D3', userBlue],
      ['I3', null],
      ['I4', HIGHLIGHT.light],
    ]);
    expect(memoryOf(second.after)).toEqual([['I4', null, HIGHLIGHT.light]]);
    expect(cellIn(second.after, 'Sheet1', 'D3').fill).toBe(userBlue);
  });

  test('a fill the user changed since is theirs: left alone and forgotten', () => {
    const first = run(setFill(smallTable(), 'D3', userBlue));
    const edited = setFill(setValue(first.after, 'E3', '12个'), 'D3', '#FF0000');
    const second = run(edited);
    expect(fills(second.plan).map(([cell]) => cell)).not.toContain('D3');
    expect(memoryOf(second.after).map(([cell]) => cell)).not.toContain('D3');
    expect(cellIn(second.after, 'Sheet1', 'D3').fill).toBe('#FF0000');
  });

  test('highlighted again with another colour: the ORIGINAL fill stays remembered', () => {
    const first = run(smallTable());
    const second = run(setValue(first.after, 'E4', '16个')); // row 4: under 100% -> over 150%
    expect(memoryOf(second.after)).toContainEqual(['I4', null, HIGHLIGHT.strong]);
    expect(memoryOf(second.after)).toContainEqual(['D4', null, HIGHLIGHT.strong]);
  });

  test('colour case does not matter when telling the scorer’s fill from the user’s', () => {
    const first = run(smallTable());
    const lower = setFill(first.after, 'I4', HIGHLIGHT.light.toLowerCase());
    const second = run(setValue(lower, 'E4', '10个'));
    expect(fills(second.plan)).toContainEqual(['I4', null]);
  });
});

describe('readMemory', () => {
  test('reads the block after its title and header, skipping rows that are not cell/colour rows', () => {
    const sheet = sheetOf('评分汇总', {
      A1: '绩效自评评分汇总：Sheet1',
      A10: MEMORY_TITLE,
      A11: '单元格',
      B11: '原填充色',
      C11: '本次填充色',
      A12: 'D13',
      B12: '无',
      C12: '#F4B183',
      A13: 'not a cell',
      B13: '无',
      C13: '#F4B183',
      A14: 'K17',
      B14: '#00b0f0',
      C14: '#FFE699',
      A15: 'K18',
      B15: '无',
      C15: 'red',
      D14: 15,
      A17: 'Z1',
      B17: '无',
      C17: '#F4B183',
    });
    expect(readMemory(gridOf(sheet))).toEqual([
      { row: 12, col: 3, original: null, applied: '#F4B183', blockTop: null },
      { row: 16, col: 10, original: '#00B0F0', applied: '#FFE699', blockTop: 14 },
    ]);
  });

  test('no summary sheet or no block: nothing remembered', () => {
    expect(readMemory(null)).toEqual([]);
    expect(readMemory(gridOf(sheetOf('评分汇总', { A1: 'x' })))).toEqual([]);
  });
});

describe('the memory moves with the cells when rows are inserted above the block (Excel moves the names)', () => {
  const userBlue = '#00B0F0';

  test('the highlighted cells moved down by two: the same highlights there, nothing at the old addresses', () => {
    const first = run(setFill(smallTable(), 'D3', userBlue));
    const moved = editSheet(first.after, 'Sheet1', insertRows(1, 2));
    const second = run(moved);
    expect(fills(second.plan)).toEqual([
      ['D5', HIGHLIGHT.strong],
      ['I5', HIGHLIGHT.strong],
      ['I6', HIGHLIGHT.light],
    ]);
    expect(memoryOf(second.after)).toEqual([
      ['D5', userBlue, HIGHLIGHT.strong],
      ['I5', null, HIGHLIGHT.strong],
      ['I6', null, HIGHLIGHT.light],
    ]);
    expect(applyPlan(second.after, run(second.after).plan)).toEqual(second.after);
  });

  test('a moved cell no longer flagged gets the user’s own fill back at its new address', () => {
    const first = run(setFill(smallTable(), 'D3', userBlue));
    const moved = setValue(editSheet(first.after, 'Sheet1', insertRows(1)), 'E4', '12个'); // row 3 -> row 4, now 120%
    const second = run(moved);
    expect(fills(second.plan)).toEqual([
      ['D4', userBlue],
      ['I4', null],
      ['I5', HIGHLIGHT.light],
    ]);
    expect(cellIn(second.after, 'Sheet1', 'D4').fill).toBe(userBlue);
  });

  test('a moved cell the user re-filled since is theirs: left alone and forgotten', () => {
    const first = run(smallTable());
    const moved = setValue(
      setFill(editSheet(first.after, 'Sheet1', insertRows(1)), 'I5', '#92D050'),
      'E5',
      '10个',
    ); // now 100%
    const second = run(moved);
    expect(fills(second.plan)).not.toContainEqual(['I5', expect.anything()]);
    expect(memoryOf(second.after).map(([address]) => address)).toEqual(['D4', 'I4']);
  });
});

describe('cells whose fill cannot be given back (patterns, theme colours)', () => {
  test('are never highlighted; an info finding names the cell; the rest as usual, twice the same', () => {
    const workbook = setFill(smallTable(), 'D3', OPAQUE_FILL);
    const planned = planScoring(snapshotOf(workbook, 'Sheet1'));
    if (!planned.ok) throw new Error(planned.refusal.message);
    expect(fills(planned.run.plan)).toEqual([
      ['I3', HIGHLIGHT.strong],
      ['I4', HIGHLIGHT.light],
    ]);
    expect(planned.run.result.findings).toContainEqual({
      level: 'info',
      cell: 'D3',
      code: 'highlight-skipped-opaque-fill',
      message: 'D3 已有图案或主题填充，未加高亮，以免无法恢复',
      text: { code: 'highlight.pattern', params: { cell: 'D3' } },
    });
    const once = applyPlan(workbook, planned.run.plan);
    expect(memoryOf(once).map(([address]) => address)).toEqual(['I3', 'I4']);
    expect(applyPlan(once, run(once).plan)).toEqual(once);
  });
});

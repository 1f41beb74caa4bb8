/**
 * The scorer's memory in hidden names (workbook-contract.md §2.5): rows and columns inserted or
 * deleted between runs (inside, above and below the block; columns to the left) move the names as
 * Excel moves them, and the next run still finds, clears and rewrites its own columns, gives back the
 * fills it replaced and never touches a user cell; a workbook scored by a version that kept the
 * memory on 评分汇总 is taken over.
 */
import { planScoring } from '../../src/workbook';
import { HIGHLIGHT, MEMORY_TITLE } from '../../src/workbook/highlights';
import { MAX_NAME_FORMULA, memoryNameChanges, readNamedMemory } from '../../src/workbook/memoryNames';
import { RECORD_TITLE } from '../../src/workbook/outputRecord';
import { a1, columnLetters } from '../../src/workbook/references';
import type { WritePlan } from '../../src/workbook/types';
import {
  deleteCols,
  deleteRows,
  insertCols,
  insertRows,
  shiftCell,
  type SheetEdit,
} from '../fakes/excel/shift';
import {
  applyPlan,
  cellIn,
  editSheet,
  gridOf,
  snapshotOf,
  type FakeCell,
  type FakeWorkbook,
} from './helpers/fakeWorkbook';
import { smallTable } from './helpers/tables';

// smallTable: block D3:F5 (targets D, actuals E, weights F); row 3 over 150%, row 4 under 100%;
// outputs G:J (标记 in I). The user's own fill on D3 is blue.
const USER_BLUE = '#00B0F0';

function run(workbook: FakeWorkbook): { plan: WritePlan; after: FakeWorkbook } {
  const planned = planScoring(snapshotOf(workbook, 'Sheet1'));
  if (!planned.ok) throw new Error(planned.refusal.message);
  return { plan: planned.run.plan, after: applyPlan(workbook, planned.run.plan) };
}

/** Cells the memory names remember that carry the scorer's fill (not the guard cells below runs). */
function remembered(workbook: FakeWorkbook): string[] {
  return readNamedMemory(workbook.names, 'Sheet1')
    .fills.filter(
      (m) => (cellIn(workbook, 'Sheet1', a1(m.row, m.col)).fill ?? '').toUpperCase() === m.applied,
    )
    .map((m) => a1(m.row, m.col));
}

function findingsOf(workbook: FakeWorkbook) {
  const planned = planScoring(snapshotOf(workbook, 'Sheet1'));
  if (!planned.ok) throw new Error(planned.refusal.message);
  return planned.run.result.findings;
}

function setCell(workbook: FakeWorkbook, address: string, change: Partial<FakeCell>): FakeWorkbook {
  const next = structuredClone(workbook);
  const sheet = next.sheets[0];
  sheet.cells[address] = { ...(sheet.cells[address] ?? { value: null }), ...change };
  return next;
}

const moved = (address: string, edit: SheetEdit) => {
  const [col, row] = [address.replace(/\d+/, ''), Number(address.replace(/\D+/, ''))];
  const at = shiftCell(row - 1, col.charCodeAt(0) - 65, edit)!;
  return a1(at.row, at.col);
};

/** Every cell a plan writes on Sheet1 that held something before and is not the scorer's own column. */
function userCellsWritten(before: FakeWorkbook, plan: WritePlan, ownCols: number[]): string[] {
  const grid = gridOf(before.sheets[0]);
  const hits: string[] = [];
  for (const block of plan.blocks)
    block.values.forEach((row, r) =>
      row.forEach((_, c) => {
        const [rr, cc] = [block.top + r, block.left + c];
        const value = grid.values[rr - grid.top]?.[cc - grid.left] ?? null;
        if (value !== null && !ownCols.includes(cc)) hits.push(a1(rr, cc));
      }),
    );
  return hits;
}

const EDITS: [string, SheetEdit][] = [
  ['a row inserted inside the block (above row 4)', insertRows(4)],
  ['two rows inserted inside the block', insertRows(4, 2)],
  ['a row inserted at the block’s first row', insertRows(3)],
  ['rows inserted above the block', insertRows(1, 2)],
  ['a row inserted below the block', insertRows(6)],
  ['a row deleted inside the block (row 5)', deleteRows(5)],
  ['a row deleted above the block', deleteRows(1)],
  ['a row deleted below the block', deleteRows(7)],
  ['a column inserted to the left (A)', insertCols(0)],
  ['two columns inserted to the left (B:C)', insertCols(1, 2)],
  ['a column deleted to the left (A)', deleteCols(0)],
];

describe.each(EDITS)('%s, then a re-run', (_label, edit) => {
  const first = run(setCell(smallTable(), 'D3', { fill: USER_BLUE }));
  const edited = editSheet(first.after, 'Sheet1', edit);
  const ownCols = [6, 7, 8, 9].map((c) => shiftCell(100, c, edit)!.col);

  test('the scorer finds its own four columns (no warning, no new column) and writes only there', () => {
    const second = run(edited);
    expect(findingsOf(edited).filter((f) => f.code === 'output-name-ignored')).toEqual([]);
    expect([...new Set(second.plan.blocks.map((b) => b.left))].sort((x, y) => x - y)).toEqual(ownCols);
    expect(userCellsWritten(edited, second.plan, ownCols)).toEqual([]);
    expect(second.plan.names.filter((n) => !n.hidden)).toEqual([]); // PE_Out* moved with the block
  });

  test('the fills it replaced come back where the cells went, when the row is no longer flagged', () => {
    const actual = moved('E3', edit);
    const second = run(setCell(edited, actual, { value: '12个' })); // 120%: no longer over 150%
    expect(cellIn(second.after, 'Sheet1', moved('D3', edit)).fill).toBe(USER_BLUE);
    expect(cellIn(second.after, 'Sheet1', a1(Number(actual.slice(1)) - 1, ownCols[2])).fill).toBeNull();
    expect(remembered(second.after)).toEqual([moved('I4', edit)]);
  });

  test('re-running after that changes nothing', () => {
    const second = run(edited);
    const third = run(second.after);
    expect(third.plan.names).toEqual([]);
    expect(third.plan.deleteNames).toBeUndefined();
    expect(third.after).toEqual(second.after);
  });
});

test('a row inserted inside the block and filled in by the officer is scored in the same columns', () => {
  const first = run(smallTable());
  const edited = ['D4', 'E4', 'F4'].reduce(
    (book, address, i) => setCell(book, address, { value: ['≥10个', '10个', 1][i] }),
    editSheet(first.after, 'Sheet1', insertRows(4)),
  );
  const second = run(edited);
  expect(['G4', 'H4', 'I4'].map((address) => cellIn(second.after, 'Sheet1', address).value)).toEqual([
    1,
    1,
    null,
  ]);
  expect(['I3', 'I5'].map((address) => cellIn(second.after, 'Sheet1', address).fill)).toEqual([
    HIGHLIGHT.strong,
    HIGHLIGHT.light,
  ]);
});

test('a row inserted right below a highlighted row takes its fills (Excel’s Format Same As Above): the next run gives them back', () => {
  const first = run(setCell(smallTable(), 'D3', { fill: USER_BLUE }));
  const edited = editSheet(first.after, 'Sheet1', insertRows(4)); // copies row 3's formats into row 4
  expect(['D4', 'I4'].map((a) => cellIn(edited, 'Sheet1', a).fill)).toEqual([
    HIGHLIGHT.strong,
    HIGHLIGHT.strong,
  ]);
  const second = run(edited);
  // D4 gets what D3 had before the scorer filled it (the user's blue), I4 no fill; row 3 stays highlighted.
  expect(['D3', 'D4', 'I3', 'I4'].map((a) => cellIn(second.after, 'Sheet1', a).fill)).toEqual([
    HIGHLIGHT.strong,
    USER_BLUE,
    HIGHLIGHT.strong,
    null,
  ]);
  expect(run(second.after).after).toEqual(second.after);
});

test('a cell next to a highlighted one that already had the scorer’s colour is not guarded (never claimed)', () => {
  const book = setCell(setCell(smallTable(), 'D4', { fill: HIGHLIGHT.strong }), 'D3', { fill: USER_BLUE });
  const first = run(book);
  const group = first.plan.names.find((n) => n.name === '_PerfScore_Fill_F4B183_00B0F0_1');
  expect(group?.formula).toBe('Sheet1!$D$3:$E$3'); // guarded right (E3), not below (D4: the user's orange)
  const second = run(setCell(first.after, 'E3', { value: '12个' }));
  expect(['D3', 'D4'].map((a) => cellIn(second.after, 'Sheet1', a).fill)).toEqual([
    USER_BLUE,
    HIGHLIGHT.strong,
  ]);
});

test('a column inserted right of a highlighted column takes its fills (Format Same As Left): given back next run', () => {
  const first = run(setCell(smallTable(), 'D3', { fill: USER_BLUE }));
  const edited = editSheet(first.after, 'Sheet1', insertCols(4)); // a new E, formats copied from D
  expect(cellIn(edited, 'Sheet1', 'E3').fill).toBe(HIGHLIGHT.strong);
  const second = run(edited);
  expect(['D3', 'E3'].map((a) => cellIn(second.after, 'Sheet1', a).fill)).toEqual([
    HIGHLIGHT.strong,
    USER_BLUE,
  ]);
  expect(run(second.after).after).toEqual(second.after);
});

test('rows deleted at the end of the block: the block shrinks with the names, nothing stale is left', () => {
  const first = run(smallTable());
  const second = run(editSheet(first.after, 'Sheet1', deleteRows(4, 2)));
  expect(['G4', 'H4', 'I4', 'J4'].map((address) => cellIn(second.after, 'Sheet1', address).value)).toEqual([
    null,
    null,
    null,
    null,
  ]);
  expect(readNamedMemory(second.after.names, 'Sheet1').outputs.get('rates')).toMatchObject({
    top: 2,
    bottom: 2,
  });
});

describe('the memory names themselves', () => {
  const names = (plan: WritePlan) => plan.names.filter((n) => n.hidden).map((n) => n.name);

  test('hidden, sheet-scoped, of the reserved prefix; 评分汇总 shows no memory table', () => {
    const first = run(setCell(smallTable(), 'D3', { fill: USER_BLUE }));
    expect(names(first.plan)).toEqual([
      '_PerfScore_OutRates',
      '_PerfScore_OutScores',
      '_PerfScore_OutFlags',
      '_PerfScore_OutNotes',
      '_PerfScore_Fill_F4B183_00B0F0_1',
      '_PerfScore_Filled_F4B183_00B0F0_1',
      '_PerfScore_Fill_F4B183_NONE_1',
      '_PerfScore_Filled_F4B183_NONE_1',
      '_PerfScore_Fill_FFE699_NONE_1',
      '_PerfScore_Filled_FFE699_NONE_1',
    ]);
    const summary = first.plan.sheets[0].rows.map((row) => row[0]);
    expect(summary).not.toContain(MEMORY_TITLE);
    expect(summary).not.toContain(RECORD_TITLE);
  });

  test('a name no longer needed is deleted (only the scorer’s own)', () => {
    const first = run(smallTable());
    const second = run(setCell(first.after, 'E4', { value: '10个' })); // row 4 no longer under 100%
    expect(second.plan.deleteNames).toEqual([
      { name: '_PerfScore_Fill_FFE699_NONE_1', scope: { sheet: 'Sheet1' } },
      { name: '_PerfScore_Filled_FFE699_NONE_1', scope: { sheet: 'Sheet1' } },
    ]);
  });

  test('a long memory is split over several names, each under the length limit, and read back whole', () => {
    const fills = Array.from({ length: 400 }, (_, i) => ({
      row: 2 * i,
      col: 3,
      original: null,
      applied: HIGHLIGHT.strong,
      blockTop: null,
    }));
    const { adds } = memoryNameChanges([], 'Sheet1', [], fills, () => null);
    expect(adds.length).toBeGreaterThan(1);
    expect(adds.every((n) => n.formula.length <= MAX_NAME_FORMULA)).toBe(true);
    const read = readNamedMemory(adds, 'Sheet1').fills;
    // Each cell is written with its guard cells below and right (no fill there: 3 more per cell),
    // and the guard cells again in the FillGuard names: read back, only the filled cells are the
    // scorer's.
    expect(adds.filter((n) => n.name.startsWith('_PerfScore_Filled_')).length).toBeGreaterThan(1);
    expect(read).toEqual(fills);
  });

  describe('the cells it filled, apart from their guard cells (Filled names)', () => {
    const memory = (fill: string, filled: string | null) =>
      readNamedMemory(
        [
          { name: '_PerfScore_Fill_F4B183_NONE_1', scope: { sheet: 'Sheet1' }, formula: fill },
          ...(filled === null
            ? []
            : [{ name: '_PerfScore_Filled_F4B183_NONE_1', scope: { sheet: 'Sheet1' }, formula: filled }]),
        ],
        'Sheet1',
      ).fills.map((m) => a1(m.row, m.col));

    test('as written: only the filled cells, never the guard cells below and right', () => {
      expect(memory('Sheet1!$D$13:$E$14,Sheet1!$K$13:$K$15', 'Sheet1!$D$13,Sheet1!$K$13:$K$14')).toEqual([
        'D13',
        'K13',
        'K14',
      ]);
    });

    test('a row inserted right below a filled cell (inside its run): the new cell is the scorer’s', () => {
      expect(memory('Sheet1!$D$13:$E$15', 'Sheet1!$D$13')).toEqual(['D13', 'D14']);
    });

    test('a column inserted right of a filled cell: the new cell is the scorer’s, the guard column not', () => {
      expect(memory('Sheet1!$D$13:$F$14', 'Sheet1!$D$13')).toEqual(['D13', 'E13']);
    });

    test('the guard row deleted: the filled cell, now the run’s last row, is still the scorer’s', () => {
      expect(memory('Sheet1!$D$13:$E$13', 'Sheet1!$D$13')).toEqual(['D13']);
    });

    test('a memory written before the Filled names: every cell of the runs, as before', () => {
      expect(memory('Sheet1!$D$13:$E$14', null)).toEqual(['D13', 'E13', 'D14', 'E14']);
    });
  });

  test('a deleted cell inside a union (#REF!) is skipped; the rest is read', () => {
    const read = readNamedMemory(
      [
        {
          name: '_PerfScore_Fill_F4B183_NONE_1',
          scope: { sheet: 'Sheet1' },
          formula: 'Sheet1!$D$3,Sheet1!#REF!,Sheet1!$I$3:$I$4',
        },
      ],
      'Sheet1',
    );
    expect(read.fills.map((m) => a1(m.row, m.col))).toEqual(['D3', 'I3', 'I4']);
  });

  test('a name of the prefix but not of the scorer’s forms is never read, rewritten or deleted', () => {
    const names = [{ name: '_PerfScore_Notes', scope: { sheet: 'Sheet1' }, formula: 'Sheet1!$A$1' }];
    expect(readNamedMemory(names, 'Sheet1').found).toBe(false);
    expect(memoryNameChanges(names, 'Sheet1', [], [], () => null).deletes).toEqual([]);
  });

  test('another sheet’s memory and look-alike workbook names are not this sheet’s', () => {
    const read = readNamedMemory(
      [
        { name: '_PerfScore_OutRates', scope: { sheet: 'Sheet2' }, formula: 'Sheet2!$G$3:$G$5' },
        { name: '_PerfScore_OutRates', scope: 'workbook', formula: 'Sheet1!$G$3:$G$5' },
      ],
      'Sheet1',
    );
    expect(read).toEqual({ found: false, outputs: new Map(), fills: [] });
  });
});

describe('a workbook scored by a version that kept the memory on 评分汇总', () => {
  /** The first run's workbook as that version left it: no memory names, the two tables at the bottom. */
  function scoredByOldVersion(): FakeWorkbook {
    const first = run(setCell(smallTable(), 'D3', { fill: USER_BLUE }));
    const old = structuredClone(first.after);
    old.names = old.names.filter((n) => !n.name.startsWith('_PerfScore_'));
    const summary = old.sheets.find((s) => s.name === '评分汇总')!;
    const rows: unknown[][] = [
      [RECORD_TITLE],
      ['名称', '引用'],
      ...['G', 'H', 'I', 'J'].map((col, i) => [
        ['PE_OutRates', 'PE_OutScores', 'PE_OutFlags', 'PE_OutNotes'][i],
        `Sheet1!$${col}$3:$${col}$5`,
      ]),
      [],
      [MEMORY_TITLE],
      ['单元格', '原填充色', '本次填充色', '指标区起始行'],
      ['D3', USER_BLUE, HIGHLIGHT.strong, 3],
      ['I3', '无', HIGHLIGHT.strong, 3],
      ['I4', '无', HIGHLIGHT.light, 3],
    ];
    const start = 60;
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        summary.cells[`${columnLetters(c)}${start + r}`] = { value: value as string };
      }),
    );
    return old;
  }

  test('a re-run recognises and rewrites its columns, restores fills, then keeps the memory in names', () => {
    const old = scoredByOldVersion();
    const second = run(setCell(old, 'E3', { value: '12个' }));
    expect(findingsOf(old).filter((f) => f.code === 'output-name-ignored')).toEqual([]);
    expect([...new Set(second.plan.blocks.map((b) => b.left))].sort((x, y) => x - y)).toEqual([6, 7, 8, 9]);
    expect(cellIn(second.after, 'Sheet1', 'D3').fill).toBe(USER_BLUE);
    expect(cellIn(second.after, 'Sheet1', 'I3').fill).toBeNull();
    const memory = readNamedMemory(second.after.names, 'Sheet1');
    expect([...memory.outputs.keys()]).toEqual(['rates', 'scores', 'flags', 'notes']);
    expect(remembered(second.after)).toEqual(['I4']);
    const summary = second.after.sheets.find((s) => s.name === '评分汇总')!;
    const texts = Object.values(summary.cells).map((c) => c.value);
    expect(texts).not.toContain(RECORD_TITLE);
    expect(texts).not.toContain(MEMORY_TITLE);
    const third = run(second.after);
    expect(third.after).toEqual(second.after);
  });

  test.each([
    ['a row inserted inside the block', insertRows(4)],
    ['a row deleted inside the block', deleteRows(5)],
    ['a column inserted to the left', insertCols(0)],
  ])('%s before the re-run: the old record still finds the columns where Excel moved them', (_l, edit) => {
    const edited = editSheet(scoredByOldVersion(), 'Sheet1', edit);
    expect(findingsOf(edited).filter((f) => f.code === 'output-name-ignored')).toEqual([]);
    const second = run(edited);
    const own = [6, 7, 8, 9].map((c) => shiftCell(100, c, edit)!.col);
    expect([...new Set(second.plan.blocks.map((b) => b.left))].sort((x, y) => x - y)).toEqual(own);
    expect([...readNamedMemory(second.after.names, 'Sheet1').outputs.values()].map((a) => a.left)).toEqual(
      own,
    );
  });

  test('rows inserted above the block before the re-run: the old record still moves with the block', () => {
    const edited = editSheet(scoredByOldVersion(), 'Sheet1', insertRows(1));
    const second = run(setCell(edited, 'E4', { value: '12个' }));
    expect(findingsOf(edited).filter((f) => f.code === 'output-name-ignored')).toEqual([]);
    expect(cellIn(second.after, 'Sheet1', 'D4').fill).toBe(USER_BLUE);
    expect(cellIn(second.after, 'Sheet1', 'I4').fill).toBeNull();
  });
});

/**
 * Property: whatever the grid, a plan never writes into a user's cell. Every planned block cell is
 * empty in the snapshot, inside the scorer's own previous output (a usable PE_Out* range), or already
 * holds exactly the value planned (a header from a previous run); none is in a PE input range.
 * And applying the plan a second time changes nothing.
 */
import fc from 'fast-check';
import { planScoring } from '../../src/workbook';
import { cellAt, isEmptyCell } from '../../src/workbook/grid';
import { lookupName } from '../../src/workbook/names';
import { a1, areaContains, parseReference } from '../../src/workbook/references';
import type { Area, CellValue, DefinedName, ScoringSnapshot } from '../../src/workbook/types';
import { applyPlan, snapshotOf, type FakeCell, type FakeWorkbook } from './helpers/fakeWorkbook';

const VALUES: CellValue[] = [
  '≥10个',
  '≥10',
  '100%',
  '≤5天',
  '良好以上',
  '优秀',
  5,
  12,
  0.95,
  16,
  '',
  null,
  { error: '#N/A' },
  '约7万',
];
const USER_VALUES: CellValue[] = ['备注', 'x', 1, '完成率', '得分'];

const tableArbitrary = fc.record({
  top: fc.integer({ min: 0, max: 3 }),
  rows: fc.integer({ min: 1, max: 6 }),
  targetCol: fc.integer({ min: 0, max: 3 }),
  withWeights: fc.boolean(),
  targets: fc.array(fc.constantFrom(...VALUES), { minLength: 6, maxLength: 6 }),
  actuals: fc.array(fc.constantFrom(...VALUES), { minLength: 6, maxLength: 6 }),
  userCells: fc.array(
    fc.record({
      row: fc.integer({ min: 0, max: 10 }),
      col: fc.integer({ min: 0, max: 12 }),
      value: fc.constantFrom(...USER_VALUES),
    }),
    { maxLength: 12 },
  ),
  outRates: fc.option(
    fc.record({
      col: fc.integer({ min: 0, max: 12 }),
      top: fc.integer({ min: 0, max: 4 }),
      height: fc.integer({ min: 1, max: 7 }),
    }),
  ),
});

type Table = typeof tableArbitrary extends fc.Arbitrary<infer T> ? T : never;

function workbookOf(table: Table): FakeWorkbook {
  const cells: Record<string, FakeCell> = {};
  const inputs = new Set<string>();
  const t = table.targetCol;
  for (let i = 0; i < table.rows; i += 1) {
    const row = table.top + i;
    cells[a1(row, t)] = { value: table.targets[i] };
    cells[a1(row, t + 1)] = { value: table.actuals[i] };
    if (table.withWeights) cells[a1(row, t + 2)] = { value: 1 };
    for (let c = t; c <= t + 2; c += 1) inputs.add(a1(row, c));
  }
  for (const user of table.userCells) {
    const address = a1(user.row, user.col);
    if (!inputs.has(address)) cells[address] = { value: user.value };
  }
  const range = (col: number) =>
    `Sheet1!$${a1(table.top, col).replace(/\d+/, '')}$${table.top + 1}:$${a1(0, col).replace(/\d+/, '')}$${table.top + table.rows}`;
  const names: DefinedName[] = [
    { name: 'PE_Targets', scope: 'workbook', formula: range(t) },
    { name: 'PE_Actuals', scope: 'workbook', formula: range(t + 1) },
  ];
  if (table.withWeights) names.push({ name: 'PE_Weights', scope: 'workbook', formula: range(t + 2) });
  if (table.outRates) {
    const { col, top, height } = table.outRates;
    names.push({
      name: 'PE_OutRates',
      scope: { sheet: 'Sheet1' },
      formula: `Sheet1!${a1(top, col)}:${a1(top + height - 1, col)}`,
    });
  }
  return { sheets: [{ name: 'Sheet1', cells }], names };
}

/** Existing PE_Out* ranges on the sheet: the scorer's own places (when they do not overlap inputs). */
function ownAreas(snapshot: ScoringSnapshot): Area[] {
  return ['PE_OutRates', 'PE_OutScores', 'PE_OutFlags', 'PE_OutNotes'].flatMap((name) => {
    const found = lookupName(snapshot.names, 'Sheet1', name);
    return found.kind === 'ok' ? [found.area] : [];
  });
}

function inputAreas(snapshot: ScoringSnapshot): Area[] {
  return (
    snapshot.names
      // Neither the output names nor the scorer's hidden memory names (_PerfScore_*) are inputs.
      .filter((n) => !n.name.startsWith('PE_Out') && !n.name.startsWith('_PerfScore_'))
      .flatMap((n) => {
        const parsed = parseReference(n.formula);
        return 'error' in parsed ? [] : parsed.areas;
      })
  );
}

function checkNoOverwrite(snapshot: ScoringSnapshot): void {
  const planned = planScoring(snapshot);
  if (!planned.ok) return;
  const own = ownAreas(snapshot);
  const inputs = inputAreas(snapshot);
  for (const block of planned.run.plan.blocks) {
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const at = { row: block.top + r, col: block.left + c };
        expect(inputs.some((area) => areaContains(area, at.row, at.col))).toBe(false);
        const cell = cellAt(snapshot.sheet.grid, at.row, at.col);
        const allowed =
          isEmptyCell(cell) || own.some((area) => areaContains(area, at.row, at.col)) || cell.value === value;
        if (!allowed)
          throw new Error(
            `plan writes ${JSON.stringify(value)} over ${a1(at.row, at.col)} = ${JSON.stringify(cell.value)}`,
          );
      }),
    );
  }
}

test('a plan never writes into a non-empty user cell, on the first run or the second', () => {
  fc.assert(
    fc.property(tableArbitrary, (table) => {
      const workbook = workbookOf(table);
      const snapshot = snapshotOf(workbook, 'Sheet1');
      checkNoOverwrite(snapshot);
      const planned = planScoring(snapshot);
      if (!planned.ok) return;
      const once = applyPlan(workbook, planned.run.plan);
      checkNoOverwrite(snapshotOf(once, 'Sheet1'));
    }),
    { numRuns: 200 },
  );
});

test('scoring twice leaves the workbook exactly as scoring once did', () => {
  fc.assert(
    fc.property(tableArbitrary, (table) => {
      const workbook = workbookOf(table);
      const first = planScoring(snapshotOf(workbook, 'Sheet1'));
      if (!first.ok) return;
      const once = applyPlan(workbook, first.run.plan);
      const second = planScoring(snapshotOf(once, 'Sheet1'));
      if (!second.ok) throw new Error(second.refusal.message);
      expect(second.run.plan.names).toEqual([]);
      expect(applyPlan(once, second.run.plan)).toEqual(once);
    }),
    { numRuns: 200 },
  );
});

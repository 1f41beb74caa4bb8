import { planScoring } from '../../src/workbook';
import { readInput } from '../../src/workbook/readInput';
import { isHeaderWord } from '../../src/workbook/wholeRanges';
import type { CellValue, DefinedName, WritePlan } from '../../src/workbook/types';
import { applyPlan, sheetOf, snapshotOf, type FakeCell, type FakeWorkbook } from './helpers/fakeWorkbook';
import { wb } from './helpers/tables';

/** Targets in D, actuals in E, named by whole columns unless the case says otherwise. */
function sheet(cells: Record<string, CellValue | FakeCell>, names?: DefinedName[]): FakeWorkbook {
  return {
    sheets: [sheetOf('Sheet1', cells)],
    names: names ?? [wb('PE_Targets', 'Sheet1!$D:$D'), wb('PE_Actuals', 'Sheet1!$E:$E')],
  };
}

const rows = { D3: '≥10个', E3: '20个', D4: '≥10个', E4: '9个', D5: '≥10个', E5: '10个' };

describe('whole-column input names ($D:$D) read the rows the input columns fill', () => {
  test.each<[string, FakeWorkbook, string[], string[]]>([
    ['no header: first to last filled row', sheet(rows), ['D3', 'D4', 'D5'], []],
    [
      'a header row above: skipped with an info finding',
      sheet({ D2: '年度目标值', E2: '年度实现值', ...rows }),
      ['D3', 'D4', 'D5'],
      ['D2'],
    ],
    [
      'header words are compared as setup compares them (spaces, units)',
      sheet({ D1: '年度 目标值（个）', D2: '目标值', ...rows }),
      ['D3', 'D4', 'D5'],
      ['D1', 'D2'],
    ],
    [
      'a title or note outside the input columns does not stretch them',
      sheet({ A1: '部门整体支出绩效自评表', H9: '备注', ...rows }),
      ['D3', 'D4', 'D5'],
      [],
    ],
    [
      'the columns align: a row filled only in E still counts for D',
      sheet({ ...rows, E6: '5个' }),
      ['D3', 'D4', 'D5', 'D6'],
      [],
    ],
    [
      'only a leading header is skipped, not one further down',
      sheet({ ...rows, D6: '年度目标值', E6: '1' }),
      ['D3', 'D4', 'D5', 'D6'],
      [],
    ],
    [
      'a fixed PE_Actuals with a whole-column PE_Targets',
      sheet({ D2: '年度目标值', ...rows }, [
        wb('PE_Targets', 'Sheet1!$D:$D'),
        wb('PE_Actuals', 'Sheet1!$E$3:$E$5'),
      ]),
      ['D3', 'D4', 'D5'],
      ['D2'],
    ],
  ])('%s', (_label, workbook, targets, skipped) => {
    const outcome = readInput(snapshotOf(workbook, 'Sheet1'));
    if (!outcome.ok) throw new Error(outcome.refusal.message);
    expect(outcome.read.input.indicators.map((row) => row.target.address)).toEqual(targets);
    const infos = outcome.read.findings.filter((f) => f.code === 'header-row-skipped');
    expect(infos.map((f) => [f.level, f.cell])).toEqual(skipped.map((cell) => ['info', cell]));
    expect(outcome.read.findings.filter((f) => f.level !== 'info')).toEqual([]);
  });

  test('a fixed-range name with a header word is still read as written (the user chose that row)', () => {
    const workbook = sheet({ D2: '年度目标值', E2: '年度实现值', ...rows }, [
      wb('PE_Targets', 'Sheet1!$D$2:$D$5'),
      wb('PE_Actuals', 'Sheet1!$E$2:$E$5'),
    ]);
    const outcome = readInput(snapshotOf(workbook, 'Sheet1'));
    if (!outcome.ok) throw new Error(outcome.refusal.message);
    expect(outcome.read.input.indicators.map((row) => row.target.address)).toEqual(['D2', 'D3', 'D4', 'D5']);
  });
});

describe('scoring whole-column names twice equals scoring once', () => {
  const comparable = (plan: WritePlan) => ({
    ...plan,
    names: [],
    sheets: plan.sheets.map((s) => ({ ...s, create: false })),
  });

  test.each<[string, FakeWorkbook]>([
    [
      'header row directly above the data (the scorer writes its headers beside it)',
      sheet({ D2: '年度目标值', E2: '年度实现值', ...rows }),
    ],
    ['data from row 2, the row above empty', sheet({ D2: '≥10个', E2: '20个', D3: '≥10个', E3: '9个' })],
    ['header in row 1', sheet({ D1: '年度目标值', E1: '年度实现值', D2: '≥10个', E2: '20个' })],
  ])('%s', (_label, workbook) => {
    const first = planScoring(snapshotOf(workbook, 'Sheet1'));
    if (!first.ok) throw new Error(first.refusal.message);
    const once = applyPlan(workbook, first.run.plan);
    const second = planScoring(snapshotOf(once, 'Sheet1'));
    if (!second.ok) throw new Error(second.refusal.message);
    expect(second.run.plan.names).toEqual([]);
    expect(comparable(second.run.plan)).toEqual(comparable(first.run.plan));
    expect(applyPlan(once, second.run.plan)).toEqual(once);
  });
});

describe('header words (a leading row whose target cell is one is the table header)', () => {
  test.each<[unknown, boolean]>([
    ['年度目标值', true],
    ['年度\n目标值（个）', true],
    ['指标名称', true],
    ['目标', true],
    ['实际', true],
    ['≥10个', false],
    ['达标', false],
    ['优', false],
    ['目标1', false],
    [10, false],
    [null, false],
  ])('%p -> %p', (value, expected) => {
    expect(isHeaderWord(value)).toBe(expected);
  });
});

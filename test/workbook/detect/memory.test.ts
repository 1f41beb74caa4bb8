/**
 * The detection's memory in hidden names (src/workbook/detectNames.ts, workbook-contract.md §2.5, §5):
 * the detecting run writes a twin of each name it defines and the profile name; a re-run writes no
 * name; a name the officer changed, added or removed ends the record (twins deleted, profile no longer
 * used); a workbook scored before the twins (the text-only block) is taken over; names the scorer
 * does not own, even of the reserved prefix, are never touched.
 */
import { planScoring } from '../../../src/workbook';
import { DETECTED_TITLE } from '../../../src/workbook/detectRecord';
import { detectedProfileName, detectedTwinName } from '../../../src/workbook/detectNames';
import { INPUT_NAMES } from '../../../src/workbook/names';
import type { PlannedRun } from '../../../src/workbook/types';
import { applyPlan, snapshotOf, type FakeWorkbook } from '../helpers/fakeWorkbook';
import { workbookOf } from './layout';
import { NATIONAL_NAMES, nationalProject } from './national';

const layout = nationalProject();
const SHEET = layout.name;
const ref = (range: string) => `'${SHEET}'!${range}`;

function plan(workbook: FakeWorkbook): PlannedRun {
  const planned = planScoring(snapshotOf(workbook, SHEET), { detect: true });
  if (!planned.ok) throw new Error(planned.refusal.message);
  return planned.run;
}

const first = plan(workbookOf(layout));
const once = applyPlan(workbookOf(layout), first.plan);
const INPUT_ORDER: readonly string[] = INPUT_NAMES;
const isMemory = (name: string) => name.startsWith('_PerfScore_Detected');
const summaryText = (run: PlannedRun) =>
  JSON.stringify(run.plan.sheets.find((s) => s.name === '评分汇总')!.rows);

describe('the detecting run', () => {
  it('writes a hidden twin of each detected name, sheet-scoped, at the same cells, and the profile name', () => {
    const memory = first.plan.names.filter((n) => isMemory(n.name));
    expect(memory).toEqual(
      expect.arrayContaining(
        Object.entries(NATIONAL_NAMES).map(([name, range]) => ({
          name: detectedTwinName(name as never),
          scope: { sheet: SHEET },
          formula: ref(range),
          hidden: true,
        })),
      ),
    );
    expect(memory).toContainEqual({
      name: '_PerfScore_DetectedProfile_national_project',
      scope: { sheet: SHEET },
      formula: ref(NATIONAL_NAMES.PE_Targets),
      hidden: true,
    });
    expect(memory).toHaveLength(Object.keys(NATIONAL_NAMES).length + 1);
    expect(detectedProfileName('guangzhou-dept')).toBe('_PerfScore_DetectedProfile_guangzhou_dept');
  });

  it('a re-run writes no name and deletes none, and keeps the profile and the block', () => {
    const second = plan(once);
    expect(second.plan.names).toEqual([]);
    expect(second.plan.deleteNames).toBeUndefined();
    expect([second.layout, second.result.profile, second.result.total]).toEqual([
      'names',
      'national-project',
      97.5,
    ]);
    expect(summaryText(second)).toBe(summaryText(first));
  });
});

describe('the summary sheet deleted after the detecting run', () => {
  it('the block is rebuilt from the names (references and profile), the profile kept', () => {
    const book = { ...structuredClone(once), sheets: once.sheets.filter((s) => s.name !== '评分汇总') };
    const run = plan(book);
    expect([run.result.profile, run.result.total]).toEqual(['national-project', 97.5]);
    const rows = run.plan.sheets.find((s) => s.name === '评分汇总')!.rows;
    const title = rows.findIndex((r) => r[0] === DETECTED_TITLE);
    expect(title).toBeGreaterThanOrEqual(0);
    const block = rows.slice(title + 2, title + 2 + Object.keys(NATIONAL_NAMES).length + 1);
    expect(block).toEqual([
      ...Object.entries(NATIONAL_NAMES)
        .sort(([a], [b]) => INPUT_ORDER.indexOf(a) - INPUT_ORDER.indexOf(b))
        .map(([name, range]) => [name, ref(range), null, '自动识别']),
      ['评分规则', 'national-project', null, null],
    ]);
    expect(run.plan.names.filter((n) => isMemory(n.name))).toEqual([]);
  });
});

describe('the officer changes the names', () => {
  const changed = (edit: (w: FakeWorkbook) => void) => {
    const book = structuredClone(once);
    edit(book);
    return plan(book);
  };

  it.each([
    [
      'redefines PE_Weights',
      (w: FakeWorkbook) => (w.names.find((n) => n.name === 'PE_Weights')!.formula = ref('$I$13:$I$23')),
    ],
    [
      'adds PE_ReportedRates',
      (w: FakeWorkbook) =>
        w.names.push({ name: 'PE_ReportedRates', scope: { sheet: SHEET }, formula: ref('$I$13:$I$23') }),
    ],
    ['removes PE_Reasons', (w: FakeWorkbook) => (w.names = w.names.filter((n) => n.name !== 'PE_Reasons'))],
  ])('%s: the record ends (twins and profile name deleted, block dropped, default profile)', (_l, edit) => {
    const run = changed(edit);
    expect(run.result.profile).toBe('guangzhou-dept');
    expect(summaryText(run)).not.toContain(DETECTED_TITLE);
    expect(run.plan.names.filter((n) => isMemory(n.name))).toEqual([]);
    expect((run.plan.deleteNames ?? []).filter((n) => isMemory(n.name))).toHaveLength(
      Object.keys(NATIONAL_NAMES).length + 1,
    );
    const after = applyPlan(structuredClone(once), {
      ...run.plan,
      names: [],
      blocks: [],
      fills: [],
      sheets: [],
    });
    expect(after.names.filter((n) => isMemory(n.name))).toEqual([]);
  });

  it('a name of the reserved prefix that is not of the memory’s forms is the user’s: never touched', () => {
    const user = { name: '_PerfScore_Detected_Notes', scope: { sheet: SHEET }, formula: ref('$A$1') };
    const run = changed((w) => {
      w.names.push(user);
      w.names.find((n) => n.name === 'PE_Weights')!.formula = ref('$I$13:$I$23');
    });
    expect(run.plan.deleteNames).not.toContainEqual({ name: user.name, scope: user.scope });
    expect(run.plan.names.map((n) => n.name)).not.toContain(user.name);
  });
});

describe('a workbook scored before the twins (only the text block on 评分汇总)', () => {
  const old = { ...structuredClone(once), names: once.names.filter((n) => !isMemory(n.name)) };

  it('is taken over: the block and its profile kept, the twins and the profile name written', () => {
    const run = plan(old);
    expect([run.result.profile, run.result.total]).toEqual(['national-project', 97.5]);
    expect(summaryText(run)).toBe(summaryText(first));
    expect(
      run.plan.names.filter((n) => isMemory(n.name)).sort((a, b) => a.name.localeCompare(b.name)),
    ).toEqual(first.plan.names.filter((n) => isMemory(n.name)).sort((a, b) => a.name.localeCompare(b.name)));
    const again = plan(applyPlan(old, run.plan));
    expect(again.plan.names).toEqual([]);
  });

  it('whose references no longer match the names is not (the old rule): default profile, nothing written', () => {
    const moved = structuredClone(old);
    moved.names.find((n) => n.name === 'PE_Weights')!.formula = ref('$I$13:$I$23');
    const run = plan(moved);
    expect(run.result.profile).toBe('guangzhou-dept');
    expect(run.plan.names.filter((n) => isMemory(n.name))).toEqual([]);
    expect(run.plan.deleteNames ?? []).toEqual([]);
  });
});

describe('the scored sheet renamed only in letter case (Project1 -> PROJECT1)', () => {
  const latin = nationalProject('Project1');
  const run = (workbook: FakeWorkbook, sheet: string) => {
    const planned = planScoring(snapshotOf(workbook, sheet), { detect: true });
    if (!planned.ok) throw new Error(planned.refusal.message);
    return planned.run;
  };
  /** What Excel does on a rename: the sheet, its names' scope and every reference follow. */
  const renamed = (workbook: FakeWorkbook, from: string, to: string): FakeWorkbook => {
    const book = structuredClone(workbook);
    const sheetRef = new RegExp(`'?${from}'?!`, 'g');
    for (const sheet of book.sheets) if (sheet.name === from) sheet.name = to;
    for (const name of book.names) {
      if (name.scope !== 'workbook' && name.scope.sheet === from) name.scope = { sheet: to };
      name.formula = name.formula.replace(sheetRef, `${to}!`);
    }
    return book;
  };
  const detected = applyPlan(workbookOf(latin), run(workbookOf(latin), 'Project1').plan);
  const cases: [string, FakeWorkbook][] = [
    ['with the twins', detected],
    [
      'scored before the twins (the text block only)',
      { ...detected, names: detected.names.filter((n) => !isMemory(n.name)) },
    ],
  ];

  it.each(cases)(
    '%s: the first run writes what an unrenamed re-run writes, the second nothing',
    (_label, book) => {
      const unrenamed = run(book, 'Project1');
      const moved = renamed(book, 'Project1', 'PROJECT1');
      const first = run(moved, 'PROJECT1');
      const upper = (value: unknown) => JSON.stringify(value).toUpperCase();
      expect(upper(first.plan.names)).toBe(upper(unrenamed.plan.names));
      expect(upper(first.plan.deleteNames ?? [])).toBe(upper(unrenamed.plan.deleteNames ?? []));
      expect(summaryText(first).toUpperCase()).toBe(summaryText(unrenamed).toUpperCase());
      expect(first.result.profile).toBe('national-project');
      const second = run(applyPlan(moved, first.plan), 'PROJECT1');
      expect(second.plan.names).toEqual([]);
      expect(second.plan.deleteNames ?? []).toEqual([]);
      expect(summaryText(second)).toBe(summaryText(first));
    },
  );
});

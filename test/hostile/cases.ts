/**
 * Hostile names and ranges, described once on the example workbook (src/workbook/example.ts) and run
 * through both hosts by office-host.test.ts and xlsx-host.test.ts.
 *
 * Each case changes the example's spec (cells, names, a second sheet) and says what a correct run
 * looks like: scored (perhaps with a finding that names the problem) or refused with a message that
 * names it. Whatever the outcome, no user cell and no defined name may change.
 */
import { buildExampleSheet } from '../../src/workbook/example';
import type { ExampleSheet } from '../../src/workbook/example-types';
import { stretchedExample } from '../../bench/workload';
import type { SpecName, WorkbookSpec } from '../fuzz/workbook-spec';
import type { ScoreResult } from '../../src/engine/types';

export const SHEET = '绩效指标';

export function specOf(example: ExampleSheet, other = 'Notes'): WorkbookSpec {
  return {
    sheet: example.name,
    cells: example.cells
      .filter((c) => c.value !== null || c.numberFormat)
      .map((c) => ({
        row: c.row,
        col: c.col,
        value: c.value,
        ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
      })),
    names: example.names.map((n) => ({ name: n.name, scope: n.scope, formula: n.formula })),
    other: { sheet: other, cells: [{ row: 0, col: 0, value: '用户自己的表' }] },
  };
}

const INDICATOR_COLUMNS = {
  PE_Categories: 'B',
  PE_Names: 'C',
  PE_Targets: 'D',
  PE_Actuals: 'E',
  PE_ReportedRates: 'F',
  PE_Weights: 'G',
};

const withName = (spec: WorkbookSpec, name: string, formula: string): WorkbookSpec => ({
  ...spec,
  names: spec.names.map((n): SpecName => (n.name === name ? { ...n, formula } : n)),
});

/** What a run must show: scored (optionally naming something in a finding) or refused naming it. */
export type Expectation =
  | {
      outcome: 'scored';
      indicators?: number;
      findingMentions?: string;
      noFindingCode?: string;
      complete?: boolean;
    }
  | { outcome: 'refused'; mentions: string }
  | { outcome: 'scored-or-refused'; mentions: string; maxIndicators: number };

export interface HostileCase {
  title: string;
  spec: () => WorkbookSpec;
  expect: Expectation;
}

export const CASES: HostileCase[] = [
  {
    title:
      'whole-column indicator names ($B:$B … $G:$G) are trimmed to the used range (38 rows, not 1,048,576)',
    // The used range also holds the title, the headers and the budget/management rows below the
    // table, so findings about those rows are expected; what matters is the size and no lost cell.
    spec: () => {
      let spec = specOf(buildExampleSheet());
      for (const [name, col] of Object.entries(INDICATOR_COLUMNS))
        spec = withName(spec, name, `'${SHEET}'!$${col}:$${col}`);
      return spec;
    },
    expect: { outcome: 'scored-or-refused', mentions: 'PE_', maxIndicators: 38 },
  },
  {
    title: 'a required name on another sheet is refused by name',
    spec: () => withName(specOf(buildExampleSheet()), 'PE_Targets', 'Notes!$D$3:$D$26'),
    expect: { outcome: 'refused', mentions: 'PE_Targets' },
  },
  {
    // Contract §1: a workbook-scoped name counts for this sheet only when it refers to this sheet, so
    // an optional one elsewhere is simply absent: scored, and no reported-rate check is made.
    title: "an optional workbook-scoped name on another sheet is not this sheet's: scored without it",
    spec: () => withName(specOf(buildExampleSheet()), 'PE_ReportedRates', 'Notes!$F$3:$F$26'),
    expect: { outcome: 'scored', indicators: 24, noFindingCode: 'reported-rate-mismatch' },
  },
  {
    title: 'an optional name scoped to this sheet but pointing at another sheet is a finding naming it',
    spec: () => ({
      ...specOf(buildExampleSheet()),
      names: [
        ...specOf(buildExampleSheet()).names.filter((n) => n.name !== 'PE_ReportedRates'),
        { name: 'PE_ReportedRates', scope: { sheet: SHEET }, formula: 'Notes!$F$3:$F$26' },
      ],
    }),
    expect: { outcome: 'scored', indicators: 24, findingMentions: 'PE_ReportedRates' },
  },
  {
    title: 'a required name pointing at #REF! is refused by name',
    spec: () => withName(specOf(buildExampleSheet()), 'PE_Actuals', '#REF!'),
    expect: { outcome: 'refused', mentions: 'PE_Actuals' },
  },
  {
    title: 'an optional name pointing at #REF! is a finding naming it',
    spec: () => withName(specOf(buildExampleSheet()), 'PE_Weights', `'${SHEET}'!#REF!`),
    expect: { outcome: 'scored', indicators: 24, findingMentions: 'PE_Weights' },
  },
  {
    title: 'a multi-area required name is refused by name',
    spec: () =>
      withName(specOf(buildExampleSheet()), 'PE_Targets', `'${SHEET}'!$D$3:$D$14,'${SHEET}'!$D$15:$D$26`),
    expect: { outcome: 'refused', mentions: 'PE_Targets' },
  },
  {
    title: 'a multi-area budget name is a finding naming it; the total is incomplete',
    spec: () =>
      withName(specOf(buildExampleSheet()), 'PE_BudgetPlanned', `'${SHEET}'!$B$29,'${SHEET}'!$B$30`),
    expect: { outcome: 'scored', indicators: 24, findingMentions: 'PE_BudgetPlanned', complete: false },
  },
  {
    // Issue 8: PE_Targets may name up to three adjacent columns (a split target); four is wrong.
    title: 'a four-column PE_Targets (wrong shape) is refused by name',
    spec: () => withName(specOf(buildExampleSheet()), 'PE_Targets', `'${SHEET}'!$D$3:$G$26`),
    expect: { outcome: 'refused', mentions: 'PE_Targets' },
  },
  {
    title: 'a dynamic name (=OFFSET(...)) for PE_Actuals is refused by name, not evaluated',
    spec: () =>
      withName(
        specOf(buildExampleSheet()),
        'PE_Actuals',
        `OFFSET('${SHEET}'!$E$3,0,0,COUNTA('${SHEET}'!$E:$E)-1,1)`,
      ),
    expect: { outcome: 'refused', mentions: 'PE_Actuals' },
  },
  {
    title: 'a constant name (=100) for PE_Weights is a finding naming it',
    spec: () => withName(specOf(buildExampleSheet()), 'PE_Weights', '100'),
    expect: { outcome: 'scored', indicators: 24, findingMentions: 'PE_Weights' },
  },
  {
    title: 'PE_Actuals shorter than PE_Targets: the common rows are scored, a finding names it, incomplete',
    spec: () => withName(specOf(buildExampleSheet()), 'PE_Actuals', `'${SHEET}'!$E$3:$E$20`),
    expect: { outcome: 'scored', indicators: 18, findingMentions: 'PE_Actuals', complete: false },
  },
  {
    title: 'a 1-row table is scored',
    spec: () => specOf(stretchedExample(1)),
    expect: { outcome: 'scored', indicators: 1 },
  },
  {
    title: 'a sheet named like the output sheet (评分汇总) that the scorer did not create is left alone',
    spec: () => specOf(buildExampleSheet(), '评分汇总'),
    expect: { outcome: 'scored', indicators: 24 },
  },
];

/** The 50,000-row table: its own case (slow to build as .xlsx). */
export const HUGE_ROWS = 50_000;
export const hugeSpec = (): WorkbookSpec => specOf(stretchedExample(HUGE_ROWS));

/** Text of every place an outcome can name something: refusal message, findings (cell + message). */
export function outcomeText(
  outcome:
    | { status: 'scored'; result: { findings: { cell: string | null; message: string }[] } }
    | { status: 'refused'; message: string }
    | { status: 'failed'; message: string },
): string {
  if (outcome.status === 'scored')
    return outcome.result.findings.map((f) => `${f.cell} ${f.message}`).join('\n');
  return outcome.message;
}

/** An outcome as both hosts' tests see it (the Office host's failed runs are checked before). */
export type CheckedOutcome =
  | { status: 'scored'; result: ScoreResult }
  | { status: 'refused'; message: string }
  | { status: 'failed'; message: string };

/** The case's expectation, asserted the same way for every host. */
export function expectOutcome(outcome: CheckedOutcome, expected: Expectation): void {
  const text = outcomeText(outcome);
  if (expected.outcome === 'refused') {
    expect(outcome.status).toBe('refused');
    expect(text).toContain(expected.mentions);
  } else if (expected.outcome === 'scored') {
    expect(outcome.status).toBe('scored');
    if (outcome.status !== 'scored') return;
    if (expected.indicators !== undefined)
      expect(outcome.result.indicators).toHaveLength(expected.indicators);
    if (expected.findingMentions) expect(text).toContain(expected.findingMentions);
    if (expected.complete !== undefined) expect(outcome.result.complete).toBe(expected.complete);
    if (expected.noFindingCode)
      expect(outcome.result.findings.filter((f) => f.code === expected.noFindingCode)).toEqual([]);
  } else if (outcome.status === 'scored') {
    expect(outcome.result.indicators.length).toBeLessThanOrEqual(expected.maxIndicators);
  } else {
    expect(text).toContain(expected.mentions);
  }
}

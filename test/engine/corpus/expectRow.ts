/**
 * Shared runner for the corpus of real-style cells (issue 7): one indicator row of weight 10 on
 * row 5 (target D5, actual E5), scored, and its exact outcome asserted.
 */
import type { CellValue, Flag, InputCell, ProfileId } from '../../../src/engine';
import { scoreOne } from '../helpers';

export const WEIGHT = 10;

/** A scored row: display rate (fraction, 2 decimals of a percent), score, flag, row warnings. */
export type Scored = [rate: number | null, score: number, flag: Flag, warnings?: string[]];
/** A row error: a substring of the note naming the cell. */
export type RowError = ['error', message: string];

export type Case = [
  target: CellValue | InputCell,
  actual: CellValue | InputCell,
  ...expected: Scored | RowError,
];

/** The warning codes raised on the row's own cells (D5, E5), sorted. */
function rowWarnings(all: ReturnType<typeof scoreOne>['all']): string[] {
  return all.findings
    .filter((f) => f.level === 'warning' && (f.cell === 'D5' || f.cell === 'E5'))
    .map((f) => f.code)
    .sort();
}

export function expectCase(c: Case, profile: ProfileId = 'guangzhou-dept'): void {
  const [target, actual, ...expected] = c;
  const r = scoreOne({ target, actual, weight: WEIGHT }, profile);
  if (expected[0] === 'error') {
    expect(r.flag).toBe('error');
    expect(r.score).toBeNull();
    expect(r.note).toContain(expected[1] as string);
    return;
  }
  const [rate, score, flag, warnings] = expected as Scored;
  expect({ rate: r.displayRate, score: r.score, flag: r.flag, warnings: rowWarnings(r.all) }).toEqual({
    rate,
    score,
    flag,
    warnings: [...(warnings ?? [])].sort(),
  });
}

/** Test titles: "≥95% / 98%". */
export function title(c: Case): string {
  const show = (v: unknown) =>
    v !== null && typeof v === 'object' && 'value' in (v as InputCell)
      ? `${String((v as InputCell).value)} [${(v as InputCell).numberFormat}]`
      : JSON.stringify(v);
  return `${show(c[0])} / ${show(c[1])}`;
}

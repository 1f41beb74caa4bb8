/**
 * Consistency checks (§11): findings, never silent fixes. Duplicate indicator names, section weights
 * not adding up; the reported rate against the recomputed one is reportedRate.ts.
 */
import { warningAt } from './findings';
import { msg } from './messages';
import { trimmed } from './format';
import type { ScoredRow } from './indicators';
import { isBlank } from './parse/text';
import { Rational } from './rational';
import type { Finding } from './types';

/** One warning per repeated name, pointing at the repeat and naming the first occurrence. */
export function checkDuplicateNames(rows: ScoredRow[], findings: Finding[]): void {
  const firstSeen = new Map<string, string>();
  for (const { work } of rows) {
    const cell = work.input.name;
    if (!cell || isBlank(cell)) continue;
    const first = firstSeen.get(work.name);
    if (first === undefined) {
      firstSeen.set(work.name, cell.address);
      continue;
    }
    findings.push(
      warningAt(
        cell.address,
        msg('duplicate-name', { cell: cell.address, name: work.name, first }),
        'duplicate-name',
      ),
    );
  }
}

/** Weights of each section against its points; scored with the weights as given. */
export function checkSectionWeights(
  rows: ScoredRow[],
  sections: Array<{ name: string; points: number }>,
  findings: Finding[],
): void {
  const sums = new Map<string, Rational>();
  for (const { work } of rows) {
    if (work.section === null || work.weight === null) continue;
    sums.set(work.section, (sums.get(work.section) ?? Rational.ZERO).add(work.weight));
  }
  for (const section of sections) {
    const sum = sums.get(section.name) ?? Rational.ZERO;
    if (sum.eq(Rational.from(section.points))) continue;
    findings.push(
      warningAt(
        null,
        msg('section-weights', { section: section.name, sum: trimmed(sum, 4), points: section.points }),
        'section-weights',
      ),
    );
  }
}

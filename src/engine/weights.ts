/**
 * Equal split of a section's points when the sheet gives no weights (§3): each share half-up to the
 * rules' decimals (2 by default; PE_Rules 小数位 1 or 0), the last row takes the remainder so the
 * section adds up exactly. The split is a convention, not a score: it is always half-up.
 */
import { Rational } from './rational';
import { round, roundHalfUp } from './rounding';
import type { RowWork } from './rows';

/** Shares of `points` for `count` rows; the last share is the remainder. */
export function equalShares(points: Rational, count: number, decimals = 2): Rational[] {
  if (count === 0) return [];
  const n = Rational.int(count);
  let share = roundHalfUp(points.div(n), decimals);
  // Rounding up many small shares could leave the last row a negative remainder: fall back to
  // shares rounded down (the split is a convention, not a score).
  if (share.mul(Rational.int(count - 1)).gt(points)) share = round(points.div(n), decimals, 'down');
  const shares = new Array<Rational>(count).fill(share);
  shares[count - 1] = points.sub(share.mul(Rational.int(count - 1)));
  return shares;
}

/** Assigns equal-split weights in place, per section. Returns the sections that were split. */
export function assignEqualWeights(
  rows: RowWork[],
  sectionPoints: Map<string, number>,
  decimals = 2,
): string[] {
  const bySection = new Map<string, RowWork[]>();
  for (const row of rows) {
    if (row.section === null || row.detail) continue;
    const list = bySection.get(row.section);
    if (list) list.push(row);
    else bySection.set(row.section, [row]);
  }
  const split: string[] = [];
  for (const [section, list] of bySection) {
    const shares = equalShares(Rational.from(sectionPoints.get(section) ?? 0), list.length, decimals);
    list.forEach((row, i) => (row.weight = shares[i]));
    split.push(section);
  }
  return split;
}

/** Display helpers for numbers the engine has already rounded (the engine owns rounding). */
import { formatPercent } from '../engine/format';
import type { ScoreLine } from '../engine/types';

/**
 * A score the engine rounded to 2 decimals, shown with both decimals: 0.5 -> "0.50".
 * toFixed only pads here: the number is already the nearest double to a 2-decimal value.
 */
export function formatScore(score: number): string {
  return score.toFixed(2);
}

/** An exact completion rate (a fraction) as the percent an officer reads: 2.148375 -> "214.84%". */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : formatPercent(rate);
}

/**
 * Sum of 2-decimal scores without float drift: each is turned back into whole cents (exact, as each
 * is a 2-decimal value), the cents are added as integers.
 */
export function sumScores(scores: number[]): number {
  const cents = scores.reduce((sum, score) => sum + Math.round(score * 100), 0);
  return cents / 100;
}

/** Share of a line's points obtained, 0..1, for its bar. */
export function lineShare(line: ScoreLine): number {
  if (line.points <= 0) return 0;
  return Math.max(0, Math.min(1, line.score / line.points));
}

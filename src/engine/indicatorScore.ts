/**
 * Indicator score and flag (§6, §7) from a completion rate and a weight. Scores are rounded once,
 * here, through the one rounding helper, at the rules' precision.
 */
import type { Completion } from './completion';
import { explainIndicator } from './explain';
import type { Message } from './messages';
import { profileNumbers } from './profileNumbers';
import { Rational } from './rational';
import { roundScoreOf } from './rounding';
import type { Flag, Profile } from './types';

export interface IndicatorScore {
  /** At the rules' precision (2 decimals half-up by default); full marks are the weight itself. */
  score: Rational;
  flag: Flag;
  note: Message;
}

const ONE = Rational.ONE;

function exactScore(c: Completion, weight: Rational, profile: Profile): Rational {
  if (c.kind !== 'quantity') return weight.mul(c.rate);
  if (c.direction === 'atMost') return weight.mul(Rational.min(c.rate, ONE));
  if (c.over) return weight.mul(profileNumbers(profile).overFactor);
  return c.rate.lt(ONE) ? weight.mul(c.rate) : weight;
}

function flagOf(c: Completion): Flag {
  if (c.kind === 'quantity' && c.over) return 'over150';
  if (c.kind === 'quantity' && c.review) return 'review';
  return c.rate.lt(ONE) ? 'under100' : 'ok';
}

export function scoreIndicator(
  c: Completion,
  weight: Rational,
  profile: Profile,
  actualShown: string,
): IndicatorScore {
  const score = roundScoreOf(exactScore(c, weight, profile), weight, profile.precision);
  const flag = flagOf(c);
  return { score, flag, note: explainIndicator(c, weight, score, profile, actualShown) };
}

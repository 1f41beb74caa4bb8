/**
 * Reasons as messages (./messages: code and figures; Chinese words in messages/zh.ts), one per score and per deduction, written like an officer's own note:
 * "完成率214.84%，超过150%，按分值的一半计0.50分", "完成率97.99%，按分值1分×97.99%计0.98分".
 * Scores print with the rules' decimals (scoreText); weights and deductions without trailing zeros.
 *
 * Every note reproduces its score by hand: a rate the note multiplies by is shown with as many
 * digits as it takes for weight × shown rate, rounded by the rules, to give the score. 2 decimals of
 * a percent usually suffice; 2.5 × 98.996% = 2.4749 -> 2.47 needs "98.996%", since "99.00%" would give
 * 2.475 -> 2.48.
 */
import type { Completion } from './completion';
import { msg, type Message } from './messages';
import { fixed, percentText, scoreText, trimmed } from './format';
import { timeText } from './parse/time';
import { profileNumbers } from './profileNumbers';
import { Rational } from './rational';
import { roundHalfUp, roundScoreOf } from './rounding';
import type { Precision, Profile } from './types';

const HALF = Rational.from('0.5');
const HUNDRED = Rational.int(100);
/** Most digits of a percent a note shows before it shows the exact product instead. */
const MAX_RATE_DIGITS = 12;

/** Whether the exact value has a finite decimal expansion (denominator 2^a·5^b). */
function terminates(value: Rational): boolean {
  let d = value.d;
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  return d === 1n;
}

/**
 * The rate as a note shows it in "weight × rate": the fewest decimals of a percent (at least 2) for
 * which weight × shown rate, rounded by the rules, is the score. `exact` is set when no shown rate
 * gives the score (the exact product sits on a rounding boundary): the note then shows the product.
 */
export function rateForProduct(
  weight: Rational,
  rate: Rational,
  score: Rational,
  precision: Precision,
): { text: string; exact: Rational | null } {
  const percent = rate.mul(HUNDRED);
  for (let digits = 2; digits <= MAX_RATE_DIGITS; digits++) {
    const shown = roundHalfUp(percent, digits);
    if (roundScoreOf(weight.mul(shown).div(HUNDRED), weight, precision).eq(score)) {
      return { text: `${fixed(shown, digits)}%`, exact: null };
    }
  }
  // A repeating rate (1/1200 = 0.08333…%) whose exact product sits on the boundary: show both.
  const product = weight.mul(rate);
  return { text: `${percent.toDecimalString(6)}…%`, exact: terminates(product) ? product : null };
}

/** "按分值2.5分×98.996%计2.47分" (or "…×R%=2.475分，计2.48分" on a rounding boundary). */
function product(weight: Rational, rateText: string, exact: Rational | null, score: Rational, p: Precision) {
  const shown = { weight: trimmed(weight, 6), rate: rateText, score: scoreText(score, p.decimals) };
  return exact ? msg('product-exact', { ...shown, exact: exact.toDecimalString(20) }) : msg('product', shown);
}

/** "按分值10分×99.41%计9.94分": a proportional score whose rate is shown as the arithmetic uses it. */
export function productText(
  weight: Rational,
  rate: Rational,
  score: Rational,
  precision: Precision,
): Message {
  const shown = rateForProduct(weight, rate, score, precision);
  return product(weight, shown.text, shown.exact, score, precision);
}

/** "完成率97.99%，按分值1分×97.99%计0.98分": the note shows the same rate the product uses. */
function proportional(
  code: 'note.partial' | 'note.partial-target-zero' | 'note.ceiling-exceeded',
  weight: Rational,
  rate: Rational,
  score: Rational,
  p: Precision,
): Message {
  const shown = rateForProduct(weight, rate, score, p);
  return msg(code, { rate: shown.text, product: product(weight, shown.text, shown.exact, score, p) });
}

function explainQuantity(
  c: Completion & { kind: 'quantity' },
  weight: Rational,
  score: Rational,
  profile: Profile,
): Message {
  const p = profile.precision;
  const points = scoreText(score, p.decimals);
  const rate = percentText(c.rate);
  if (c.over) {
    const limit = profile.overAchievementPercent;
    const factor = profileNumbers(profile).overFactor;
    if (factor.eq(HALF)) return msg('note.over-half', { rate, limit, score: points });
    if (factor.eq(Rational.ONE)) return msg('note.over-full', { rate, limit, score: points });
    return msg('note.over-factor', {
      rate,
      limit,
      product: product(weight, factor.toDecimalString(10), null, score, p),
    });
  }
  if (c.direction === 'atMost') {
    if (c.rate.lt(Rational.ONE)) return proportional('note.ceiling-exceeded', weight, c.rate, score, p);
    if (!c.review) return msg('note.ceiling-met', { rate, score: points });
    if (!c.reverseRatio) return msg('note.ceiling-met-zero', { rate, score: points });
    return msg('note.ceiling-met-ratio', {
      rate,
      score: points,
      ratio: fixed(c.reverseRatio),
      limit: profile.reverseReviewRatio,
    });
  }
  const zero = c.warnings.some((w) => w.code === 'target-zero');
  if (c.rate.lt(Rational.ONE))
    return proportional(zero ? 'note.partial-target-zero' : 'note.partial', weight, c.rate, score, p);
  return msg(zero ? 'note.full-target-zero' : 'note.full', { rate, score: points });
}

export function explainIndicator(
  c: Completion,
  weight: Rational,
  score: Rational,
  profile: Profile,
  actualShown: string,
): Message {
  if (c.kind === 'quantity') return explainQuantity(c, weight, score, profile);
  const p = profile.precision;
  const points = scoreText(score, p.decimals);
  const actual = actualShown;
  if (c.kind === 'deadline') {
    const times = { actual, when: timeText(c.actual), deadline: timeText(c.deadline), score: points };
    return msg(c.met ? 'note.deadline-met' : 'note.deadline-late', times);
  }
  if (c.kind === 'answer') {
    if (c.answer === 'yes') return msg('note.answer-met', { actual, score: points });
    if (c.answer === 'no') return msg('note.answer-not-met', { actual, score: points });
    const rate = `${c.rate.mul(HUNDRED).toDecimalString(10)}%`;
    return msg('note.answer-partial', { actual, product: product(weight, rate, null, score, p) });
  }
  if (c.levelsShort === 0) return msg('note.level-met', { actual, score: points });
  const levels = c.levelsShort;
  if (c.rate.isZero()) return msg('note.level-short-zero', { actual, levels, score: points });
  const rate = `${c.rate.mul(HUNDRED).toDecimalString(10)}%`;
  return msg('note.level-short', { actual, levels, product: product(weight, rate, null, score, p) });
}

/** "扣0.46分" or "不扣分": a deduction in words, points without trailing zeros. */
export function deductionText(deducted: Rational): Message {
  return deducted.isZero()
    ? msg('deduction.none', {})
    : msg('deduction.points', { points: trimmed(deducted) });
}

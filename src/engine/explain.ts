/**
 * Reasons in words (Chinese), one per score and per deduction, written like an officer's own note:
 * "完成率214.84%，超过150%，按分值的一半计0.50分", "完成率97.99%，按分值1分×97.99%计0.98分".
 * Scores print with the rules' decimals (scoreText); weights and deductions without trailing zeros.
 *
 * Every note reproduces its score by hand: a rate the note multiplies by is shown with as many
 * digits as it takes for weight × shown rate, rounded by the rules, to give the score. 2 decimals of
 * a percent usually suffice; 2.5 × 98.996% = 2.4749 -> 2.47 needs "98.996%", since "99.00%" would give
 * 2.475 -> 2.48.
 */
import type { Completion } from './completion';
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
  const times = `按分值${trimmed(weight, 6)}分×${rateText}`;
  const result = scoreText(score, p.decimals);
  return exact ? `${times}=${exact.toDecimalString(20)}分，计${result}分` : `${times}计${result}分`;
}

/** "按分值10分×99.41%计9.94分": a proportional score whose rate is shown as the arithmetic uses it. */
export function productText(weight: Rational, rate: Rational, score: Rational, precision: Precision): string {
  const shown = rateForProduct(weight, rate, score, precision);
  return product(weight, shown.text, shown.exact, score, precision);
}

function fullMarks(prefix: string, score: Rational, p: Precision): string {
  return `${prefix}，得满分${scoreText(score, p.decimals)}分`;
}

/** "完成率97.99%，按分值1分×97.99%计0.98分": the prefix shows the same rate the product uses. */
function proportionalRate(label: string, weight: Rational, rate: Rational, score: Rational, p: Precision) {
  const shown = rateForProduct(weight, rate, score, p);
  return `${label}${shown.text}，${product(weight, shown.text, shown.exact, score, p)}`;
}

function explainQuantity(
  c: Completion & { kind: 'quantity' },
  weight: Rational,
  score: Rational,
  profile: Profile,
) {
  const p = profile.precision;
  const points = scoreText(score, p.decimals);
  const rateText = `完成率${percentText(c.rate)}`;
  if (c.over) {
    const cut = `${rateText}，超过${profile.overAchievementPercent}%`;
    const factor = profileNumbers(profile).overFactor;
    if (factor.eq(HALF)) return `${cut}，按分值的一半计${points}分`;
    if (factor.eq(Rational.ONE)) return `${cut}，仍计满分${points}分（目标设置偏低，需调整目标）`;
    return `${cut}，${product(weight, factor.toDecimalString(10), null, score, p)}`;
  }
  if (c.direction === 'atMost') {
    if (c.rate.lt(Rational.ONE))
      return proportionalRate('实现值高于目标上限，完成率', weight, c.rate, score, p);
    const met = fullMarks(`实现值未超过目标上限，${rateText}`, score, p);
    if (!c.review) return met;
    if (!c.reverseRatio) return `${met}；实际为0，远低于目标上限，目标可能偏宽松，建议复核`;
    return `${met}；目标÷实际=${fixed(c.reverseRatio)}，超过${profile.reverseReviewRatio}，目标可能偏宽松，建议复核`;
  }
  const zero = c.warnings.some((w) => w.code === 'target-zero') ? '目标为0，' : '';
  if (c.rate.lt(Rational.ONE)) return proportionalRate(`${zero}完成率`, weight, c.rate, score, p);
  return fullMarks(`${zero}${rateText}`, score, p);
}

export function explainIndicator(
  c: Completion,
  weight: Rational,
  score: Rational,
  profile: Profile,
  actualShown: string,
): string {
  if (c.kind === 'quantity') return explainQuantity(c, weight, score, profile);
  const p = profile.precision;
  const said = `实现“${actualShown}”`;
  if (c.kind === 'deadline') {
    const when = `实现“${actualShown}”（${timeText(c.actual)}）`;
    const by = `期限${timeText(c.deadline)}`;
    return c.met
      ? fullMarks(`${when}，不晚于${by}`, score, p)
      : `${when}，晚于${by}，未达到目标，计${scoreText(score, p.decimals)}分`;
  }
  if (c.kind === 'answer') {
    if (c.answer === 'yes') return fullMarks(`${said}，达到目标`, score, p);
    if (c.answer === 'no') return `${said}，未达到目标，计${scoreText(score, p.decimals)}分`;
    const rate = `${c.rate.mul(HUNDRED).toDecimalString(10)}%`;
    return `${said}，部分达到目标（差一级），${product(weight, rate, null, score, p)}`;
  }
  if (c.levelsShort === 0) return fullMarks(`${said}，达到目标等级`, score, p);
  const short = `${said}，比目标低${c.levelsShort}个等级`;
  if (c.rate.isZero()) return `${short}，计${scoreText(score, p.decimals)}分`;
  return `${short}，${product(weight, `${c.rate.mul(HUNDRED).toDecimalString(10)}%`, null, score, p)}`;
}

/** "比例54.07%，得0.54分，扣0.46分" and friends: deduction reasons, points without trailing zeros. */
export function deductionText(deducted: Rational): string {
  return deducted.isZero() ? '不扣分' : `扣${trimmed(deducted)}分`;
}

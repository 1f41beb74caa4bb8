/**
 * Reasons in words (Chinese), one per score and per deduction, written like an officer's own note:
 * "完成率214.84%，超过150%，按分值的一半计0.50分", "完成率97.99%，按分值1分×97.99%计0.98分".
 * Scores print with 2 decimals; weights and deductions without trailing zeros.
 */
import type { Completion } from './completion';
import { fixed, percentText, trimmed } from './format';
import { timeText } from './parse/time';
import { profileNumbers } from './profileNumbers';
import { Rational } from './rational';
import type { Profile } from './types';

const HALF = Rational.from('0.5');

function fullMarks(prefix: string, score: Rational): string {
  return `${prefix}，得满分${fixed(score)}分`;
}

function proportional(prefix: string, weight: Rational, factorText: string, score: Rational): string {
  return `${prefix}，按分值${trimmed(weight)}分×${factorText}计${fixed(score)}分`;
}

function explainQuantity(
  c: Completion & { kind: 'quantity' },
  weight: Rational,
  score: Rational,
  profile: Profile,
) {
  const rateText = `完成率${percentText(c.rate)}`;
  if (c.over) {
    const cut = `${rateText}，超过${profile.overAchievementPercent}%`;
    const factor = profileNumbers(profile).overFactor;
    if (factor.eq(HALF)) return `${cut}，按分值的一半计${fixed(score)}分`;
    if (factor.eq(Rational.ONE)) return `${cut}，仍计满分${fixed(score)}分（目标设置偏低，需调整目标）`;
    return proportional(cut, weight, trimmed(factor, 4), score);
  }
  if (c.direction === 'atMost') {
    if (c.rate.lt(Rational.ONE))
      return proportional(`实现值高于目标上限，${rateText}`, weight, percentText(c.rate), score);
    const met = fullMarks(`实现值未超过目标上限，${rateText}`, score);
    if (!c.review) return met;
    if (!c.reverseRatio) return `${met}；实际为0，远低于目标上限，目标可能偏宽松，建议复核`;
    return `${met}；目标÷实际=${fixed(c.reverseRatio)}，超过${profile.reverseReviewRatio}，目标可能偏宽松，建议复核`;
  }
  const prefix = c.warnings.some((w) => w.code === 'target-zero') ? `目标为0，${rateText}` : rateText;
  if (c.rate.lt(Rational.ONE)) return proportional(prefix, weight, percentText(c.rate), score);
  return fullMarks(prefix, score);
}

export function explainIndicator(
  c: Completion,
  weight: Rational,
  score: Rational,
  profile: Profile,
  actualShown: string,
): string {
  if (c.kind === 'quantity') return explainQuantity(c, weight, score, profile);
  const said = `实现“${actualShown}”`;
  if (c.kind === 'deadline') {
    const when = `实现“${actualShown}”（${timeText(c.actual)}）`;
    const by = `期限${timeText(c.deadline)}`;
    return c.met
      ? fullMarks(`${when}，不晚于${by}`, score)
      : `${when}，晚于${by}，未达到目标，计${fixed(score)}分`;
  }
  if (c.kind === 'answer') {
    if (c.answer === 'yes') return fullMarks(`${said}，达到目标`, score);
    if (c.answer === 'no') return `${said}，未达到目标，计${fixed(score)}分`;
    return proportional(
      `${said}，部分达到目标（差一级）`,
      weight,
      `${trimmed(c.rate.mul(Rational.int(100)))}%`,
      score,
    );
  }
  if (c.levelsShort === 0) return fullMarks(`${said}，达到目标等级`, score);
  const short = `${said}，比目标低${c.levelsShort}个等级`;
  if (c.rate.isZero()) return `${short}，计${fixed(score)}分`;
  return proportional(short, weight, `${trimmed(c.rate.mul(Rational.int(100)))}%`, score);
}

/** "比例54.07%，得0.54分，扣0.46分" and friends: deduction reasons, points without trailing zeros. */
export function deductionText(deducted: Rational): string {
  return deducted.isZero() ? '不扣分' : `扣${trimmed(deducted)}分`;
}

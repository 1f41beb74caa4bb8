/**
 * A profile's settings as exact rationals, parsed once per profile object rather than once per row.
 */
import { Rational } from './rational';
import type { Profile } from './types';

export interface ProfileNumbers {
  /** Over-achievement cut as a fraction (150 -> 3/2). */
  overCut: Rational;
  overFactor: Rational;
  reviewRatio: Rational;
  oneLevelShort: Rational;
  twoOrMoreShort: Rational;
}

const cache = new WeakMap<Profile, ProfileNumbers>();

export function profileNumbers(profile: Profile): ProfileNumbers {
  let numbers = cache.get(profile);
  if (!numbers) {
    numbers = {
      overCut: Rational.from(profile.overAchievementPercent).div(Rational.int(100)),
      overFactor: Rational.from(profile.overAchievementFactor),
      reviewRatio: Rational.from(profile.reverseReviewRatio),
      oneLevelShort: Rational.from(profile.qualitativeFactors.oneLevelShort),
      twoOrMoreShort: Rational.from(profile.qualitativeFactors.twoOrMoreShort),
    };
    cache.set(profile, numbers);
  }
  return numbers;
}

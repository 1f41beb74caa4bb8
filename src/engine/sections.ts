/**
 * Section, group and total scores (§10) as sums of rounded parts, and the grade (§12).
 * When the block has no categories, the indicator sections collapse into one synthetic section.
 */
import { Rational } from './rational';
import type { Grade, Profile, ScoreLine, SectionSetting } from './types';

/** Name of the single section used when PE_Categories is absent. */
export const SYNTHETIC_SECTION = '绩效指标（未分类）';

/** The sections scored for this input, in profile order. */
export function effectiveSections(profile: Profile, hasCategories: boolean): SectionSetting[] {
  if (hasCategories) return profile.sections;
  const indicatorSections = profile.sections.filter((s) => s.kind === 'indicators');
  const points = indicatorSections.reduce((sum, s) => sum + s.points, 0);
  const out: SectionSetting[] = [];
  for (const s of profile.sections) {
    if (s.kind !== 'indicators') out.push(s);
    else if (s === indicatorSections[0]) out.push({ name: SYNTHETIC_SECTION, points, kind: 'indicators' });
  }
  return out;
}

function line(name: string, points: number, score: Rational): ScoreLine {
  return { name, points, score: score.toNumber() };
}

export interface Totals {
  sections: ScoreLine[];
  groups: ScoreLine[];
  total: Rational;
}

/**
 * `scores` holds each section's exact sum of rounded parts. Groups name profile sections; an
 * indicator section replaced by the synthetic one maps to it (counted once per group).
 */
export function totals(profile: Profile, sections: SectionSetting[], scores: Map<string, Rational>): Totals {
  const present = new Set(sections.map((s) => s.name));
  const sectionLines = sections.map((s) => line(s.name, s.points, scores.get(s.name) ?? Rational.ZERO));
  const groups = profile.groups.map((g) => {
    const names = new Set(g.sections.map((n) => (present.has(n) ? n : SYNTHETIC_SECTION)));
    let score = Rational.ZERO;
    let points = 0;
    for (const s of sections) {
      if (!names.has(s.name)) continue;
      score = score.add(scores.get(s.name) ?? Rational.ZERO);
      points += s.points;
    }
    return line(g.name, points, score);
  });
  const total = Rational.sum(sections.map((s) => scores.get(s.name) ?? Rational.ZERO));
  return { sections: sectionLines, groups, total };
}

/** Half-open bands, highest first: 89.99 is 良, 90 is 优. */
export function gradeFor(total: Rational, profile: Profile): Grade {
  const bands = [...profile.gradeBands].sort((a, b) => b.min - a.min);
  for (const band of bands) {
    if (total.gte(Rational.from(band.min))) return band.grade;
  }
  return bands[bands.length - 1].grade;
}

/**
 * A jurisdiction's rules as data (docs/scoring-rules.md §13): the base profile plus PE_Rules'
 * overrides make the effective profile every other engine file reads. Nothing else in the engine
 * knows that overrides exist.
 *
 * Sections: every section a table may score is in SECTION_CATALOG (name, kind, order). A section set
 * to 0 points is removed; one the base lacks is added in catalog order. Category keywords follow the
 * sections: a keyword that a present section CLAIMS goes there (成本… -> 成本指标, 满意度… -> 满意度指标);
 * a keyword whose base section was removed falls back to that section's HOME (满意度指标 -> 效益指标,
 * 成本指标 -> 产出指标) when present, otherwise it maps nowhere (a row error, as any unknown category).
 * Groups keep their present sections; an added indicator or budget section joins the group that holds
 * the base's indicator sections (履职效能); a group left empty disappears.
 */
import { warningAt } from './findings';
import { msg } from './messages';
import { Rational } from './rational';
import type {
  Finding,
  GradeBand,
  GroupSetting,
  Profile,
  ProfileId,
  RuleChange,
  RuleOverrides,
  SectionKind,
  SectionSetting,
} from './types';
import { getProfile } from './profiles';

/** Every section a PE_Rules may set, in the order tables list them. */
export const SECTION_CATALOG: ReadonlyArray<{ name: string; kind: SectionKind; english: string }> = [
  { name: '产出指标', kind: 'indicators', english: 'output' },
  { name: '成本指标', kind: 'indicators', english: 'cost' },
  { name: '效益指标', kind: 'indicators', english: 'benefit' },
  { name: '满意度指标', kind: 'indicators', english: 'satisfaction' },
  { name: '预算执行率', kind: 'budget', english: 'budget' },
  { name: '管理效率', kind: 'management', english: 'management' },
];

/** Category keywords a section takes over when it is present, and where they go when it is not. */
const CLAIMS: ReadonlyArray<{ section: string; keyword: RegExp; home: string }> = [
  { section: '成本指标', keyword: /成本/, home: '产出指标' },
  { section: '满意度指标', keyword: /满意/, home: '效益指标' },
];

const ORDER = new Map(SECTION_CATALOG.map((s, i) => [s.name, i]));
const orderOf = (name: string): number => ORDER.get(name) ?? SECTION_CATALOG.length;

function effectiveSections(base: Profile, points: Record<string, number>): SectionSetting[] {
  const out: SectionSetting[] = [];
  for (const section of base.sections) {
    const wanted = points[section.name] ?? section.points;
    if (wanted > 0) out.push({ ...section, points: wanted });
  }
  for (const entry of SECTION_CATALOG) {
    const wanted = points[entry.name];
    if (wanted !== undefined && wanted > 0 && !out.some((s) => s.name === entry.name)) {
      out.push({ name: entry.name, points: wanted, kind: entry.kind });
    }
  }
  return out.sort((a, b) => orderOf(a.name) - orderOf(b.name));
}

function effectiveCategories(base: Profile, present: Set<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [keyword, section] of Object.entries(base.categories)) {
    const claim = CLAIMS.find((c) => c.keyword.test(keyword) && present.has(c.section));
    const home = CLAIMS.find((c) => c.section === section)?.home;
    const target = claim
      ? claim.section
      : present.has(section)
        ? section
        : home && present.has(home)
          ? home
          : null;
    if (target) out[keyword] = target;
  }
  return out;
}

function effectiveGroups(base: Profile, sections: SectionSetting[]): GroupSetting[] {
  const present = new Set(sections.map((s) => s.name));
  const inBase = new Set(base.sections.map((s) => s.name));
  const kindOf = new Map(base.sections.map((s) => [s.name, s.kind]));
  const home = base.groups.find((g) => g.sections.some((n) => kindOf.get(n) === 'indicators'));
  const joining = sections.filter((s) => !inBase.has(s.name) && s.kind !== 'management').map((s) => s.name);
  return base.groups
    .map((g) => ({
      name: g.name,
      sections: [...g.sections.filter((n) => present.has(n)), ...(g === home ? joining : [])].sort(
        (a, b) => orderOf(a) - orderOf(b),
      ),
    }))
    .filter((g) => g.sections.length > 0);
}

/** The effective profile: the base with the overrides applied (see the top of this file). */
export function applyRules(base: Profile, overrides: RuleOverrides = {}): Profile {
  const sections = effectiveSections(base, overrides.sections ?? {});
  const present = new Set(sections.map((s) => s.name));
  return {
    ...base,
    sections,
    groups: effectiveGroups(base, sections),
    categories: effectiveCategories(base, present),
    overAchievementFactor: overrides.overAchievementFactor ?? base.overAchievementFactor,
    qualitativeFactors: {
      ...base.qualitativeFactors,
      oneLevelShort: overrides.qualitativeOneLevelShort ?? base.qualitativeFactors.oneLevelShort,
    },
    gradeBands: overrides.gradeBands ?? base.gradeBands,
    precision: {
      decimals: overrides.decimals ?? base.precision.decimals,
      mode: overrides.rounding ?? base.precision.mode,
    },
  };
}

const DECIMAL_WORDS: Record<number, string> = { 0: '0（取整数）', 1: '1（一位小数）', 2: '2（两位小数）' };

/** "优90 良80 中60": the bands above 差, highest first. */
export function gradesText(bands: GradeBand[]): string {
  return [...bands]
    .filter((b) => b.grade !== '差')
    .sort((a, b) => b.min - a.min)
    .map((b) => `${b.grade}${b.min}`)
    .join(' ');
}

function factorText(factor: string): string {
  const f = Rational.from(factor);
  if (f.eq(Rational.ONE)) return '不扣分（按满分计）';
  if (f.eq(Rational.from('0.5'))) return '减半';
  return `按分值×${f.toDecimalString(6)}`;
}

const percentOf = (fraction: string): string =>
  `${Rational.from(fraction).mul(Rational.int(100)).toDecimalString(6)}%`;

/** Every setting of `effective` that differs from `base`, in the order of the settings table. */
export function ruleChanges(base: Profile, effective: Profile): RuleChange[] {
  const changes: RuleChange[] = [];
  const basePoints = new Map(base.sections.map((s) => [s.name, s.points]));
  const points = new Map(effective.sections.map((s) => [s.name, s.points]));
  for (const { name } of SECTION_CATALOG) {
    const now = points.get(name) ?? 0;
    if (now === (basePoints.get(name) ?? 0)) continue;
    changes.push({
      setting: name,
      label: name,
      value: String(now),
      text: now === 0 ? '0（不设此部分）' : `${now}分`,
    });
  }
  const { decimals, mode } = effective.precision;
  if (decimals !== base.precision.decimals) {
    changes.push({
      setting: 'decimals',
      label: '小数位',
      value: String(decimals),
      text: DECIMAL_WORDS[decimals],
    });
  }
  if (mode !== base.precision.mode) {
    changes.push({
      setting: 'rounding',
      label: '取舍',
      value: mode,
      text: mode === 'down' ? '去尾' : '四舍五入',
    });
  }
  const factor = effective.overAchievementFactor;
  if (!Rational.from(factor).eq(Rational.from(base.overAchievementFactor))) {
    changes.push({
      setting: 'over150',
      label: '超过150%',
      value: Rational.from(factor).toDecimalString(6),
      text: factorText(factor),
    });
  }
  const oneLevel = effective.qualitativeFactors.oneLevelShort;
  if (!Rational.from(oneLevel).eq(Rational.from(base.qualitativeFactors.oneLevelShort))) {
    const text = percentOf(oneLevel);
    changes.push({
      setting: 'qualitative-one-level',
      label: '定性差一级',
      value: text,
      text: `分值的${text}`,
    });
  }
  const grades = gradesText(effective.gradeBands);
  if (grades !== gradesText(base.gradeBands)) {
    changes.push({ setting: 'grades', label: '等级', value: grades, text: grades });
  }
  return changes;
}

/**
 * The base profile by id with the overrides applied, what changed, and warnings: section points
 * that leave no indicator section are not applied (the base's sections stand); points that do not
 * add up to 100 are applied as given, with a warning (grade bands assume 100).
 */
export function resolveRules(
  base: ProfileId,
  overrides?: RuleOverrides,
): { profile: Profile; changed: RuleChange[]; findings: Finding[] } {
  const baseProfile = getProfile(base);
  if (!overrides) return { profile: baseProfile, changed: [], findings: [] };
  const findings: Finding[] = [];
  let applied = overrides;
  if (overrides.sections) {
    const sections = effectiveSections(baseProfile, overrides.sections);
    const total = sections.reduce((sum, s) => sum.add(Rational.from(s.points)), Rational.ZERO);
    if (!sections.some((s) => s.kind === 'indicators')) {
      const message = msg('rules-invalid', {});
      findings.push(warningAt(null, message, 'rules-invalid'));
      applied = { ...overrides, sections: undefined };
    } else if (!total.eq(Rational.int(100))) {
      const list = sections.map((s) => msg('rules.section-points', { section: s.name, points: s.points }));
      const message = msg('rules-total', { total: total.toDecimalString(2), sections: list });
      findings.push(warningAt(null, message, 'rules-total'));
    }
  }
  const profile = applyRules(baseProfile, applied);
  return { profile, changed: ruleChanges(baseProfile, profile), findings };
}

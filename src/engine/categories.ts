/**
 * Category text (一级 or 二级 指标) -> section (§2). The cell is normalised (brackets with points,
 * numbering, 等, 指标, line breaks), mapped through the wording table (categoryWords.ts) to a
 * keyword, and the keyword to a section: a section's own name first, then the profile's
 * categories. Blank inherits the row above (rows.ts); unknown is an error.
 */
import {
  CATEGORY_ALIASES,
  CATEGORY_BRACKET_MARKS,
  CATEGORY_NUMBERING,
  CATEGORY_POINTS,
  CATEGORY_SEPARATORS,
  CATEGORY_SUFFIXES,
} from './categoryWords';
import { normalizeText } from './parse/text';
import type { Profile } from './types';

const SUFFIX = /指标$/;
const has = (table: object, key: string) => Object.prototype.hasOwnProperty.call(table, key);

function stripSuffixes(text: string): string {
  let rest = text;
  for (let changed = true; changed;) {
    changed = false;
    for (const s of CATEGORY_SUFFIXES) {
      if (rest.endsWith(s) && rest.length > s.length) {
        rest = rest.slice(0, -s.length);
        changed = true;
      }
    }
  }
  return rest;
}

/** "产出指标（50分）" -> "产出"; "服务对象满意度指标等" -> "服务对象满意度"; "一、数量\n指标" -> "数量". */
export function normalizeCategory(text: string): string {
  const unbracketed = normalizeText(text).replace(CATEGORY_POINTS, '').replace(CATEGORY_NUMBERING, '');
  return stripSuffixes(unbracketed.replace(CATEGORY_BRACKET_MARKS, ''));
}

function sectionForKey(key: string, profile: Profile): string | null {
  const keyword = has(CATEGORY_ALIASES, key) ? CATEGORY_ALIASES[key] : key;
  // A section's own name is a category too (满意度指标 in national-project, a 成本指标 section).
  const section = profile.sections.find(
    (s) => s.kind === 'indicators' && s.name.replace(SUFFIX, '') === keyword,
  );
  if (section) return section.name;
  return has(profile.categories, keyword) ? profile.categories[keyword] : null;
}

/** Section name for a category cell's text, or null when the profile does not know the category. */
export function sectionForCategory(text: string, profile: Profile): string | null {
  const key = normalizeCategory(text);
  const whole = sectionForKey(key, profile);
  if (whole) return whole;
  // 一级 and 二级 in one cell ("产出指标-数量指标"): the most specific known part decides.
  const parts = key
    .split(CATEGORY_SEPARATORS)
    .map(stripSuffixes)
    .filter((p) => p !== '');
  for (let i = parts.length - 1; i >= 0; i--) {
    const section = sectionForKey(parts[i], profile);
    if (section) return section;
  }
  return null;
}

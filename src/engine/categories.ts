/**
 * Category text (一级 or 二级 指标) -> section (§2). Blank inherits the row above; unknown is an error.
 */
import { normalizeText } from './parse/text';
import type { Profile } from './types';

const SUFFIX = /指标$/;

/** Section name for a category cell's text, or null when the profile does not know the category. */
export function sectionForCategory(text: string, profile: Profile): string | null {
  const key = normalizeText(text).replace(SUFFIX, '');
  if (Object.prototype.hasOwnProperty.call(profile.categories, key)) return profile.categories[key];
  // A section's own name is a category too (e.g. 满意度指标 in national-project).
  const section = profile.sections.find((s) => s.kind === 'indicators' && s.name.replace(SUFFIX, '') === key);
  return section ? section.name : null;
}

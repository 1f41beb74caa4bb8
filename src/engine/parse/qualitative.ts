/**
 * Qualitative levels (§4): 优秀 > 良好 > 中等/合格/一般 > 差/较差/不合格 (words in answerWords.ts).
 * A target like 良好以上 / 良好及以上 / 达到优秀 sets the minimum level.
 */
import { LEVELS, LEVEL_TARGET_PREFIXES, LEVEL_TARGET_SUFFIXES, YES_NO_WORDS } from './answerWords';

export { LEVEL_NAMES } from './answerWords';

/** A level word in an actual cell ("优秀"), or null. */
export function parseLevel(text: string): number | null {
  return Object.prototype.hasOwnProperty.call(LEVELS, text) ? LEVELS[text] : null;
}

const byLengthDesc = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
const PREFIXES = byLengthDesc(LEVEL_TARGET_PREFIXES);
const SUFFIXES = byLengthDesc(LEVEL_TARGET_SUFFIXES);

function stripOne(text: string, words: string[], atEnd: boolean): string {
  for (const w of words) {
    if (atEnd ? text.endsWith(w) : text.startsWith(w))
      return atEnd ? text.slice(0, -w.length) : text.slice(w.length);
  }
  return text;
}

/** A minimum level from a target cell ("良好以上", "达到优秀", "良好等级以上", "优秀"), or null. */
export function parseLevelTarget(text: string): number | null {
  let rest = stripOne(text, PREFIXES, false);
  // Up to two suffixes: "良好等级以上".
  rest = stripOne(rest, SUFFIXES, true);
  rest = stripOne(rest, SUFFIXES, true);
  return parseLevel(rest);
}

/** 是-like -> true, 否-like -> false, anything else null (strict whole words, for management items). */
export function parseYesNo(text: string): boolean | null {
  return Object.prototype.hasOwnProperty.call(YES_NO_WORDS, text) ? YES_NO_WORDS[text] : null;
}

/**
 * Reads a qualitative answer against its target (§4): met (yes), partly (one level short) or not
 * (no); null when the words say neither. Word lists are in answerWords.ts. Precedence, first match
 * wins, so 未完成 is a negation although it contains 完成, and 基本完成 a hedge:
 *   1. the target's own words repeated                        -> yes
 *   2. against a "clean record" target (无重大安全事故):
 *      an absence (无, 未发生, 0起) or a clean statement -> yes; a presence (有, 发生1起) -> no
 *   3. a clean statement of its own (无投诉, 零事故), or within a limit (未超预算) -> yes
 *   4. a negation (prefix, word anywhere, or a whole answer)  -> no
 *   4b. against a rise or fall (提升, 降低): the opposite move or standing still (持平) -> no
 *   5. a hedge                                                -> partly
 *   5b. against a rise or fall: the same move (下降 for 降低)    -> yes
 *   6. an affirmation (word anywhere, or a whole answer)      -> yes
 *   7. the actual is part of the target or the reverse        -> yes
 */
import {
  ABSENCE_EXACT,
  ABSENCE_PREFIXES,
  ADVERSE_WORDS,
  AFFIRMATION_EXACT,
  AFFIRMATION_WORDS,
  DIRECTION_WORDS,
  HEDGE_WORDS,
  NEGATION_EXACT,
  NEGATION_PREFIXES,
  NEGATION_PREFIX_EXCEPTIONS,
  NEGATION_WORDS,
  PRESENCE_PREFIXES,
  WITHIN_LIMIT_PREFIXES,
  type Answer,
} from './answerWords';
import { TRAILING_PUNCTUATION } from './vocabulary';

export type { Answer } from './answerWords';

const contains = (text: string, words: string[]) => words.some((w) => text.includes(w));

/** 无投诉, 零事故, 未发生安全事故, 杜绝违规: "none" followed by something a target wants absent. */
export function isCleanRecord(text: string): boolean {
  return ABSENCE_PREFIXES.some((p) => text.startsWith(p)) && contains(text, ADVERSE_WORDS);
}

function isNegation(text: string): boolean {
  if (NEGATION_EXACT.includes(text)) return true;
  if (contains(text, NEGATION_WORDS)) return true;
  if (NEGATION_PREFIX_EXCEPTIONS.some((e) => text.startsWith(e))) return false;
  return NEGATION_PREFIXES.some((p) => text.startsWith(p));
}

type Direction = keyof typeof DIRECTION_WORDS;

/** The one direction the text's words say (up, down, steady); null for none or two (降本增效). */
function directionOf(text: string): Direction | null {
  const found = (Object.keys(DIRECTION_WORDS) as Direction[]).filter((d) =>
    contains(text, DIRECTION_WORDS[d]),
  );
  return found.length === 1 ? found[0] : null;
}

/** Normalised text without trailing punctuation ("已完成。" -> "已完成"). */
function clean(text: string): string {
  return text.replace(TRAILING_PUNCTUATION, '');
}

export function classifyAnswer(actualText: string, targetText: string | null): Answer | null {
  const text = clean(actualText);
  if (text === '') return null;
  const target = targetText === null ? null : clean(targetText);
  if (target !== null && text === target) return 'yes';
  if (target !== null && (isCleanRecord(target) || ABSENCE_EXACT.includes(target))) {
    if (ABSENCE_EXACT.includes(text) || isCleanRecord(text)) return 'yes';
    if (PRESENCE_PREFIXES.some((p) => text.startsWith(p)) || contains(text, ADVERSE_WORDS)) return 'no';
  }
  if (isCleanRecord(text) || WITHIN_LIMIT_PREFIXES.some((p) => text.startsWith(p))) return 'yes';
  if (isNegation(text)) return 'no';
  const wanted = target === null ? null : directionOf(target);
  const moved = wanted === 'up' || wanted === 'down' ? directionOf(text) : null;
  if (moved !== null && moved !== wanted) return 'no';
  if (contains(text, HEDGE_WORDS)) return 'partly';
  if (moved !== null) return 'yes';
  if (AFFIRMATION_EXACT.includes(text) || contains(text, AFFIRMATION_WORDS)) return 'yes';
  if (target !== null && text.length >= 2 && (target.includes(text) || text.includes(target))) return 'yes';
  return null;
}

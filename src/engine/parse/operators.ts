/**
 * Comparison words of a target (§4): at least (正向), at most (反向), equal. The spellings and where
 * they stand (prefix or suffix) are data in vocabulary.ts. Text is already normalised.
 */
import { INCLUSION_MARKS, OPERATOR_PREFIXES, OPERATOR_SUFFIXES, type Direction } from './vocabulary';

export type { Direction } from './vocabulary';

export interface OperatorSplit {
  direction: Direction;
  /** True when the text spelled an operator; false for "no operator = at least". */
  explicit: boolean;
  /** The text without the operator. */
  rest: string;
}

const byLengthDesc = (list: Array<[string, Direction]>) =>
  [...list].sort((a, b) => b[0].length - a[0].length);
const PREFIXES = byLengthDesc(OPERATOR_PREFIXES);
const SUFFIXES = byLengthDesc(OPERATOR_SUFFIXES);

function dropInclusionMarks(text: string): string {
  let rest = text;
  // Most targets hold no mark: looked for before the text is split and joined again.
  for (const mark of INCLUSION_MARKS) if (rest.includes(mark)) rest = rest.split(mark).join('');
  return rest;
}

/** Splits the operator off normalised text. A prefix and a contradicting suffix give null. */
export function splitOperator(text: string): OperatorSplit | null {
  let rest = dropInclusionMarks(text);
  let prefix: Direction | null = null;
  let suffix: Direction | null = null;
  for (const [spelling, direction] of PREFIXES) {
    if (rest.startsWith(spelling)) {
      prefix = direction;
      rest = rest.slice(spelling.length);
      break;
    }
  }
  for (const [spelling, direction] of SUFFIXES) {
    if (rest.endsWith(spelling)) {
      suffix = direction;
      rest = rest.slice(0, rest.length - spelling.length);
      break;
    }
  }
  if (prefix && suffix && prefix !== suffix) return null;
  const direction = prefix ?? suffix;
  return { direction: direction ?? 'atLeast', explicit: direction !== null, rest };
}

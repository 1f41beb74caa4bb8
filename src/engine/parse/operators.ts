/**
 * Comparison words of a target (§4): at least (正向), at most (反向), equal. Each operator is data:
 * its spellings, where they stand (prefix or suffix), and its direction. Text is already normalised.
 */

export type Direction = 'atLeast' | 'atMost' | 'equal';

export interface OperatorSplit {
  direction: Direction;
  /** True when the text spelled an operator; false for "no operator = at least". */
  explicit: boolean;
  /** The text without the operator. */
  rest: string;
}

/** Longest spellings first, so 不超过 is not read as 超过 and >= not as >. */
const PREFIXES: Array<[string, Direction]> = (
  [
    ['大于等于', 'atLeast'],
    ['小于等于', 'atMost'],
    ['不低于', 'atLeast'],
    ['不少于', 'atLeast'],
    ['不小于', 'atLeast'],
    ['不高于', 'atMost'],
    ['不超过', 'atMost'],
    ['不多于', 'atMost'],
    ['不大于', 'atMost'],
    ['至少', 'atLeast'],
    ['大于', 'atLeast'],
    ['高于', 'atLeast'],
    ['多于', 'atLeast'],
    ['超过', 'atLeast'],
    ['至多', 'atMost'],
    ['最多', 'atMost'],
    ['小于', 'atMost'],
    ['低于', 'atMost'],
    ['少于', 'atMost'],
    ['控制在', 'atMost'],
    ['>=', 'atLeast'],
    ['=>', 'atLeast'],
    ['<=', 'atMost'],
    ['=<', 'atMost'],
    ['≥', 'atLeast'],
    ['≤', 'atMost'],
    ['>', 'atLeast'],
    ['<', 'atMost'],
    ['=', 'equal'],
  ] as Array<[string, Direction]>
).sort((a, b) => b[0].length - a[0].length);

const SUFFIXES: Array<[string, Direction]> = (
  [
    ['及以上', 'atLeast'],
    ['或以上', 'atLeast'],
    ['以上', 'atLeast'],
    ['及以内', 'atMost'],
    ['以内', 'atMost'],
    ['及以下', 'atMost'],
    ['或以下', 'atMost'],
    ['以下', 'atMost'],
  ] as Array<[string, Direction]>
).sort((a, b) => b[0].length - a[0].length);

/** Splits the operator off normalised text. A prefix and a contradicting suffix give null. */
export function splitOperator(text: string): OperatorSplit | null {
  let rest = text;
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

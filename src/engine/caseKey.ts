/**
 * The one case-insensitive comparison of the project: sheet names, defined names, profile ids,
 * setting words, error texts, fill colours and package part names all compare through `caseKey`.
 *
 * Each character is upper-cased on its own (a simple case mapping, the way Windows' ordinal
 * case-insensitive comparison folds text): a character whose upper case is longer stays as it is,
 * so "ß" never equals "SS" and "ﬁ" never equals "FI". Upper-casing, as the mapping's name lookup
 * always did, rather than lower-casing, which some hosts' copies used: the two disagree on
 * characters such as "ς"/"σ" (one upper case, Σ; two lower cases) and "İ"/"i̇".
 */

/** Text of only printable ASCII (and tabs, line breaks) needs no per-character care: the common case, kept cheap. */
const NON_ASCII = /[^ -~\t\n\r]/;

/**
 * Keys already made: the same few names (PE_*, sheet names such as 绩效自评表) are compared again and
 * again for every name of every file of a batch, and a non-ASCII text costs a walk per character.
 * Bounded: emptied when full, so a long batch of distinct texts never grows it without end.
 */
const KEYS = new Map<string, string>();
const MAX_KEYS = 4096;
/** Longer texts (a cell's paragraph) are keyed without being kept. */
const MAX_KEPT_LENGTH = 128;

/** The key equal for texts that differ only in case. */
export function caseKey(text: string): string {
  let key = text.length > MAX_KEPT_LENGTH ? undefined : KEYS.get(text);
  if (key !== undefined) return key;
  key = keyOf(text);
  if (text.length > MAX_KEPT_LENGTH) return key;
  if (KEYS.size >= MAX_KEYS) KEYS.clear();
  KEYS.set(text, key);
  return key;
}

function keyOf(text: string): string {
  if (!NON_ASCII.test(text)) return text.toUpperCase();
  let key = '';
  for (const ch of text) {
    const upper = ch.toUpperCase();
    key += upper.length === ch.length ? upper : ch;
  }
  return key;
}

/** The same text, ignoring case (the rule above). */
export function sameText(a: string, b: string): boolean {
  return a === b || caseKey(a) === caseKey(b);
}

/**
 * Comparing defined names and sheet names the way Excel does, for both hosts and the command line:
 * case-insensitively (the mapping's own rule, src/workbook/references.ts).
 */
import { sameText } from '../workbook/references';

export { sameText };

/** A name's scope: the workbook, or a sheet (null: a sheet index the file does not resolve). */
export type NameScope = 'workbook' | { sheet: string | null };

/** Same scope: both workbook-scoped, or scoped to the same sheet (sheet names compare as Excel does). */
export function sameScope(a: NameScope, b: NameScope): boolean {
  if (a === 'workbook' || b === 'workbook') return a === b;
  return a.sheet !== null && b.sheet !== null && sameText(a.sheet, b.sheet);
}

/** The same defined name: same text and same scope (Excel allows one name per scope). */
export function sameName(
  a: { name: string; scope: NameScope },
  b: { name: string; scope: NameScope },
): boolean {
  return sameText(a.name, b.name) && sameScope(a.scope, b.scope);
}

/**
 * Whether a name the plan adds already exists among `names` (the run's snapshot): then the host
 * sets its reference instead of adding it. Every host asks this one question the same way.
 */
export function nameExistsIn(names: readonly { name: string; scope: NameScope }[]) {
  return (add: { name: string; scope: NameScope }): boolean => names.some((n) => sameName(n, add));
}

/**
 * Where a scored sheet's outputs are: the existing sheets its own (sheet-scoped) PE_OutSummary /
 * PE_OutDeductions names point at, summary first, never the scored sheet itself. Hosts use it to
 * decide which sheets to read; planScoring then checks each one's title (outputSheets.ts).
 */
import { OUTPUT_NAMES } from './outputColumns';
import { parseReference, sameText } from './references';
import type { DefinedName } from './types';

export function outputSheetNames(names: DefinedName[], scoredSheet: string, sheetNames: string[]): string[] {
  const found: string[] = [];
  for (const outName of [OUTPUT_NAMES.summary, OUTPUT_NAMES.deductions]) {
    const name = names.find(
      (n) => sameText(n.name, outName) && n.scope !== 'workbook' && sameText(n.scope.sheet, scoredSheet),
    );
    const parsed = name ? parseReference(name.formula) : null;
    if (!parsed || 'error' in parsed || parsed.areas.length !== 1) continue;
    const sheet = sheetNames.find((s) => sameText(s, parsed.areas[0].sheet));
    if (sheet && !sameText(sheet, scoredSheet) && !found.some((f) => sameText(f, sheet))) found.push(sheet);
  }
  return found;
}

/**
 * Where a scored sheet's outputs are: the existing sheets its own (sheet-scoped) PE_OutSummary /
 * PE_OutDeductions / PE_OutReport names point at, summary first, never the scored sheet itself. Hosts use it to
 * decide which sheets to read; planScoring then checks each one's title (outputSheets.ts).
 */
import { OUTPUT_NAMES } from './outputNames';
import { parseReference, sameText } from './references';
import type { DefinedName } from './types';

/** The names of the scorer's output sheets, in the order they are read and written. */
export const OUTPUT_SHEET_NAMES = [
  OUTPUT_NAMES.summary,
  OUTPUT_NAMES.deductions,
  OUTPUT_NAMES.report,
] as const;

/**
 * The existing sheet one output name of the scored sheet points at (as spelled in `sheetNames`), or
 * null: the name must be the scored sheet's own (sheet-scoped; a workbook-scoped PE_Out* is nobody's
 * output), a single area, on an existing sheet other than the scored sheet.
 */
export function outputSheetOf(
  names: DefinedName[],
  scoredSheet: string,
  sheetNames: string[],
  outName: (typeof OUTPUT_NAMES)[keyof typeof OUTPUT_NAMES],
): string | null {
  const name = names.find(
    (n) => sameText(n.name, outName) && n.scope !== 'workbook' && sameText(n.scope.sheet, scoredSheet),
  );
  const parsed = name ? parseReference(name.formula) : null;
  if (!parsed || 'error' in parsed || parsed.areas.length !== 1) return null;
  const sheet = sheetNames.find((s) => sameText(s, parsed.areas[0].sheet));
  return sheet && !sameText(sheet, scoredSheet) ? sheet : null;
}

/** The output sheets of `scoredSheet` (its summary, then its deductions), each once. */
export function outputSheetNames(names: DefinedName[], scoredSheet: string, sheetNames: string[]): string[] {
  const found: string[] = [];
  for (const outName of OUTPUT_SHEET_NAMES) {
    const sheet = outputSheetOf(names, scoredSheet, sheetNames, outName);
    if (sheet && !found.some((f) => sameText(f, sheet))) found.push(sheet);
  }
  return found;
}

/**
 * Every sheet that is some sheet's output, by the same rule (the command line never scores those):
 * the union of outputSheetNames over the workbook's sheets.
 */
export function outputSheetsOfWorkbook(names: DefinedName[], sheetNames: string[]): string[] {
  const found: string[] = [];
  for (const sheet of sheetNames) {
    for (const output of outputSheetNames(names, sheet, sheetNames))
      if (!found.some((f) => sameText(f, output))) found.push(output);
  }
  return found;
}

/**
 * Whether `sheet` is some other sheet's output by the same rule, asked of one sheet (a batch that
 * walks the sheets one at a time): a sheet-scoped output name of another sheet points at it alone.
 */
export function isOutputOfSomeSheet(names: DefinedName[], sheet: string): boolean {
  return names.some(({ scope }) => {
    if (scope === 'workbook') return false;
    return OUTPUT_SHEET_NAMES.some((output) => outputSheetOf(names, scope.sheet, [sheet], output) !== null);
  });
}

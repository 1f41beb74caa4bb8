/**
 * Where a scored sheet's outputs are, and whether the scorer owns them.
 *
 * Where: the existing sheets its own (sheet-scoped) PE_OutSummary / PE_OutDeductions / PE_OutReport
 * names point at, summary first, never the scored sheet itself. Hosts use it to decide which sheets
 * to read (a pointer alone claims nothing: reading is harmless).
 *
 * Whose: outputSheetProblem, the ONE ownership rule (workbook-contract.md §2): a sheet is the scored
 * sheet's output, to be overwritten by its run (chooseOutputSheet) and never scored by 评分全部工作表
 * or the command line (isOutputOfSomeSheet), only when the name points at it, it holds no PE input
 * name and its A1 is the output's title naming the scored sheet. A department's sheet a copied or
 * hand-made PE_Out* name points at is the officer's on both counts.
 */
import type { Message } from '../engine/messages/message';
import { wmsg } from './messages/make';
import { inputNamesOnSheet } from './names';
import { OUTPUT_NAMES, OUTPUT_TITLES, type OutputSheetName } from './outputNames';
import { parseReference, sameText } from './references';
import type { CellValue, DefinedName } from './types';

/** The names of the scorer's output sheets, in the order they are read and written. */
export const OUTPUT_SHEET_NAMES: readonly OutputSheetName[] = [
  OUTPUT_NAMES.summary,
  OUTPUT_NAMES.deductions,
  OUTPUT_NAMES.report,
];

/**
 * The existing sheet one output name of the scored sheet points at (as spelled in `sheetNames`), or
 * null: the name must be the scored sheet's own (sheet-scoped; a workbook-scoped PE_Out* is nobody's
 * output), a single area, on an existing sheet other than the scored sheet.
 */
export function outputSheetOf(
  names: DefinedName[],
  scoredSheet: string,
  sheetNames: string[],
  outName: OutputSheetName,
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

/** Whether a title cell (A1) says "this is `scoredSheet`'s output": the prefix, then that sheet's name. */
export function titleNames(title: CellValue | undefined, titlePrefix: string, scoredSheet: string): boolean {
  return (
    typeof title === 'string' &&
    title.startsWith(titlePrefix) &&
    sameText(title.slice(titlePrefix.length), scoredSheet)
  );
}

/**
 * Why `sheet` (the existing sheet `scoredSheet`'s own `outName` points at; undefined when it points
 * at none) is not that output, or null when it is: the scorer may overwrite it. It must exist, not be
 * the scored sheet, hold no PE input name (a department's sheet, whatever points at it) and have the
 * output's title naming the scored sheet in A1 (`title`; undefined when the caller did not read the
 * sheet, which then says nothing and is not the scorer's). Both keys are needed: Excel's "Move or
 * Copy" duplicates every sheet-scoped name, and an officer may point one anywhere.
 */
export function outputSheetProblem(
  names: DefinedName[],
  scoredSheet: string,
  outName: OutputSheetName,
  sheet: string | undefined,
  title: CellValue | undefined,
): Message | null {
  if (sheet === undefined) return wmsg('output-sheet.missing', {});
  if (sameText(sheet, scoredSheet)) return wmsg('output-sheet.scored', {});
  if (inputNamesOnSheet(names, sheet).length > 0) return wmsg('output-sheet.has-input', { sheet });
  if (!titleNames(title, OUTPUT_TITLES[outName], scoredSheet))
    return wmsg('output-sheet.not-ours', { sheet });
  return null;
}

/**
 * Whether `sheet`, whose A1 is `title`, is some other sheet's output by the one rule: a sheet-scoped
 * output name of another sheet points at it and outputSheetProblem finds nothing wrong — exactly when
 * that sheet's run would overwrite it. Without the title (the caller did not read it) it is not.
 */
export function isOutputOfSomeSheet(
  names: DefinedName[],
  sheet: string,
  title: CellValue | undefined,
): boolean {
  return names.some(({ name, scope }) => {
    if (scope === 'workbook') return false;
    const outName = OUTPUT_SHEET_NAMES.find((output) => sameText(output, name));
    return (
      outName !== undefined &&
      outputSheetOf(names, scope.sheet, [sheet], outName) !== null &&
      outputSheetProblem(names, scope.sheet, outName, sheet, title) === null
    );
  });
}

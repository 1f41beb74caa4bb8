/**
 * Which sheets of a workbook are the scorer's own (never scored by 评分全部工作表 or the command
 * line), and where the 各表评分汇总 sheet goes: the scorer owns it through the workbook-scoped name
 * PE_OutLeague AND its title cell (A1 exactly 各表评分汇总) — the same two-key rule as 评分汇总 /
 * 扣分明细 (outputSheets.ts). Any other sheet of that name is the user's: left alone, the league goes
 * to 各表评分汇总 (2), (3)… and PE_OutLeague is (re)defined to point at it.
 */
import type { Finding } from '../engine/types';
import { cellAt } from './grid';
import { LEAGUE_TITLE, LEAGUE_SHEET } from './leagueTable';
import { inputNamesOnSheet } from './names';
import { isOutputOfSomeSheet } from './outputLocation';
import { OUTPUT_TITLES } from './outputNames';
import { freeSheetName } from './outputSheets';
import { formatReference, parseReference, sameText } from './references';
import type { CellValue, DefinedName, NameAdd, SheetSnapshot } from './types';

/** Workbook-scoped: the league sheet the scorer wrote last. */
export const LEAGUE_NAME = 'PE_OutLeague';

/**
 * Whether `sheet` is the scorer's league sheet, the one rule of chooseLeagueSheet and isScorerSheet:
 * the workbook-scoped PE_OutLeague points at it (one area), it holds no PE input name, and its A1 is
 * exactly the league title. PE_OutLeague alone claims nothing: pointed (by the officer, or left
 * pointing) at a department's sheet, that sheet is the department's.
 */
export function ownsLeagueSheet(names: DefinedName[], sheet: string, title: CellValue | undefined): boolean {
  const own = names.find((n) => n.scope === 'workbook' && sameText(n.name, LEAGUE_NAME));
  const parsed = own ? parseReference(own.formula) : null;
  return (
    parsed !== null &&
    !('error' in parsed) &&
    parsed.areas.length === 1 &&
    sameText(parsed.areas[0].sheet, sheet) &&
    inputNamesOnSheet(names, sheet).length === 0 &&
    title === LEAGUE_TITLE
  );
}

/**
 * Whether `sheet`, whose title cell (A1) is `title`, is one of the scorer's own sheets, never scored
 * by 评分全部工作表 or the command line. A sheet holding PE input names is a department's, whatever
 * points at it (as the output and league rules say). Otherwise: some sheet's output by the one
 * ownership rule its run overwrites by (outputLocation.ts: the name AND the title naming that sheet;
 * a PE_Out* name alone claims nothing), the league sheet by ownsLeagueSheet, or any sheet whose title
 * is one of the scorer's (an output or league sheet whose names the officer deleted is still not a
 * department; no run overwrites it, so skipping it loses nothing). Without the title (undefined: the
 * caller did not read it) nothing can tell, and it is not.
 */
export function isScorerSheet(names: DefinedName[], sheet: string, title: CellValue | undefined): boolean {
  if (inputNamesOnSheet(names, sheet).length > 0) return false;
  if (isOutputOfSomeSheet(names, sheet, title)) return true;
  if (typeof title !== 'string') return false;
  if (ownsLeagueSheet(names, sheet, title)) return true;
  const prefixes = Object.values(OUTPUT_TITLES);
  return title === LEAGUE_TITLE || prefixes.some((prefix) => title.startsWith(prefix));
}

export interface LeagueSheetChoice {
  name: string;
  create: boolean;
  nameAdd: NameAdd | null;
  findings: Finding[];
}

/**
 * The league sheet: the existing one PE_OutLeague points at when its A1 is the league title and it
 * holds no scoring inputs; else a new sheet with a free name (`sheetNames`: the tab order as the run
 * leaves it), PE_OutLeague defined (or redefined) to point at it.
 */
export function chooseLeagueSheet(
  names: DefinedName[],
  sheetNames: string[],
  sheets: SheetSnapshot[],
): LeagueSheetChoice {
  const findings: Finding[] = [];
  const own = names.find((n) => n.scope === 'workbook' && sameText(n.name, LEAGUE_NAME));
  if (own) {
    const parsed = parseReference(own.formula);
    const target = 'error' in parsed || parsed.areas.length !== 1 ? null : parsed.areas[0].sheet;
    const existing = target === null ? undefined : sheetNames.find((s) => sameText(s, target));
    if (existing !== undefined && ownsLeagueSheet(names, existing, titleOf(sheets, existing)))
      return { name: existing, create: false, nameAdd: null, findings };
    findings.push({
      level: 'warning',
      cell: LEAGUE_NAME,
      code: 'output-name-ignored',
      message: `名称 ${LEAGUE_NAME}（${own.formula}）指向的不是评分程序的各表评分汇总，已忽略，改写到新工作表`,
    });
  }
  const name = freeSheetName(LEAGUE_SHEET, sheetNames);
  return {
    name,
    create: true,
    nameAdd: {
      name: LEAGUE_NAME,
      scope: 'workbook',
      formula: formatReference({ sheet: name, top: 0, left: 0, bottom: 0, right: 0 }),
    },
    findings,
  };
}

/** A1 of a sheet the caller read (undefined when it did not). */
function titleOf(sheets: SheetSnapshot[], sheetName: string): CellValue | undefined {
  const sheet = sheets.find((s) => sameText(s.name, sheetName));
  return sheet === undefined ? undefined : cellAt(sheet.grid, 0, 0).value;
}

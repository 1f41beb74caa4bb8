/**
 * Finding the PE_* names of a sheet (workbook-contract.md §1).
 *
 * Lookup for a sheet: a name scoped to that sheet wins (as it does in Excel's own formulas on that
 * sheet, so a broken sheet-scoped name is reported rather than silently replaced); otherwise a
 * workbook-scoped name that refers to a range on that sheet. A workbook-scoped name on another sheet
 * belongs to that sheet and is ignored here. Names compare case-insensitively, as in Excel.
 */
import { parseReference, sameText } from './references';
import type { Area, DefinedName } from './types';

/** The input names of the contract, in the order findings and messages list them. */
export const INPUT_NAMES = [
  'PE_Targets',
  'PE_Actuals',
  'PE_Weights',
  'PE_Categories',
  'PE_Names',
  'PE_ReportedRates',
  'PE_ManualScores',
  'PE_Reasons',
  'PE_BudgetPlanned',
  'PE_BudgetSpent',
  'PE_BudgetRate',
  'PE_MgmtItems',
  'PE_MgmtWeights',
  'PE_MgmtValues',
  'PE_MgmtRules',
  'PE_Profile',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];

export const REQUIRED_NAMES: readonly InputName[] = ['PE_Targets', 'PE_Actuals'];

export type NameLookup =
  | { kind: 'none' }
  | { kind: 'ok'; definition: DefinedName; area: Area }
  | { kind: 'bad'; definition: DefinedName; message: string };

function scopeSheet(definition: DefinedName): string | null {
  return definition.scope === 'workbook' ? null : definition.scope.sheet;
}

/** A definition's name upper-cased (Excel's case-insensitive comparison) and its reference parsed. */
interface NameReading {
  name: string;
  formula: string;
  upper: string;
  parsed: ReturnType<typeof parseReference>;
}

/**
 * Readings kept per definition object: one sheet's run looks the sixteen input names up several
 * times (finding the sheets, detection, reading, output columns), and upper-casing and parsing every
 * name each time was a tenth of the command line's time on a small workbook. Checked against the
 * definition's current text, so a definition changed in place is read afresh. The parsed areas never
 * leave this file (callers get copies).
 */
const readings = new WeakMap<DefinedName, NameReading>();

function readingOf(definition: DefinedName): NameReading {
  const known = readings.get(definition);
  if (known && known.name === definition.name && known.formula === definition.formula) return known;
  const reading: NameReading = {
    name: definition.name,
    formula: definition.formula,
    upper: definition.name.toUpperCase(),
    parsed: parseReference(definition.formula),
  };
  readings.set(definition, reading);
  return reading;
}

/** The areas a name refers to, or null when it is not a range at all (#REF!, constants). */
function areasOf(definition: DefinedName): Area[] | null {
  const parsed = readingOf(definition).parsed;
  return 'error' in parsed ? null : parsed.areas;
}

function checkSingleArea(definition: DefinedName, sheet: string): NameLookup {
  const parsed = readingOf(definition).parsed;
  const name = definition.name;
  if ('error' in parsed) return { kind: 'bad', definition, message: `名称 ${name} 无效：${parsed.error}` };
  if (parsed.areas.length > 1) {
    return {
      kind: 'bad',
      definition,
      message: `名称 ${name} 引用了多个区域（${definition.formula}），应为一个连续区域`,
    };
  }
  const area = parsed.areas[0];
  if (!sameText(area.sheet, sheet)) {
    return {
      kind: 'bad',
      definition,
      message: `名称 ${name} 属于工作表 ${sheet}，却引用了工作表 ${area.sheet}`,
    };
  }
  return { kind: 'ok', definition, area: { ...area, sheet } };
}

/** Looks up one name for `sheet`, following the rule at the top of this file. */
export function lookupName(names: DefinedName[], sheet: string, wanted: string): NameLookup {
  // sameText(n.name, wanted), with each side upper-cased once.
  const wantedUpper = wanted.toUpperCase();
  const matching = names.filter((n) => readingOf(n).upper === wantedUpper);
  const sheetScoped = matching.find((n) => {
    const scope = scopeSheet(n);
    return scope !== null && sameText(scope, sheet);
  });
  if (sheetScoped) return checkSingleArea(sheetScoped, sheet);
  const workbookScoped = matching.find((n) => n.scope === 'workbook');
  if (!workbookScoped) return { kind: 'none' };
  const areas = areasOf(workbookScoped);
  // A workbook name that no longer refers to anything (#REF!) cannot be placed on a sheet, yet it is
  // what the name means everywhere: report it instead of pretending the name is absent.
  if (areas === null) return checkSingleArea(workbookScoped, sheet);
  if (!areas.some((a) => sameText(a.sheet, sheet))) return { kind: 'none' };
  return checkSingleArea(workbookScoped, sheet);
}

/** The input names a sheet carries (present, valid or not), in contract order. */
export function inputNamesOnSheet(names: DefinedName[], sheet: string): InputName[] {
  return INPUT_NAMES.filter((wanted) => {
    const found = lookupName(names, sheet, wanted);
    if (found.kind === 'ok') return true;
    if (found.kind === 'none') return false;
    // A bad name counts when it is this sheet's own: sheet-scoped, or a workbook name with an area here
    // (several areas). A workbook name that refers to #REF! is nobody's.
    if (scopeSheet(found.definition) !== null) return true;
    return (areasOf(found.definition) ?? []).some((area) => sameText(area.sheet, sheet));
  });
}

export function missingNameMessage(sheet: string, missing: string[]): string {
  return `工作表 ${sheet} 缺少 ${missing.join('、')}`;
}

/**
 * Sheets that carry PE_* input names: which can be scored, which lack a required name.
 * Presence only: shapes are checked when the sheet's grid is read (planScoring).
 */
export function findScorableSheets(
  names: DefinedName[],
  sheetNames: string[],
): { scorable: string[]; incomplete: { sheet: string; missing: string[]; message: string }[] } {
  const scorable: string[] = [];
  const incomplete: { sheet: string; missing: string[]; message: string }[] = [];
  for (const sheet of sheetNames) {
    const present = inputNamesOnSheet(names, sheet);
    if (present.length === 0) continue;
    const missing = REQUIRED_NAMES.filter((required) => !present.includes(required));
    if (missing.length === 0) scorable.push(sheet);
    else incomplete.push({ sheet, missing: [...missing], message: missingNameMessage(sheet, [...missing]) });
  }
  return { scorable, incomplete };
}

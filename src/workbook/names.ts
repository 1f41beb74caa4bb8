/**
 * Finding the PE_* names of a sheet (workbook-contract.md §1).
 *
 * Lookup for a sheet: a name scoped to that sheet wins (as it does in Excel's own formulas on that
 * sheet, so a broken sheet-scoped name is reported rather than silently replaced); otherwise a
 * workbook-scoped name that refers to a range on that sheet. A workbook-scoped name on another sheet
 * belongs to that sheet and is ignored here. Names compare case-insensitively, as in Excel.
 */
import type { Message } from '../engine/messages/message';
import { wmsg } from './messages/make';
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

/** The names that refer to one cell (the budget figures and the profile); every other name is a column. */
export const SINGLE_CELL_NAMES: readonly InputName[] = [
  'PE_BudgetPlanned',
  'PE_BudgetSpent',
  'PE_BudgetRate',
  'PE_Profile',
];

/** PE_Targets may name up to this many adjacent columns (a split target 指标性质 | 指标值 | 度量单位). */
export const MAX_TARGET_COLUMNS = 3;

/** The shape a name must have: one cell, or one column (PE_Targets up to MAX_TARGET_COLUMNS wide). */
export function nameShape(name: string): { kind: 'cell' } | { kind: 'column'; maxColumns: number } {
  if (SINGLE_CELL_NAMES.some((single) => sameText(single, name))) return { kind: 'cell' };
  return { kind: 'column', maxColumns: sameText(name, 'PE_Targets') ? MAX_TARGET_COLUMNS : 1 };
}

/** Whether a range of rows x columns may be given `name` (the pane's "use the selection" check). */
export function rangeFitsName(name: string, rows: number, columns: number): boolean {
  const shape = nameShape(name);
  return shape.kind === 'cell' ? rows === 1 && columns === 1 : columns <= shape.maxColumns;
}

export type NameLookup =
  | { kind: 'none' }
  | { kind: 'ok'; definition: DefinedName; area: Area }
  /** `text`: why the name cannot be used (worded by src/workbook/messages: zhText, or the pane). */
  | { kind: 'bad'; definition: DefinedName; text: Message };

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
  const bad = (text: Message): NameLookup => ({ kind: 'bad', definition, text });
  if ('error' in parsed) return bad(wmsg('name.invalid', { name, error: parsed.why ?? parsed.error }));
  if (parsed.areas.length > 1) {
    return bad(wmsg('name.several-areas', { name, formula: definition.formula }));
  }
  const area = parsed.areas[0];
  if (!sameText(area.sheet, sheet)) return bad(wmsg('name.other-sheet', { name, sheet, other: area.sheet }));
  return { kind: 'ok', definition, area: { ...area, sheet } };
}

/** Looks up one name for `sheet`, following the rule at the top of this file. */
export function lookupName(names: DefinedName[], sheet: string, wanted: string): NameLookup {
  // sameText(n.name, wanted), with each side upper-cased once.
  const wantedUpper = wanted.toUpperCase();
  // The first definition of this name scoped to `sheet`, else the first workbook-scoped one: one pass
  // (a sheet's run looks its sixteen input names up several times).
  let sheetScoped: DefinedName | undefined;
  let workbookScoped: DefinedName | undefined;
  for (const n of names) {
    if (readingOf(n).upper !== wantedUpper) continue;
    const scope = scopeSheet(n);
    if (scope !== null && sameText(scope, sheet)) {
      sheetScoped = n;
      break;
    }
    if (workbookScoped === undefined && n.scope === 'workbook') workbookScoped = n;
  }
  if (sheetScoped) return checkSingleArea(sheetScoped, sheet);
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

export function missingNameMessage(sheet: string, missing: string[]): Message {
  return wmsg('refusal.missing', { sheet, names: missing });
}

/**
 * Sheets that carry PE_* input names: which can be scored, which lack a required name.
 * Presence only: shapes are checked when the sheet's grid is read (planScoring).
 */
export function findScorableSheets(
  names: DefinedName[],
  sheetNames: string[],
): { scorable: string[]; incomplete: { sheet: string; missing: string[]; text: Message }[] } {
  const scorable: string[] = [];
  const incomplete: { sheet: string; missing: string[]; text: Message }[] = [];
  for (const sheet of sheetNames) {
    const present = inputNamesOnSheet(names, sheet);
    if (present.length === 0) continue;
    const missing = REQUIRED_NAMES.filter((required) => !present.includes(required));
    if (missing.length === 0) scorable.push(sheet);
    else
      incomplete.push({
        sheet,
        missing: [...missing],
        text: missingNameMessage(sheet, [...missing]),
      });
  }
  return { scorable, incomplete };
}

/**
 * The scorer's memory of a detection (workbook-contract.md §2.5, §5), in hidden names scoped to the
 * scored sheet, next to memoryNames.ts's:
 *
 *   _PerfScore_Detected_PE_Targets           a twin of each input name the detection defined,
 *   _PerfScore_Detected_PE_Actuals …         referring to the same cells
 *   _PerfScore_DetectedProfile_national_project   the profile detection chose (its id, '-' written
 *                                                  '_', in the name itself; it refers to the targets)
 *
 * Why names: Excel and WPS move a PE_* name and its twin alike when the officer inserts or deletes
 * rows or columns, so "the officer changed a name" is exactly "a PE_* name no longer equals its twin"
 * (or one was added or removed), whatever was inserted since. The text record on 评分汇总 does not
 * move: after an insert it no longer matched the names and the detected profile was lost. The profile
 * is in the name rather than in a constant formula (="national-project"): nothing to parse in any
 * host, and no edit of the sheet can change it.
 */
import { parseProfileId } from '../engine';
import { caseKey } from '../engine/caseKey';
import type { ProfileId } from '../engine/types';
import { INPUT_NAMES, inputNamesOnSheet, lookupName, type InputName } from './names';
import { parseReference, sameText } from './references';
import type { Area, DefinedName, NameAdd, NameRef } from './types';

const TWIN_PREFIX = '_PerfScore_Detected_';
const PROFILE_PREFIX = '_PerfScore_DetectedProfile_';
const PROFILE_NAME = /^_PerfScore_DetectedProfile_([A-Za-z0-9_]+)$/i;

export const detectedTwinName = (name: InputName): string => `${TWIN_PREFIX}${name}`;
export const detectedProfileName = (id: ProfileId): string => `${PROFILE_PREFIX}${id.replace(/-/g, '_')}`;

/** The input name a twin stands for, or null when `name` is not a twin's form exactly. */
function twinOf(name: string): InputName | null {
  if (name.length <= TWIN_PREFIX.length || !sameText(name.slice(0, TWIN_PREFIX.length), TWIN_PREFIX))
    return null;
  const rest = name.slice(TWIN_PREFIX.length);
  return INPUT_NAMES.find((input) => sameText(input, rest)) ?? null;
}

function profileOf(name: string): ProfileId | null {
  const match = PROFILE_NAME.exec(name);
  return match ? parseProfileId(match[1].replace(/_/g, '-')) : null;
}

/** The single area a name refers to on `sheet`, or null (#REF!, several areas, another sheet). */
function singleArea(formula: string, sheet: string): Area | null {
  const parsed = parseReference(formula);
  if ('error' in parsed || parsed.areas.length !== 1 || !sameText(parsed.areas[0].sheet, sheet)) return null;
  return parsed.areas[0];
}

const sameArea = (a: Area, b: Area) =>
  a.top === b.top && a.bottom === b.bottom && a.left === b.left && a.right === b.right;

export interface DetectedNames {
  /** The sheet's detection memory names (sheet-scoped, of the two forms exactly). */
  own: DefinedName[];
  /** Each twin by its input name's case key. */
  twins: Map<string, DefinedName>;
  /** The profile named by a profile name (the first, should there be several). */
  profile: ProfileId | null;
}

/** The detection memory of `sheet`; any other name, even of the reserved prefix, is the user's. */
export function readDetectedNames(names: DefinedName[], sheet: string): DetectedNames {
  const own = names.filter(
    (n) =>
      n.scope !== 'workbook' &&
      sameText(n.scope.sheet, sheet) &&
      (twinOf(n.name) !== null || profileOf(n.name) !== null),
  );
  const twins = new Map<string, DefinedName>();
  let profile: ProfileId | null = null;
  for (const entry of own) {
    const input = twinOf(entry.name);
    if (input) twins.set(caseKey(input), entry);
    else profile ??= profileOf(entry.name);
  }
  return { own, twins, profile };
}

/**
 * Whether the detected ranges are still the sheet's: its input names are exactly the twinned ones,
 * each sheet-scoped and referring to the very cells of its twin (both moved alike by any insert or
 * delete). Returns each name's current area when so.
 */
export function twinsStillMatch(
  names: DefinedName[],
  sheet: string,
  memory: DetectedNames,
): Map<InputName, Area> | null {
  const present = inputNamesOnSheet(names, sheet);
  if (present.length === 0 || present.length !== memory.twins.size) return null;
  const areas = new Map<InputName, Area>();
  for (const name of present) {
    const twin = memory.twins.get(caseKey(name));
    const lookup = lookupName(names, sheet, name);
    if (!twin || lookup.kind !== 'ok' || lookup.definition.scope === 'workbook') return null;
    const twinArea = singleArea(twin.formula, sheet);
    if (!twinArea || !sameArea(twinArea, lookup.area)) return null;
    areas.set(name, lookup.area);
  }
  return areas;
}

/**
 * The name writes that leave exactly this detection memory on `sheet` (`wanted` null or empty: none
 * at all). A twin is rewritten only when its reference differs, the profile name only when another
 * profile is wanted (its reference is not read), so re-running writes nothing. Only the memory's own
 * names are ever touched.
 */
export function detectedNameChanges(
  names: DefinedName[],
  sheet: string,
  wanted: { twins: { name: InputName; formula: string }[]; profile: ProfileId | null } | null,
): { adds: NameAdd[]; deletes: NameRef[] } {
  const memory = readDetectedNames(names, sheet);
  const adds: NameAdd[] = [];
  const keep = new Set<DefinedName>();
  const add = (name: string, formula: string) => adds.push({ name, scope: { sheet }, formula, hidden: true });
  for (const twin of wanted?.twins ?? []) {
    const now = memory.twins.get(caseKey(twin.name));
    if (now) keep.add(now);
    const nowArea = now ? singleArea(now.formula, sheet) : null;
    const wantArea = singleArea(twin.formula, sheet);
    if (now && nowArea && wantArea && sameArea(nowArea, wantArea)) continue;
    add(now?.name ?? detectedTwinName(twin.name), twin.formula);
  }
  const targets = wanted?.twins.find((t) => t.name === 'PE_Targets') ?? wanted?.twins[0];
  if (wanted?.profile && targets) {
    const now = memory.own.find((n) => profileOf(n.name) === wanted.profile);
    if (now) keep.add(now);
    else add(detectedProfileName(wanted.profile), targets.formula);
  }
  const deletes = memory.own.filter((n) => !keep.has(n)).map((n) => ({ name: n.name, scope: { sheet } }));
  return { adds, deletes };
}

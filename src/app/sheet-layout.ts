/**
 * What the pane shows about a sheet's scoring ranges: for every input name of the contract, whether
 * it is set for this sheet (and where), whether a name exists that the scorer cannot use, what
 * detection proposes for it, and what leaving it unset costs. Pure: computed from the names and the
 * detection that ./read-layout.ts and detectLayout give.
 */
import type { Message } from '../engine/messages/message';
import type { ProfileId } from '../engine/types';
import type { Detection } from '../workbook/detect';
import { PART_SPECS, type DetectPart } from '../workbook/detect/parts';
import { INPUT_NAMES, lookupName, REQUIRED_NAMES } from '../workbook/names';
import { a1 } from '../workbook/references';
import type { Area, DefinedName } from '../workbook/types';
import { INPUT_NAME_LABELS } from './controller';

export interface RangeProposal {
  /** A1 on the sheet, without $ or sheet ("D4:D27", "B31"). */
  address: string;
  /** The header or label text the range came from, as written. */
  header: string | null;
  headerCell: string | null;
}

export interface RangeState {
  name: string;
  /** What the checklist calls it (detection's label, e.g. 年度目标值). */
  label: string;
  required: boolean;
  /** Where the name points on this sheet, when it is set and usable. */
  address: string | null;
  /** Why a name that exists cannot be used (#REF!, several areas, another sheet); null otherwise. */
  broken: string | null;
  /** The same as a message (src/workbook/messages), for the pane's other languages. */
  brokenText?: Message | null;
  /** Detection's range for this name, null when detection found none. */
  proposal: RangeProposal | null;
  /**
   * What the sheet loses without this name, given the names set and the ranges detected (detection's
   * words, Chinese); null when it is set or detected, or nothing is lost.
   */
  consequence: string | null;
}

export interface SheetLayout {
  sheet: string;
  /** Every input name, in the contract's order. */
  ranges: RangeState[];
  /** The whole detection: parts (found / not found), profile and why, findings, problem. */
  detection: Detection;
}

/** "D4:D27" for an area; one cell without a colon. */
export function localAddress(area: Pick<Area, 'top' | 'left' | 'bottom' | 'right'>): string {
  const start = a1(area.top, area.left);
  const end = a1(area.bottom, area.right);
  return start === end ? start : `${start}:${end}`;
}

export function sheetLayout(
  sheet: string,
  names: DefinedName[],
  detection: Detection,
  profile: ProfileId | null,
): SheetLayout {
  const looked = INPUT_NAMES.map((name) => ({ name, found: lookupName(names, sheet, name) }));
  // What a name's absence costs depends on the others (the budget needs a rate OR both amounts):
  // counted as there are the names set and those detection proposes (one click defines them).
  const present = new Set<DetectPart>(
    PART_SPECS.filter(
      (spec) =>
        looked.some((l) => l.name === spec.name && l.found.kind === 'ok') ||
        detection.parts.some((p) => p.name === spec.name && p.status === 'found'),
    ).map((spec) => spec.part),
  );
  const ranges = looked.map(({ name, found }): RangeState => {
    const spec = PART_SPECS.find((s) => s.name === name);
    const part = detection.parts.find((p) => p.name === name);
    const address = found.kind === 'ok' ? localAddress(found.area) : null;
    return {
      name,
      label: spec?.label ?? INPUT_NAME_LABELS[name] ?? name,
      required: REQUIRED_NAMES.includes(name),
      address,
      broken: found.kind === 'bad' ? found.message : null,
      brokenText: found.kind === 'bad' ? found.text : null,
      proposal:
        part?.status === 'found' && part.area
          ? { address: localAddress(part.area), header: part.header, headerCell: part.headerCell }
          : null,
      consequence:
        address === null && !part?.area && spec
          ? spec.consequence(profile ?? detection.profile.id, present)
          : null,
    };
  });
  return { sheet, ranges, detection };
}

/** The names a sheet still needs before it can be scored (required ones not set and usable). */
export function missingRequired(layout: SheetLayout): RangeState[] {
  return layout.ranges.filter((range) => range.required && range.address === null);
}

/**
 * The detected ranges for the names that are not set (or set but unusable): what "use detection for
 * the rest" defines. On a sheet without names, every range detection found.
 */
export function proposalsForUnset(layout: SheetLayout): { name: string; address: string }[] {
  return layout.ranges
    .filter((range) => range.address === null && range.proposal !== null)
    .map((range) => ({ name: range.name, address: range.proposal!.address }));
}

/**
 * What the pane shows about a sheet's scoring ranges: for every input name of the contract, whether
 * it is set for this sheet (and where), whether a name exists that the scorer cannot use, what
 * detection proposes for it, and what leaving it unset costs. Pure: computed from the names and the
 * detection that ./read-layout.ts and detectLayout give (built by ./sheet-layout-build.ts).
 */
import type { Message } from '../engine/messages/message';
import type { Detection } from '../workbook/detect';
import { a1 } from '../workbook/references';
import type { Area } from '../workbook/types';

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

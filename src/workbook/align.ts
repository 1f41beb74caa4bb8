/**
 * Lining up single-column ranges that describe the same rows (PE_Targets, PE_Actuals, ...).
 *
 * Equal heights: row i of each range is the same item, wherever each range starts (the contract).
 * Different heights: an error finding naming the odd range(s), and only the rows all ranges share
 * are read. "Share" means the same sheet rows (a weight column one row short at the bottom leaves
 * the other rows intact); when the ranges have no sheet row in common, the first rows of each, up to
 * the shortest height, are read instead.
 */
import type { Message } from '../engine/messages/message';
import { wmsg, workbookFinding } from './messages';
import type { Finding } from '../engine/types';
import { formatReference } from './references';
import type { Area } from './types';

export interface ColumnRange {
  name: string;
  area: Area;
}

export interface Alignment {
  /** Sheet row of item 0 in each range. */
  start: Map<string, number>;
  count: number;
  findings: Finding[];
}

const height = (area: Area) => area.bottom - area.top + 1;

function rowSpan(top: number, count: number): Message {
  return count <= 1
    ? wmsg('rows.one', { row: top + 1 })
    : wmsg('rows.span', { from: top + 1, to: top + count });
}

/** `anchor` is the range the others are compared with in messages (PE_Actuals, PE_MgmtItems). */
export function alignColumns(ranges: ColumnRange[], anchor: string): Alignment {
  const start = new Map<string, number>();
  if (ranges.length === 0) return { start, count: 0, findings: [] };
  const reference = ranges.find((r) => r.name === anchor) ?? ranges[0];
  if (ranges.every((r) => height(r.area) === height(reference.area))) {
    for (const r of ranges) start.set(r.name, r.area.top);
    return { start, count: height(reference.area), findings: [] };
  }
  const sharedTop = Math.max(...ranges.map((r) => r.area.top));
  const sharedBottom = Math.min(...ranges.map((r) => r.area.bottom));
  let count: number;
  let scope: Message;
  if (sharedBottom >= sharedTop) {
    count = sharedBottom - sharedTop + 1;
    for (const r of ranges) start.set(r.name, sharedTop);
    scope = wmsg('align.shared', { rows: rowSpan(sharedTop, count) });
  } else {
    count = Math.min(...ranges.map((r) => height(r.area)));
    for (const r of ranges) start.set(r.name, r.area.top);
    scope = wmsg('align.none', { count });
  }
  const findings: Finding[] = ranges
    .filter((r) => r !== reference && height(r.area) !== height(reference.area))
    .map((r) => {
      const text = wmsg('align.rows', {
        name: r.name,
        reference: formatReference(r.area),
        height: height(r.area),
        other: reference.name,
        otherReference: formatReference(reference.area),
        otherHeight: height(reference.area),
        scope,
      });
      return workbookFinding('error', r.name, 'range-height-mismatch', text);
    });
  return { start, count, findings };
}

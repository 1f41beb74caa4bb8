/**
 * Lining up single-column ranges that describe the same rows (PE_Targets, PE_Actuals, ...).
 *
 * Equal heights: row i of each range is the same item, wherever each range starts (the contract).
 * Different heights: an error finding naming the odd range(s), and only the rows all ranges share
 * are read. "Share" means the same sheet rows (a weight column one row short at the bottom leaves
 * the other rows intact); when the ranges have no sheet row in common, the first rows of each, up to
 * the shortest height, are read instead.
 */
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

function rowSpan(top: number, count: number): string {
  return count <= 1 ? `第${top + 1}行` : `第${top + 1}–${top + count}行`;
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
  let scope: string;
  if (sharedBottom >= sharedTop) {
    count = sharedBottom - sharedTop + 1;
    for (const r of ranges) start.set(r.name, sharedTop);
    scope = `只评分各区域共有的${rowSpan(sharedTop, count)}`;
  } else {
    count = Math.min(...ranges.map((r) => height(r.area)));
    for (const r of ranges) start.set(r.name, r.area.top);
    scope = `各区域没有共同的行，只按顺序评分前${count}行`;
  }
  const findings: Finding[] = ranges
    .filter((r) => r !== reference && height(r.area) !== height(reference.area))
    .map((r) => ({
      level: 'error' as const,
      cell: r.name,
      code: 'range-height-mismatch',
      message:
        `名称 ${r.name}（${formatReference(r.area)}，${height(r.area)}行）与 ${reference.name}` +
        `（${formatReference(reference.area)}，${height(reference.area)}行）行数不同，${scope}`,
    }));
  return { start, count, findings };
}

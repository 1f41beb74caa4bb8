/**
 * Comparing workbooks: a fake workbook's dump without the one difference Excel does not have, the
 * first path where two values differ (readable failures), and the fuzz properties as plain checks
 * that return what is wrong (empty = fine).
 */
import type { ScoreResult } from '../../src/engine/types';
import { dumpWorkbook, type FakeWorkbook, type WorkbookDump } from '../fakes/excel';
import type { SeenWorkbook } from './hosts';
import { rowOfAddress } from './workbook-spec';

/**
 * dumpWorkbook with "General" number formats dropped: Excel does not tell an explicit "General" from
 * none, but the fake keeps one written on a non-empty cell and drops one written on an empty cell,
 * so the same writes in a different order would otherwise compare unequal.
 */
export function comparableDump(workbook: FakeWorkbook): WorkbookDump {
  const dump = dumpWorkbook(workbook);
  for (const sheet of dump.sheets)
    for (const cell of Object.values(sheet.cells))
      if (cell.numberFormat === 'General') delete cell.numberFormat;
  return dump;
}

/** The first path at which two JSON-like values differ, or null. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (Object.is(a, b) || (a === 0 && b === 0)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${path || '(root)'}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const diff = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}/${key}`,
    );
    if (diff) return diff;
  }
  return null;
}

/** Every non-empty cell and every name of `before` is still there, unchanged, in `after`. */
export function lostUserContent(before: SeenWorkbook, after: SeenWorkbook): string[] {
  const problems: string[] = [];
  for (const [sheet, cells] of Object.entries(before.sheets)) {
    const now = after.sheets[sheet];
    if (!now) {
      problems.push(`sheet ${sheet} is gone`);
      continue;
    }
    for (const [address, { fill: _fill, ...cell }] of Object.entries(cells)) {
      const { fill: _now, ...nowCell } = now[address] ?? {};
      const diff = firstDifference(cell, nowCell);
      if (diff) problems.push(`${sheet}!${address} changed: ${diff}`);
    }
  }
  for (const [key, formula] of Object.entries(before.names))
    if (after.names[key] !== formula) problems.push(`name ${key} was ${formula}, now ${after.names[key]}`);
  return problems;
}

/** Every row the engine could not score has a finding that names a cell on that row. */
export function unexplainedFailedRows(result: ScoreResult): string[] {
  const problems: string[] = [];
  for (const indicator of result.indicators) {
    if (indicator.flag !== 'error') continue;
    const row = rowOfAddress(indicator.cell);
    const explained = result.findings.some((f) => f.level === 'error' && rowOfAddress(f.cell) === row);
    if (!explained)
      problems.push(`row ${indicator.cell} failed without a finding on its row: ${indicator.note}`);
  }
  return problems;
}

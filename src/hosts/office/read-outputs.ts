/**
 * The safety net for the output-sheet chains of read-snapshot.ts. If a host ever fails the first read
 * because a navigation from a null object is not a null object there (the chain is the only part of
 * the read that relies on null objects propagating), the read is redone without the chains and the
 * output sheets are then read by name: the PE_OutSummary / PE_OutDeductions names are known by then,
 * and a sheet known to exist is reached with getItem, no null object involved. One extra sync, only
 * on such a host; the original error is rethrown when the plain read fails too.
 */
import { OUTPUT_NAMES, parseReference } from '../../workbook';
import type { ScoringSnapshot, SheetSnapshot } from '../../workbook/types';
import { sameText } from '../names';
import { EMPTY_GRID, queueGridRead, readGrid } from './read-grid';
import { buildSnapshot, queueSnapshotRead } from './read-snapshot';
import type { HostCapabilities } from './types';

/** The existing sheets the scored sheet's own PE_OutSummary / PE_OutDeductions names point at. */
export function outputSheetNames(snapshot: ScoringSnapshot): string[] {
  const found: string[] = [];
  for (const outName of [OUTPUT_NAMES.summary, OUTPUT_NAMES.deductions]) {
    const name = snapshot.names.find(
      (n) =>
        sameText(n.name, outName) && n.scope !== 'workbook' && sameText(n.scope.sheet, snapshot.sheet.name),
    );
    const parsed = name ? parseReference(name.formula) : null;
    if (!parsed || 'error' in parsed || parsed.areas.length !== 1) continue;
    const sheet = snapshot.sheetNames.find((s) => sameText(s, parsed.areas[0].sheet));
    if (sheet && !sameText(sheet, snapshot.sheet.name) && !found.some((f) => sameText(f, sheet)))
      found.push(sheet);
  }
  return found;
}

export async function readSnapshotWithoutChains(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
): Promise<{ snapshot: ScoringSnapshot; syncs: number }> {
  const proxies = queueSnapshotRead(context, capabilities, true, false);
  await context.sync();
  const snapshot = buildSnapshot(proxies);
  const names = outputSheetNames(snapshot);
  if (names.length === 0) return { snapshot, syncs: 1 };
  const pending = names.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    sheet.load('name, protection/protected');
    return { sheet, grid: queueGridRead(sheet.getUsedRangeOrNullObject(false), capabilities) };
  });
  await context.sync();
  const otherSheets: SheetSnapshot[] = pending.map(({ sheet, grid }) => ({
    name: sheet.name,
    protected: sheet.protection.protected,
    grid: readGrid(grid) ?? EMPTY_GRID,
  }));
  return { snapshot: { ...snapshot, otherSheets }, syncs: 2 };
}

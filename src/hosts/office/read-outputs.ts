/**
 * Which sheets are the scored sheet's outputs is known only after the one read (the PE_OutSummary /
 * PE_OutDeductions names point at them). The read already holds the sheets the caller guessed
 * (`knownOutputs`, see read-snapshot.ts); here the guess is checked: sheets read that are not outputs
 * are dropped, and outputs not read are read now, by name with getItem — they exist, the read just
 * listed them — in ONE more sync. A guess naming a sheet deleted meanwhile fails the first read with
 * ItemNotFound: score.ts then redoes it without guesses. No null object is involved anywhere.
 */
import { outputSheetNames } from '../../workbook/outputLocation';
import type { ScoringSnapshot } from '../../workbook/types';
import { sameText } from '../names';
import { readOutputSheet, queueOutputSheet } from './read-snapshot';
import type { HostCapabilities } from './types';

/** The outputs the snapshot lacks: read them (one sync) and keep only real outputs. */
export async function completeOutputSheets(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  snapshot: ScoringSnapshot,
): Promise<{ snapshot: ScoringSnapshot; syncs: number }> {
  const wanted = outputSheetNames(snapshot.names, snapshot.sheet.name, snapshot.sheetNames);
  const kept = snapshot.otherSheets.filter((s) => wanted.some((w) => sameText(w, s.name)));
  const missing = wanted.filter((w) => !kept.some((s) => sameText(s.name, w)));
  if (missing.length === 0) return { snapshot: { ...snapshot, otherSheets: kept }, syncs: 0 };
  const pending = missing.map((name) => queueOutputSheet(context, name, capabilities, true));
  await context.sync();
  return { snapshot: { ...snapshot, otherSheets: [...kept, ...pending.map(readOutputSheet)] }, syncs: 1 };
}

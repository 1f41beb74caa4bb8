/**
 * The rules the officer chose in the pane this session for sheets without PE_Profile, by sheet (a
 * choice made on one sheet never scores another). Session only: nothing is written to the workbook.
 * One object per JavaScript runtime: in a shared runtime (manifest <Runtimes>, SharedRuntime 1.1)
 * the pane's controller and the ribbon's handlers are given the same one, so a ribbon run scores
 * exactly as the pane would. Where the ribbon runs in a runtime of its own it has none (PE_Profile,
 * else the default rules), as before.
 */
import type { ProfileId } from '../engine/types';

export interface SessionProfiles {
  /** The rules chosen for `sheet`, or null. */
  of(sheet: string): ProfileId | null;
  choose(sheet: string, profile: ProfileId): void;
  /** PE_Profile now holds the choice (written there): the session's copy is dropped. */
  forget(sheet: string): void;
  /** Every choice, for a run's options (profileBySheet); undefined when there is none. */
  bySheet(): Record<string, ProfileId> | undefined;
}

export function createSessionProfiles(): SessionProfiles {
  const chosen = new Map<string, ProfileId>();
  return {
    of: (sheet) => chosen.get(sheet) ?? null,
    choose: (sheet, profile) => void chosen.set(sheet, profile),
    forget: (sheet) => void chosen.delete(sheet),
    bySheet: () => (chosen.size > 0 ? Object.fromEntries(chosen) : undefined),
  };
}

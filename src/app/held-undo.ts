/**
 * The one rule for an undo the pane holds in memory (of a run it started: 评分本表, 生成自评报告,
 * 评分全部工作表, or the part a failed write left): it is offered, and applied, only while its run is
 * still the host's current last run. Each run's undo is kept under a record id (Office: the custom
 * XML part of src/hosts/office/undo-record.ts; WPS: the id kept with it in PluginStorage,
 * src/wps/last-run.ts); the status read lists the ids the host holds now. A later run from anywhere
 * (the ribbon, another pane copy, another sheet's run that replaced the record) replaces the id, and
 * the held undo is then out of date: applying it would write an older state over the newer run's
 * outputs. The pane then offers the record's undo instead (SheetStatus.canUndoLastRun), and the
 * controller re-checks at apply time (PaneController.undo's recordId).
 */
import type { UndoPlan } from '../workbook/runOutcome';
import { isCurrentRecordId } from '../workbook/undoCurrency';
import type { SheetStatus } from './controller';

/** An undo held in memory and the id of the record its run kept (null: none kept). */
export interface HeldUndo {
  plan: UndoPlan;
  recordId: string | null;
}

/** The held undo of a run's outcome (a scored run, or a failed one with the undo of what landed). */
export function heldUndoOf(outcome: { undo?: UndoPlan; undoRecordId?: string | null }): HeldUndo | null {
  return outcome.undo ? { plan: outcome.undo, recordId: outcome.undoRecordId ?? null } : null;
}

/**
 * Whether the undo kept under `recordId` is still current by the status on screen: its record is
 * among the host's; a run that kept none (too large a record) only while the host keeps none at all.
 */
export function isCurrentUndo(recordId: string | null | undefined, status: SheetStatus | null): boolean {
  if (!status) return false;
  return isCurrentRecordId(recordId ?? null, status.recordIds ?? []);
}

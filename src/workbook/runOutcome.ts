/**
 * What one "score this sheet" run hands back, from any host (Office.js, WPS, the .xlsx package):
 * the outcome, its undo plan and the run's options. Part of the contract, so it lives with the
 * mapping (host-free) and every layer above imports it from here.
 */
import type { ProfileId, ScoreResult } from '../engine/types';
import type { Detection } from './detect';
import type { SheetAfterRun } from './afterRun';
import type { SheetRefusal, WritePlan } from './types';

/**
 * How to undo a run: a plan that puts back every cell value, number format, fill and sheet
 * content the run changed, plus what the run added (names, sheets) to remove.
 */
export interface UndoPlan {
  restore: WritePlan;
  deleteNames: { name: string; scope: 'workbook' | { sheet: string } }[];
  deleteSheets: string[];
}

export type RunOutcome =
  | {
      status: 'scored';
      sheet: string;
      result: ScoreResult;
      undo: UndoPlan;
      /** context.sync() calls the run made (2 unless the write was chunked). */
      syncs: number;
      /**
       * 'detected' when the sheet had no PE_* names and this run found the ranges from its headers
       * (and defined them, sheet-scoped); 'names' when it read the sheet's names.
       */
      layout: 'names' | 'detected';
      /** Every input name read, with its reference: { PE_Targets: "'绩效'!$D$4:$D$27", … }. */
      ranges: Record<string, string>;
      /** The detection the run scored from (layout 'detected'), else null. */
      detection: Detection | null;
      /**
       * The scored sheet as the run left it (names, output sheets, PE_Profile's value): the pane's
       * next status without another read, and `outputSheets` is the next run's guess of what to read.
       */
      after?: SheetAfterRun;
      /** The run's undo was kept in the workbook too (Office: a custom XML part), for undo from the pane. */
      undoRecorded?: boolean;
      /**
       * The id of the record this run's undo is kept under (Office: its custom XML part's id; WPS: the
       * id kept with it in PluginStorage); null: none kept. A pane offers the undo it holds only while
       * the host's current record has this id (src/app/held-undo.ts).
       */
      undoRecordId?: string | null;
      /**
       * The 自评报告 the run wrote (asked for with `report`, or the sheet's own report sheet brought up
       * to date): its sheet and its plain text, for the pane's 复制全文.
       */
      report?: { sheet: string; text: string };
    }
  | { status: 'refused'; sheet: string; refusal: SheetRefusal }
  | {
      status: 'failed';
      sheet: string | null;
      message: string;
      /** The message as code and parameters (src/hosts/office/messages.ts), for the pane's other languages. */
      text?: import('../engine/messages/message').Message;
      /**
       * Set when a write failed part-way (Office batches are not transactions): what was written, in
       * words, as read back after the failure ([] when nothing was), and the undo of exactly that.
       */
      written?: string[];
      undo?: UndoPlan;
      /** The id of the record that undo is kept under (as the scored outcome's); null: none kept. */
      undoRecordId?: string | null;
    };

export interface RunOptions {
  /** Overrides PE_Profile for this run (the pane's profile choice writes PE_Profile separately). */
  profile?: ProfileId;
  /**
   * Rules chosen in the pane for sheets without a PE_Profile cell, by sheet name: used for the sheet
   * scored when `profile` is not given (the run knows which sheet is active only once it has read).
   */
  profileBySheet?: Readonly<Record<string, ProfileId>>;
  /** Also write the 自评报告 sheet (the pane's 生成自评报告; planScoring's `report`). */
  report?: boolean;
}

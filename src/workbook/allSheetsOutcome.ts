/**
 * What 评分全部工作表 gives back (Office and WPS hosts alike): the league's rows as written to
 * 各表评分汇总, the sheets left out (no table found), the undo of the whole run.
 */
import type { Message } from '../engine/messages/message';
import type { LeagueRow } from './leagueTable';
import type { SheetAfterRun } from './afterRun';
import type { UndoPlan } from './runOutcome';

/** A sheet with no table to score (a cover, notes): not in the league, listed in the pane. */
export interface SkippedSheet {
  sheet: string;
  message: string;
  /** The same as a message, for the pane to word in its language. */
  text?: Message;
}

/**
 * Why a run wrote nothing: 'no-ranges', no sheet could be scored and every one for want of its
 * ranges (no table found, a required name missing: the ribbon then opens the pane, as 评分本表 does
 * on a sheet where nothing is found); 'none-scored', no sheet could be scored, some for another
 * reason (protection, a broken name); 'protected', the league sheet cannot be written (a protected
 * workbook structure or league sheet).
 */
export type AllSheetsRefusal = 'no-ranges' | 'none-scored' | 'protected';

export type AllSheetsOutcome =
  | {
      status: 'scored';
      /** The 各表评分汇总 sheet written (its name: 各表评分汇总, or (2)… beside a user's sheet). */
      league: string;
      /** The league's rows as written: scored sheets by total, then sheets that could not be scored. */
      rows: LeagueRow[];
      /** Sheets without a table to score (a cover, notes): not in the league, listed in the pane. */
      skipped: SkippedSheet[];
      /** Undoes the whole run: every sheet's outputs, the detected names, the league sheet. */
      undo: UndoPlan;
      /**
       * Office: the undo is also kept in the workbook (its undo record, for every sheet scored and the
       * league sheet), so a pane opened later offers it; false when too large for one request.
       */
      undoRecorded?: boolean;
      /** The id of the record kept with the undo (as RunOutcome's undoRecordId); null: none kept. */
      undoRecordId?: string | null;
      /** context.sync() calls (Office: 2 with a right guess of the sheets; WPS: 0). */
      syncs: number;
      /** The workbook's sheets after the run, in tab order (the next run's guess of what to read). */
      sheetNames: string[];
      /** The active sheet, and how the run left it when it was one of the scored sheets. */
      activeSheet: string;
      activeAfter?: SheetAfterRun;
    }
  | { status: 'refused'; code: AllSheetsRefusal; message: string; skipped: SkippedSheet[] }
  | {
      status: 'failed';
      message: string;
      /**
       * The message as code and parameters (the hosts' write-failure codes, src/hosts/write-messages.ts),
       * for the pane's other languages: the same exact account of what landed as `message`.
       */
      text?: Message;
      undo?: UndoPlan;
      undoRecordId?: string | null;
    };

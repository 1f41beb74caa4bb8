/**
 * The PaneController over Excel: each method is one Excel.run (see the operation files), and every
 * failure comes back as a value the pane can show, never as a thrown error.
 */
import { officeErrorText, officeUndoErrorText } from '../hosts/office/errors';
import { officeText } from '../hosts/office/messages';
import type { ProfileId } from '../engine/types';
import { detectLayout } from '../workbook/detect';
import { selectCellOnSheet, showSummarySheet, writeProfileCell } from '../hosts/office/cells';
import type { ActionResult, PaneAllOutcome, PaneController, PaneRunOutcome, Problem } from './controller';
import { defineSelectionAs, defineSheetNames } from '../hosts/office/define-names';
import { scoreAllSheets } from '../hosts/office/score-all';
import type { HostCapabilities } from '../hosts/office/types';
import type { ExcelBatchRunner, ScoringHost } from './runner';
import { readSheetForLayout } from '../hosts/office/read-layout';
import { watchActivatedSheets } from '../hosts/office/read-status';
import type { SheetLayout } from './sheet-layout';
import { sheetLayout } from './sheet-layout-build';
import { lastRunOf, ownRecord, readSheetStatus, statusAfterRun } from './sheet-status';
import { createOutputGuess } from './output-guess';
import { createSessionProfiles, type SessionProfiles } from './session-profiles';
import { deleteUndoRecords, readUndoRecord } from '../hosts/office/undo-record';

const NO_RECORD = '工作簿中没有这张表可撤销的评分记录。(No undo record for this sheet in the workbook.)';
/** The pane's held undo is no longer the workbook's last run (src/app/held-undo.ts). */
export const STALE_UNDO: Problem = {
  code: 'stale-undo',
  detail:
    '此后工作簿又评过分，这个撤销已过期，未做任何更改。(stale-undo: a later run superseded it; nothing changed.)',
};

export interface ExcelControllerDeps {
  run: ExcelBatchRunner;
  host: ScoringHost;
  /** What the bootstrap feature-detected; passed to every scoring run. */
  capabilities?: HostCapabilities;
  /**
   * The session's rule choices: the ribbon's handlers get the same object in a shared runtime
   * (src/taskpane/index.tsx). Absent: the controller's own.
   */
  profiles?: SessionProfiles;
}

export function createExcelController({
  run,
  host,
  capabilities,
  profiles = createSessionProfiles(),
}: ExcelControllerDeps): PaneController {
  /** The session's rule choices, as a run's option (absent when there is none). */
  const chosen = () => {
    const bySheet = profiles.bySheet();
    return bySheet ? { profileBySheet: bySheet } : {};
  };
  /** Where each sheet's outputs are, as last seen: the guess every scoring run reads in its one read. */
  const outputs = createOutputGuess();
  /** The workbook's sheets as last seen (tab order): what 评分全部工作表 reads in its one read. */
  let knownSheets: string[] = [];

  const officeProblem = (error: unknown): { ok: false; problem: Problem } => ({
    ok: false,
    problem: {
      code: 'office-error',
      detail: host.describeOfficeError(error),
      detailText: officeErrorText(error),
    },
  });

  /** An undo's error says the undo failed (never "while scoring"). */
  const undoProblem = (error: unknown): { ok: false; problem: Problem } => {
    const detailText = officeUndoErrorText(error);
    return { ok: false, problem: { code: 'office-error', detail: officeText(detailText), detailText } };
  };

  async function attempt<T extends object>(
    action: () => Promise<ActionResult<T>>,
    problem = officeProblem,
  ): Promise<ActionResult<T>> {
    try {
      return await action();
    } catch (error) {
      return problem(error);
    }
  }

  /** One scoring run (with the 自评报告 when `report`): one read, one write, the status from the run. */
  async function scoreSheet(profile: ProfileId | undefined, report: boolean): Promise<PaneRunOutcome> {
    try {
      const outcome = await host.scoreActiveSheet(run, {
        ...(profile ? { profile } : {}),
        ...chosen(),
        ...(report ? { report: true } : {}),
        capabilities,
        detect: true,
        outputSheets: outputs.guess(),
      });
      outputs.learn(outcome);
      // The pane's status line after the run, from what the run read and wrote: no third sync.
      if (outcome.status !== 'scored' || !outcome.after) return outcome;
      const { sheet, after, detection } = outcome;
      return {
        ...outcome,
        sheetStatus: statusAfterRun(
          sheet,
          after,
          lastRunOf(outcome.undoRecorded === true, false, ownRecord(outcome.undoRecordId)),
        ),
        ...(detection ? { sheetLayout: sheetLayout(sheet, after.names, detection, profiles.of(sheet)) } : {}),
      };
    } catch (error) {
      const text = officeErrorText(error);
      return { status: 'failed', sheet: null, message: host.describeOfficeError(error), text };
    }
  }

  return {
    getSheetStatus: () =>
      attempt(async () => {
        const read = await readSheetStatus(run);
        outputs.saw(read.status.sheet, read.outputSheets);
        knownSheets = read.sheetNames;
        return { ok: true, status: read.status };
      }),

    score: (profile?: ProfileId) => scoreSheet(profile, false),
    generateReport: () => scoreSheet(undefined, true),

    async scoreAll(): Promise<PaneAllOutcome> {
      const outcome = await scoreAllSheets(run, {
        ...chosen(),
        capabilities,
        sheetNames: knownSheets,
      });
      if (outcome.status !== 'scored') return outcome;
      knownSheets = outcome.sheetNames;
      const { activeSheet, activeAfter } = outcome;
      if (!activeAfter) return outcome;
      outputs.saw(activeSheet, activeAfter.outputSheets);
      // The run's record is of every sheet it scored (the active one among them, since it has `after`).
      const lastRun = lastRunOf(outcome.undoRecorded === true, true, ownRecord(outcome.undoRecordId));
      return { ...outcome, sheetStatus: statusAfterRun(activeSheet, activeAfter, lastRun) };
    },

    undo: (plan, recordId) =>
      attempt<object>(async () => {
        if (recordId !== undefined) {
          // Checked and applied in one batch; the records go in the undo's own write.
          const applied = await host.applyUndo(run, plan, { current: { recordId } });
          if (applied === 'stale') return { ok: false as const, problem: STALE_UNDO };
          return { ok: true as const };
        }
        await host.applyUndo(run, plan);
        // The workbook's record is of this run (or an older one): never to be applied again.
        await deleteUndoRecords(run);
        return { ok: true as const };
      }, undoProblem),

    undoLastRun: (sheet) =>
      attempt<object>(async () => {
        const record = await readUndoRecord(run, sheet);
        if (!record)
          return { ok: false as const, problem: { code: 'office-error' as const, detail: NO_RECORD } };
        await host.applyUndo(run, record.undo);
        await deleteUndoRecords(run);
        return { ok: true as const };
      }, undoProblem),

    readLayout: () =>
      attempt<{ layout: SheetLayout }>(async () => {
        const read = await readSheetForLayout(run, capabilities);
        const detection = detectLayout(read.grid, read.sheet);
        return {
          ok: true,
          layout: sheetLayout(read.sheet, read.names, detection, profiles.of(read.sheet)),
        };
      }),

    defineNames: (definitions) =>
      attempt(async () => {
        await defineSheetNames(run, definitions);
        return { ok: true };
      }),

    useSelectionAs: (name) => attempt(() => defineSelectionAs(run, name)),

    // The example's data is loaded only when asked for (a separate chunk of the pane's bundle).
    insertExample: () =>
      attempt(async () => {
        const { insertExampleSheet } = await import('../hosts/office/insert-example');
        return { ok: true, sheet: await insertExampleSheet(run) };
      }),

    selectCell: (sheet, address) =>
      attempt(async () => {
        await selectCellOnSheet(run, sheet, address);
        return { ok: true };
      }),

    async watchActiveSheet(onChange) {
      try {
        await watchActivatedSheets(run, onChange);
        return true;
      } catch {
        return false;
      }
    },

    showSummary: (scoredSheet) =>
      attempt(async () => {
        await showSummarySheet(run, scoredSheet);
        return { ok: true };
      }),

    setProfile: (profile) =>
      attempt(async () => {
        const { written, sheet } = await writeProfileCell(run, profile);
        if (written) profiles.forget(sheet);
        else profiles.choose(sheet, profile);
        return { ok: true, stored: written ? 'cell' : 'session' } as const;
      }),
  };
}

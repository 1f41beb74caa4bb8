/**
 * "Score this sheet" through ET: read one snapshot (read-snapshot.ts), plan (pure, src/workbook),
 * apply the plan with screen updating off (apply.ts). Same planning, undo planning and refusals as
 * the Office host, so both leave the same workbook. A refusal writes nothing; an ET error becomes a
 * message; nothing is thrown.
 */
import type { RunOutcome, RunOptions, UndoPlan } from '../../workbook/runOutcome';
import { planRun } from '../../workbook';
import type { NameAdd, ScoringSnapshot } from '../../workbook/types';
import { planUndo } from '../../workbook/undo';
import { sameName } from '../names';
import { applyPlan, withScreenOff } from './apply';
import { describeWpsError, wpsErrorText } from './errors';
import type { EtApplication } from './et-types';
import { readSnapshot } from './read-snapshot';

export interface WpsRunOptions extends RunOptions {
  /** Score a sheet without PE_* names from detection (planScoring's `detect`), as the Office host. */
  detect?: boolean;
}

const nameExistsIn =
  (snapshot: ScoringSnapshot) =>
  (add: NameAdd): boolean =>
    snapshot.names.some((n) => sameName(n, add));

export function scoreActiveSheet(app: EtApplication, options: WpsRunOptions = {}): RunOutcome {
  let sheetName: string | null = null;
  try {
    const snapshot = readSnapshot(app);
    sheetName = snapshot.sheet.name;
    const planned = planRun(snapshot, options);
    if (!planned.ok) return { status: 'refused', sheet: snapshot.sheet.name, refusal: planned.refusal };
    const { plan, result, layout, ranges, detection, report } = planned.run;
    const undo = planUndo(snapshot, plan);
    withScreenOff(app, () =>
      applyPlan(app, plan, { sheetNames: snapshot.sheetNames, nameExists: nameExistsIn(snapshot) }),
    );
    // ET has no syncs: every call is synchronous (syncs 0; the fake counts calls instead).
    return {
      status: 'scored',
      sheet: snapshot.sheet.name,
      result,
      undo,
      syncs: 0,
      layout,
      ranges,
      detection,
      ...(report ? { report } : {}),
    };
  } catch (error) {
    return {
      status: 'failed',
      sheet: sheetName,
      message: describeWpsError(error),
      text: wpsErrorText(error),
    };
  }
}

/**
 * Undo of one run: restore what planUndo computed (every name in `restore.names` existed before the
 * run, so its RefersTo is set back, or, marked `create`, it is a memory name the run deleted: added
 * back), then delete the names the run added, then the sheets it created
 * (names first: a name on a deleted sheet would linger as #REF!). Throws ET's errors.
 */
export function applyUndo(app: EtApplication, undo: UndoPlan): void {
  withScreenOff(app, () => {
    applyPlan(app, undo.restore, { sheetNames: [], nameExists: () => true });
    const workbook = app.ActiveWorkbook;
    for (const entry of undo.deleteNames) {
      const names =
        entry.scope === 'workbook' ? workbook.Names : workbook.Worksheets.Item(entry.scope.sheet).Names;
      names.Item(entry.name).Delete();
    }
    for (const name of undo.deleteSheets) workbook.Worksheets.Item(name).Delete();
  });
}

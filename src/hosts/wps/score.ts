/**
 * "Score this sheet" through ET: read one snapshot (read-snapshot.ts), plan (pure, src/workbook),
 * apply the plan with screen updating off (apply.ts). Same planning, undo planning and refusals as
 * the Office host, so both leave the same workbook. A refusal writes nothing; an ET error becomes a
 * message; nothing is thrown. A write ET refuses part-way gives 'failed' with the exact account of
 * what was written and the undo of exactly that (write-failure.ts), or says nothing was written.
 */
import type { RunOutcome, RunOptions } from '../../workbook/runOutcome';
import { planRun } from '../../workbook';
import { planUndo } from '../../workbook/undo';
import { nameExistsIn } from '../names';
import { applyPlan, withScreenOff } from './apply';
import { describeWpsError, wpsErrorText } from './errors';
import type { EtApplication } from './et-types';
import { readSnapshot } from './read-snapshot';
import { WriteProgress } from './progress';
import { failedRun } from './write-failure';

export interface WpsRunOptions extends RunOptions {
  /** Score a sheet without PE_* names from detection (planScoring's `detect`), as the Office host. */
  detect?: boolean;
}

export function scoreActiveSheet(app: EtApplication, options: WpsRunOptions = {}): RunOutcome {
  let sheetName: string | null = null;
  try {
    const snapshot = readSnapshot(app);
    sheetName = snapshot.sheet.name;
    const planned = planRun(snapshot, options);
    if (!planned.ok) return { status: 'refused', sheet: snapshot.sheet.name, refusal: planned.refusal };
    const { plan, result, layout, ranges, detection, report } = planned.run;
    const undo = planUndo(snapshot, plan);
    const progress = new WriteProgress();
    try {
      withScreenOff(app, () =>
        applyPlan(
          app,
          plan,
          { sheetNames: snapshot.sheetNames, nameExists: nameExistsIn(snapshot.names) },
          progress,
        ),
      );
    } catch (error) {
      return failedRun({ plan, snapshot, progress }, error);
    }
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

/**
 * 评分全部工作表 through ET: every sheet read whole-block (read-grid.ts: Value2 / Formula per used
 * range, formats, fills and merges from one Value(11)), the pure plan (src/workbook/scoreAll.ts),
 * every plan applied in order with screen updating off (apply.ts). Same plans as the Office host,
 * so both leave the same workbook. A refusal writes nothing; an ET error becomes a message. A write
 * ET refuses part-way: the plans applied before it landed whole, the failing one up to the refused
 * call (its WriteProgress), so the message says exactly what was written and the undo offered is of
 * exactly that (write-failure.ts), as the Office host does plan by plan after reading back.
 */
import type { AllSheetsOutcome } from '../../workbook/allSheetsOutcome';
import type { RunOptions } from '../../workbook/runOutcome';
import { planAllSheets, refusedOutcome, scoredOutcome, type WorkbookSnapshot } from '../../workbook/scoreAll';
import type { DefinedName, SheetSnapshot } from '../../workbook/types';
import { nameExistsIn } from '../names';
import { applyPlan, withScreenOff } from './apply';
import { describeWpsError, wpsErrorText } from './errors';
import type { EtApplication } from './et-types';
import { readGrid } from './read-grid';
import { readNames } from './read-snapshot';
import { WriteProgress } from './progress';
import { failedAllSheets, type PlanProgress } from './write-failure';

/** Every sheet (tab order) with its grid, protection and own names; the workbook's names. */
export function readWorkbook(app: EtApplication): WorkbookSnapshot {
  const workbook = app.ActiveWorkbook;
  const names: DefinedName[] = readNames(workbook.Names, 'workbook');
  const sheets: SheetSnapshot[] = [];
  const count = workbook.Worksheets.Count;
  for (let i = 1; i <= count; i++) {
    const sheet = workbook.Worksheets.Item(i);
    const name = sheet.Name;
    sheets.push({ name, protected: Boolean(sheet.ProtectContents), grid: readGrid(sheet, name) });
    names.push(...readNames(sheet.Names, { sheet: name }));
  }
  return { sheets, names, ...(workbook.ProtectStructure ? { structureProtected: true } : {}) };
}

export function scoreAllSheets(app: EtApplication, options: RunOptions = {}): AllSheetsOutcome {
  try {
    const active = app.ActiveSheet.Name;
    const book = readWorkbook(app);
    const planned = planAllSheets(book, options);
    if (!planned.ok) return refusedOutcome(planned);
    const nameExists = nameExistsIn(book.names);
    const applied: PlanProgress[] = [];
    try {
      withScreenOff(app, () => {
        for (const { plan, sheetNames, snapshot } of planned.plans) {
          const progress = new WriteProgress();
          applied.push({ plan, snapshot, progress });
          applyPlan(app, plan, { sheetNames, nameExists }, progress);
        }
      });
    } catch (error) {
      return failedAllSheets(applied, error);
    }
    return scoredOutcome(planned, active, 0); // ET has no syncs
  } catch (error) {
    return { status: 'failed', message: describeWpsError(error), text: wpsErrorText(error) };
  }
}

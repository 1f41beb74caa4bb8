/**
 * Undo of one run through ET: restore what planUndo computed (every name in `restore.names` existed
 * before the run, so its RefersTo is set back, or, marked `create`, it is a memory name the run
 * deleted: added back), then delete the names the run added, then the sheets it created (names
 * first: a name on a deleted sheet would linger as #REF!).
 *
 * Applying it twice is harmless, so an undo that stopped part-way can simply be applied again:
 * restoring writes what was there, adding back a name that is back redefines it, and a name or
 * sheet that is already gone is skipped (ET's Item throws for it; nothing is left to delete).
 *
 * When ET refuses a step, the error thrown (WpsWorded) says exactly what was restored before it
 * (ET is synchronous: the steps before it completed), or that nothing was.
 */
import type { Message } from '../../engine/messages/message';
import type { UndoPlan } from '../../workbook/runOutcome';
import { writeMsg, writeText } from '../write-messages';
import { applyPlan, withScreenOff } from './apply';
import { describeWpsUndoError, WpsWorded, wpsUndoErrorText } from './errors';
import type { EtApplication } from './et-types';
import { coveredCells, WriteProgress } from './progress';

/** The item, or null when ET has none by that name (Item throws for a missing one). */
function existing<T>(item: () => T): T | null {
  try {
    return item();
  } catch {
    return null;
  }
}

export function applyUndo(app: EtApplication, undo: UndoPlan): void {
  const progress = new WriteProgress();
  const deletedNames: string[] = [];
  const deletedSheets: string[] = [];
  try {
    withScreenOff(app, () => {
      applyPlan(app, undo.restore, { sheetNames: [], nameExists: () => true }, progress);
      const workbook = app.ActiveWorkbook;
      for (const entry of undo.deleteNames) {
        const name = existing(() =>
          (entry.scope === 'workbook'
            ? workbook.Names
            : workbook.Worksheets.Item(entry.scope.sheet).Names
          ).Item(entry.name),
        );
        if (!name) continue;
        name.Delete();
        deletedNames.push(entry.name);
      }
      for (const sheetName of undo.deleteSheets) {
        const sheet = existing(() => workbook.Worksheets.Item(sheetName));
        if (!sheet) continue;
        sheet.Delete();
        deletedSheets.push(sheetName);
      }
    });
  } catch (error) {
    const restored: Message[] = [];
    for (const [sheet, count] of coveredCells(progress))
      restored.push(writeMsg('written.cells', { sheet, count }));
    if (progress.names.length > 0)
      restored.push(writeMsg('restored.names', { names: progress.names.map((n) => n.name) }));
    for (const sheet of progress.replaced) restored.push(writeMsg('restored.sheet', { name: sheet.name }));
    if (deletedNames.length > 0) restored.push(writeMsg('written.deleted-names', { names: deletedNames }));
    for (const name of deletedSheets) restored.push(writeMsg('removed.sheet', { name }));
    const what = restored.length === 0 ? writeMsg('undo.nothing', {}) : writeMsg('undo.partly', { restored });
    throw new WpsWorded(
      `${describeWpsUndoError(error)}\n${writeText(what)}`,
      writeMsg('write.failed', { reason: wpsUndoErrorText(error), what }),
    );
  }
}

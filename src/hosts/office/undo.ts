/**
 * Undo of one scoring run through Office.js: puts back what planUndo (src/workbook/undo.ts) computed
 * — cells, formats, fills, redefined names, replaced sheets — deletes the names and sheets the run
 * added, all in one sync (chunked only above the 5 MB request limit). Office errors are thrown to the
 * caller, which shows describeOfficeError(error).
 */
import type { UndoPlan } from '../../workbook/runOutcome';
import { applyChunks, packChunks, planChunks, WEB_PAYLOAD_LIMIT } from './chunks';
import type { ExcelRunner } from './types';
import type { WriteStep } from './write-steps';

function deleteSteps(undo: UndoPlan): WriteStep[] {
  const names: WriteStep[] = undo.deleteNames.map((entry) => ({
    bytes: 300,
    queue(context) {
      const names =
        entry.scope === 'workbook'
          ? context.workbook.names
          : context.workbook.worksheets.getItem(entry.scope.sheet).names;
      names.getItem(entry.name).delete();
    },
  }));
  const sheets: WriteStep[] = undo.deleteSheets.map((name) => ({
    bytes: 300,
    queue(context) {
      context.workbook.worksheets.getItem(name).delete();
    },
  }));
  // Names first: a name pointing at a deleted sheet would otherwise linger as #REF! until deleted.
  return [...names, ...sheets];
}

export async function applyUndo(
  run: ExcelRunner,
  undo: UndoPlan,
  options: { payloadLimitBytes?: number } = {},
): Promise<void> {
  const limit = options.payloadLimitBytes ?? WEB_PAYLOAD_LIMIT;
  await run(async (context) => {
    // Every name in restore.names existed before the run: the run redefined it (its formula is set
    // back) or, marked `create`, deleted it (a memory name: added back).
    const restore = planChunks(undo.restore, { sheetNames: [], nameExists: () => true }, limit);
    const last = restore[restore.length - 1];
    const removals = deleteSteps(undo);
    const chunks =
      restore.length === 1
        ? packChunks([...last, ...removals], Math.floor(limit * 0.8))
        : [...restore, removals];
    await applyChunks(
      context,
      chunks.filter((chunk) => chunk.length > 0),
    );
  });
}

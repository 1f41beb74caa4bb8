/**
 * After a write sync failed. Office batches are not transactions: every operation before the failing
 * one stayed applied. So, in one more read (only on this path), find out exactly what landed — which
 * of the run's sheets now exist, which of its names are defined, which cells of its blocks changed,
 * which replaced sheets changed — say it in words, and build the undo of exactly that: cells, fills
 * and replaced sheets are restored whole (restoring an untouched cell changes nothing), and only the
 * names and sheets that really were added are deleted (deleting one that is not there would fail the
 * undo).
 */
import type { Message } from '../../engine/messages/message';
import { officeMsg, officeText } from './messages';
import type { UndoPlan } from '../../workbook/runOutcome';
import { cellAt } from '../../workbook/grid';
import { sameReferenceFormula, sameText } from '../../workbook/references';
import type { DefinedName, ScoringSnapshot, WritePlan } from '../../workbook/types';
import { isFormulaWrite } from '../../workbook/types';
import { restoreValue } from '../../workbook/undo';
import { toCellValue } from './read-grid';

export interface LandedWrites {
  /** Each thing written, in words (Chinese), e.g. "绩效指标 的 81 个单元格". Empty: nothing landed. */
  written: string[];
  /** The same, as messages (./messages.ts), for the pane's other languages. */
  writtenText: Message[];
  /** The undo of what landed; null when nothing did. */
  undo: UndoPlan | null;
}

/** A cell as read now, compared with what undo would write back (formula, else constant). */
function sameAsBefore(
  before: ReturnType<typeof restoreValue>,
  value: unknown,
  type: string,
  formula: unknown,
) {
  const nowFormula = typeof formula === 'string' && formula.startsWith('=') ? formula : null;
  if (isFormulaWrite(before)) return nowFormula === before.formula;
  if (nowFormula) return false;
  const now = toCellValue(value, type);
  const constant = now === '' ? null : typeof now === 'object' && now !== null ? now.error : now;
  return constant === before;
}

export async function inspectLandedWrites(
  context: Excel.RequestContext,
  snapshot: ScoringSnapshot,
  plan: WritePlan,
  fullUndo: UndoPlan,
): Promise<LandedWrites> {
  const sheets = context.workbook.worksheets.load('items/name');
  const bookNames = context.workbook.names.load('items/name, items/formula');
  // Names are added in the workbook or on the scored sheet, which exists (it was just read).
  const scopedNames = context.workbook.worksheets.getItem(plan.sheet).names.load('items/name, items/formula');
  const blocks = plan.blocks.map((block) => {
    const width = Math.max(0, ...block.values.map((row) => row.length));
    const range = context.workbook.worksheets
      .getItem(block.sheet)
      .getRangeByIndexes(block.top, block.left, block.values.length, Math.max(1, width));
    range.load('values, valueTypes, formulas');
    return { block, range, width };
  });
  const replaced = plan.sheets
    .filter((w) => !w.create)
    .map((write) => {
      const used = context.workbook.worksheets.getItem(write.name).getUsedRange(false);
      used.load('rowIndex, columnIndex, values, valueTypes, formulas');
      return { write, used };
    });
  await context.sync();

  const written: Message[] = [];
  const sheetNow = sheets.items.map((s) => s.name);
  const created = plan.sheets.filter((w) => w.create && sheetNow.some((n) => sameText(n, w.name)));
  for (const write of created) written.push(officeMsg('written.sheet', { name: write.name }));

  const currentNames: DefinedName[] = [
    ...bookNames.items.map((n) => ({ name: n.name, scope: 'workbook' as const, formula: String(n.formula) })),
    ...scopedNames.items.map((n) => ({
      name: n.name,
      scope: { sheet: plan.sheet },
      formula: String(n.formula),
    })),
  ];
  const inScope = (n: DefinedName, scope: DefinedName['scope']) =>
    scope === 'workbook'
      ? n.scope === 'workbook'
      : n.scope !== 'workbook' && sameText(n.scope.sheet, scope.sheet);
  const addedNames = fullUndo.deleteNames.filter((d) =>
    currentNames.some((n) => sameText(n.name, d.name) && inScope(n, d.scope)),
  );
  const redefined = plan.names.filter((add) => {
    const before = snapshot.names.find((n) => sameText(n.name, add.name) && inScope(n, add.scope));
    const now = currentNames.find((n) => sameText(n.name, add.name) && inScope(n, add.scope));
    return before && now && !sameReferenceFormula(before.formula, now.formula);
  });
  // Memory names the run deleted that are gone now: undo adds them back.
  const deleted = (plan.deleteNames ?? []).filter(
    (d) => !currentNames.some((n) => sameText(n.name, d.name) && inScope(n, d.scope)),
  );
  const names = [...addedNames.map((n) => n.name), ...redefined.map((n) => n.name)];
  if (names.length > 0) written.push(officeMsg('written.names', { names }));
  if (deleted.length > 0)
    written.push(officeMsg('written.deleted-names', { names: deleted.map((d) => d.name) }));

  const changedBySheet = new Map<string, number>();
  for (const { block, range } of blocks) {
    const grid = snapshot.sheet.grid;
    let changed = 0;
    block.values.forEach((row, r) =>
      row.forEach((_, c) => {
        const before = restoreValue(cellAt(grid, block.top + r, block.left + c));
        if (!sameAsBefore(before, range.values[r]?.[c], range.valueTypes[r]?.[c], range.formulas[r]?.[c]))
          changed += 1;
      }),
    );
    if (changed > 0) changedBySheet.set(block.sheet, (changedBySheet.get(block.sheet) ?? 0) + changed);
  }
  for (const [sheet, count] of changedBySheet) written.push(officeMsg('written.cells', { sheet, count }));

  for (const { write, used } of replaced) {
    const before = snapshot.otherSheets.find((s) => sameText(s.name, write.name));
    const grid = before?.grid;
    const same =
      grid !== undefined &&
      used.values.every((row, r) =>
        row.every((value, c) => {
          const old = restoreValue(cellAt(grid, used.rowIndex + r, used.columnIndex + c));
          return sameAsBefore(old, value, used.valueTypes[r][c], used.formulas[r][c]);
        }),
      ) &&
      grid.values.every((row, r) =>
        row.every((_, c) => {
          const rr = grid.top + r - used.rowIndex;
          const cc = grid.left + c - used.columnIndex;
          const old = restoreValue(cellAt(grid, grid.top + r, grid.left + c));
          return sameAsBefore(
            old,
            used.values[rr]?.[cc] ?? '',
            used.valueTypes[rr]?.[cc] ?? 'Empty',
            used.formulas[rr]?.[cc] ?? '',
          );
        }),
      );
    if (!same) written.push(officeMsg('written.rewrote', { name: write.name }));
  }

  // Fills come after the blocks: when no cell changed, none landed that matters (a re-run's fills
  // equal the previous ones where the values did not change).
  if (written.length === 0) return { written: [], writtenText: [], undo: null };
  return {
    written: written.map(officeText),
    writtenText: written,
    undo: {
      restore: {
        ...fullUndo.restore,
        // Names put back only where the run really changed them (redefined, or deleted).
        names: fullUndo.restore.names.filter((n) =>
          n.create
            ? deleted.some((d) => sameText(d.name, n.name))
            : redefined.some((r) => sameText(r.name, n.name)),
        ),
      },
      deleteNames: addedNames,
      deleteSheets: fullUndo.deleteSheets.filter((name) => created.some((w) => sameText(w.name, name))),
    },
  };
}

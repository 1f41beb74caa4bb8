/** Selecting a cell for the officer, and writing the profile choice into PE_Profile. */
import type { ProfileId } from '../../engine/types';
import { SUMMARY_SHEET } from '../../workbook/outputSheets';
import { lookupName } from '../../workbook/names';
import { OUTPUT_NAMES } from '../../workbook/outputNames';
import { outputSheetOf } from '../../workbook/outputLocation';
import type { DefinedName } from '../../workbook/types';
import type { ExcelRunner } from './types';

/** Activates the sheet and selects the address; Excel scrolls it into view. One sync. */
export function selectCellOnSheet(run: ExcelRunner, sheetName: string, address: string): Promise<void> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(address).select();
    await context.sync();
  });
}

/**
 * Writes the profile id into PE_Profile (the sheet-scoped name, else a workbook-scoped one that
 * points at the active sheet). `written` false, nothing written, when there is no such name; `sheet`
 * is the active sheet either way.
 */
export function writeProfileCell(
  run: ExcelRunner,
  profile: ProfileId,
): Promise<{ written: boolean; sheet: string }> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const scoped = sheet.names.getItemOrNullObject('PE_Profile');
    scoped.load('name,formula');
    const global = context.workbook.names.getItemOrNullObject('PE_Profile');
    global.load('name,formula');
    await context.sync();

    // The same lookup as the scorer's (src/workbook/names.ts), so the cell written is the one it reads.
    const names: DefinedName[] = [];
    if (!global.isNullObject) names.push({ name: global.name, scope: 'workbook', formula: global.formula });
    if (!scoped.isNullObject)
      names.push({ name: scoped.name, scope: { sheet: sheet.name }, formula: scoped.formula });
    const found = lookupName(names, sheet.name, 'PE_Profile');
    if (found.kind !== 'ok') return { written: false, sheet: sheet.name };
    const target = found.definition.scope === 'workbook' ? global : scoped;
    target.getRange().values = [[profile]];
    await context.sync();
    return { written: true, sheet: sheet.name };
  });
}

/**
 * Activates the summary sheet of `scoredSheet`: where its own PE_OutSummary name points (the summary
 * may have been put beside a user's own 评分汇总; the rule is src/workbook/outputLocation.ts, the one
 * the scorer reads by), else the sheet named 评分汇总. Two syncs; nothing is asked of a null object.
 */
export function showSummarySheet(run: ExcelRunner, scoredSheet: string): Promise<void> {
  return run(async (context) => {
    const scoped = context.workbook.worksheets.getItem(scoredSheet).names.load('items/name,items/formula');
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();

    const names: DefinedName[] = scoped.items.map((item) => ({
      name: item.name,
      scope: { sheet: scoredSheet },
      formula: String(item.formula ?? ''),
    }));
    const target =
      outputSheetOf(
        names,
        scoredSheet,
        sheets.items.map((s) => s.name),
        OUTPUT_NAMES.summary,
      ) ?? SUMMARY_SHEET;
    const sheet = context.workbook.worksheets.getItem(target);
    sheet.activate();
    sheet.getRange('A1').select();
    await context.sync();
  });
}

/** Selecting a cell for the officer, and writing the profile choice into PE_Profile. */
import type { ProfileId } from '../engine/types';
import { SUMMARY_SHEET } from '../workbook/outputSheets';
import { refersToSheet, splitReference } from './references';
import type { ExcelBatchRunner } from './runner';

/** Activates the sheet and selects the address; Excel scrolls it into view. One sync. */
export function selectCellOnSheet(run: ExcelBatchRunner, sheetName: string, address: string): Promise<void> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(address).select();
    await context.sync();
  });
}

/**
 * Writes the profile id into PE_Profile (the sheet-scoped name, else a workbook-scoped one that
 * points at the active sheet). Returns false, writing nothing, when there is no such name.
 */
export function writeProfileCell(run: ExcelBatchRunner, profile: ProfileId): Promise<boolean> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const scoped = sheet.names.getItemOrNullObject('PE_Profile');
    scoped.load('type');
    const global = context.workbook.names.getItemOrNullObject('PE_Profile');
    global.load('type,formula');
    await context.sync();

    let target: Excel.NamedItem | null = null;
    if (!scoped.isNullObject) target = scoped.type === 'Range' ? scoped : null;
    else if (!global.isNullObject && global.type === 'Range' && refersToSheet(global.formula, sheet.name)) {
      target = global;
    }
    if (!target) return false;
    target.getRange().values = [[profile]];
    await context.sync();
    return true;
  });
}

/**
 * Activates the summary sheet of `scoredSheet`: where its PE_OutSummary name points (the summary
 * may have been put beside a user's own 评分汇总), else the sheet named 评分汇总. Two syncs.
 */
export function showSummarySheet(run: ExcelBatchRunner, scoredSheet: string): Promise<void> {
  return run(async (context) => {
    const scoped = context.workbook.worksheets
      .getItem(scoredSheet)
      .names.getItemOrNullObject('PE_OutSummary');
    scoped.load('type,formula');
    const global = context.workbook.names.getItemOrNullObject('PE_OutSummary');
    global.load('type,formula');
    await context.sync();

    const named = [scoped, global].find((item) => !item.isNullObject && item.type === 'Range');
    const reference = named ? splitReference(named.formula) : null;
    const sheet = context.workbook.worksheets.getItem(reference?.sheet ?? SUMMARY_SHEET);
    sheet.activate();
    sheet.getRange(reference?.address ?? 'A1').select();
    await context.sync();
  });
}

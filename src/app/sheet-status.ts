/** Reads what the pane shows above the score button: sheet name, its PE_* names, its stored profile. */
import type { SheetStatus } from './controller';
import { refersToSheet } from './references';
import { profileFromCell, type ExcelBatchRunner } from './runner';

interface NameInfo {
  name: string;
  type: string;
  formula: string;
}

/** Output names are the scorer's own; they do not mean the sheet has been set up. */
function isInputName(name: string): boolean {
  return name.startsWith('PE_') && !name.startsWith('PE_Out');
}

/**
 * The PE_* names that apply to `sheet`: its sheet-scoped names first, then workbook-scoped names
 * that refer to a range on it (docs/workbook-contract.md §1). Each name once.
 */
export function namesForSheet(
  sheet: string,
  sheetScoped: NameInfo[],
  workbookScoped: NameInfo[],
): NameInfo[] {
  const chosen = new Map<string, NameInfo>();
  for (const item of sheetScoped) if (isInputName(item.name)) chosen.set(item.name, item);
  for (const item of workbookScoped) {
    if (isInputName(item.name) && !chosen.has(item.name) && refersToSheet(item.formula, sheet)) {
      chosen.set(item.name, item);
    }
  }
  return [...chosen.values()];
}

/** One read for the names, a second only when PE_Profile exists (to read its cell). */
export function readSheetStatus(run: ExcelBatchRunner): Promise<SheetStatus> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const sheetNames = sheet.names.load('items/name,items/type,items/formula');
    const bookNames = context.workbook.names.load('items/name,items/type,items/formula');
    await context.sync();

    const applicable = namesForSheet(
      sheet.name,
      sheetNames.items.map(({ name, type, formula }) => ({ name, type: String(type), formula })),
      bookNames.items.map(({ name, type, formula }) => ({ name, type: String(type), formula })),
    );
    const profileName = applicable.find((item) => item.name === 'PE_Profile');
    let profile: SheetStatus['profile'] = null;
    // A name whose type is not Range (e.g. #REF!) cannot be read as cells; Office.js throws on it.
    if (profileName && profileName.type === 'Range') {
      const scoped = sheetNames.items.some((item) => item.name === 'PE_Profile');
      const range = (scoped ? sheetNames : bookNames).getItem('PE_Profile').getRange();
      range.load('values');
      await context.sync();
      profile = profileFromCell(range.values[0]?.[0]);
    }
    return {
      sheet: sheet.name,
      names: applicable.map((item) => item.name).sort(),
      profile,
      hasProfileCell: profileName?.type === 'Range',
    };
  });
}

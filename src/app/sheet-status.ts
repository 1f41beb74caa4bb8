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

/**
 * One sync: the sheet's name, both name collections, and the PE_Profile cell of either scope.
 * getRangeOrNullObject gives a null object (not an error) for a missing name and for one that is not
 * a range (#REF!, a constant), so the profile can be read in the same sync as the names.
 */
export function readSheetStatus(run: ExcelBatchRunner): Promise<SheetStatus> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const sheetNames = sheet.names.load('items/name,items/type,items/formula');
    const bookNames = context.workbook.names.load('items/name,items/type,items/formula');
    const scopedProfile = sheetNames.getItemOrNullObject('PE_Profile').getRangeOrNullObject();
    scopedProfile.load('values');
    const bookProfile = bookNames.getItemOrNullObject('PE_Profile').getRangeOrNullObject();
    bookProfile.load('values');
    await context.sync();

    const applicable = namesForSheet(
      sheet.name,
      sheetNames.items.map(({ name, type, formula }) => ({ name, type: String(type), formula })),
      bookNames.items.map(({ name, type, formula }) => ({ name, type: String(type), formula })),
    );
    const profileName = applicable.find((item) => item.name === 'PE_Profile');
    const isScoped = sheetNames.items.some((item) => item.name === 'PE_Profile');
    const profileRange = isScoped ? scopedProfile : bookProfile;
    const hasProfileCell = profileName?.type === 'Range' && !profileRange.isNullObject;
    return {
      sheet: sheet.name,
      names: applicable.map((item) => item.name).sort(),
      profile: hasProfileCell ? profileFromCell(profileRange.values[0]?.[0]) : null,
      hasProfileCell,
    };
  });
}

/** Reads what the pane shows above the score button: sheet name, its PE_* names, its stored profile. */
import { inputNamesOnSheet, lookupName } from '../workbook/names';
import type { DefinedName } from '../workbook/types';
import type { SheetStatus } from './controller';
import { profileFromCell, type ExcelBatchRunner } from './runner';

/**
 * The input names that apply to `sheet`, by the scorer's own lookup (src/workbook/names.ts): a
 * sheet-scoped name first, else a workbook-scoped one with an area on the sheet; case-insensitive;
 * a broken name of this sheet still counts (the scorer reports it). Canonical spellings, sorted.
 */
export function namesForSheet(sheet: string, names: DefinedName[]): string[] {
  return [...inputNamesOnSheet(names, sheet)].sort();
}

function definedNames(items: Excel.NamedItem[], scope: DefinedName['scope']): DefinedName[] {
  return items.map((item) => ({ name: item.name, scope, formula: String(item.formula ?? '') }));
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

    const names = [
      ...definedNames(bookNames.items, 'workbook'),
      ...definedNames(sheetNames.items, { sheet: sheet.name }),
    ];
    // The PE_Profile the scorer would use: the same lookup, so the pane shows what scoring reads.
    const profile = lookupName(names, sheet.name, 'PE_Profile');
    const profileRange =
      profile.kind === 'ok' && profile.definition.scope === 'workbook' ? bookProfile : scopedProfile;
    const hasProfileCell = profile.kind === 'ok' && !profileRange.isNullObject;
    return {
      sheet: sheet.name,
      names: namesForSheet(sheet.name, names),
      profile: hasProfileCell ? profileFromCell(profileRange.values[0]?.[0]) : null,
      hasProfileCell,
    };
  });
}

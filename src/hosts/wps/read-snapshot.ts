/**
 * One ScoringSnapshot from ET: the active sheet (name, ProtectContents, used-range grid), the
 * workbook's names and the active sheet's own names, every sheet's name, and the grids of the
 * scorer's output sheets (whatever the active sheet's PE_OutSummary / PE_OutDeductions / PE_OutReport point at).
 *
 * Name scope spelling differs between builds (and from Excel's VBA): a sheet-scoped name may be
 * listed by Worksheet.Names as "Sheet!PE_X" or "PE_X", and Workbook.Names may list sheet-scoped
 * names too ("Sheet!PE_X"). So: Workbook.Names entries with a "!" are skipped (the sheet's own
 * collection gives them), and the sheet's entries lose any "Sheet!" prefix.
 */
import { isReservedName } from '../../workbook/memoryNames';
import { outputSheetNames } from '../../workbook/outputLocation';
import type { DefinedName, ScoringSnapshot, SheetSnapshot } from '../../workbook/types';
import type { EtApplication, EtNames, EtWorksheet } from './et-types';
import { readGrid } from './read-grid';

/** "'绩效'!PE_X" or "PE_X" -> "PE_X". */
export function bareName(name: string): string {
  const bang = name.lastIndexOf('!');
  return bang >= 0 ? name.slice(bang + 1) : name;
}

export function readNames(names: EtNames, scope: DefinedName['scope']): DefinedName[] {
  const out: DefinedName[] = [];
  const count = names.Count;
  for (let i = 1; i <= count; i++) {
    const item = names.Item(i);
    const name = item.Name;
    if (scope === 'workbook' && name.includes('!')) continue;
    const entry: DefinedName = { name: bareName(name), scope, formula: String(item.RefersTo ?? '') };
    // Visibility costs one ET call: read only for the scorer's names, the only ones a run deletes
    // (undo gives them back as they were).
    if (isReservedName(entry.name) && item.Visible === false) entry.hidden = true;
    out.push(entry);
  }
  return out;
}

export function readSheetNames(app: EtApplication): string[] {
  const sheets = app.ActiveWorkbook.Worksheets;
  const count = sheets.Count;
  const names: string[] = [];
  for (let i = 1; i <= count; i++) names.push(sheets.Item(i).Name);
  return names;
}

function readSheet(sheet: EtWorksheet, name: string): SheetSnapshot {
  return { name, protected: Boolean(sheet.ProtectContents), grid: readGrid(sheet, name) };
}

export function readSnapshot(app: EtApplication): ScoringSnapshot {
  const active = app.ActiveSheet;
  const name = active.Name;
  const sheetNames = readSheetNames(app);
  const names = [
    ...readNames(app.ActiveWorkbook.Names, 'workbook'),
    ...readNames(active.Names, { sheet: name }),
  ];
  // The sheets to read besides the active one: its outputs, by the one rule (workbook/outputLocation.ts).
  const otherSheets: SheetSnapshot[] = outputSheetNames(names, name, sheetNames).map((target) =>
    readSheet(app.ActiveWorkbook.Worksheets.Item(target), target),
  );
  const structureProtected = Boolean(app.ActiveWorkbook.ProtectStructure);
  return {
    sheet: readSheet(active, name),
    names,
    sheetNames,
    otherSheets,
    ...(structureProtected ? { structureProtected } : {}),
  };
}

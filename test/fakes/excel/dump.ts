/**
 * A plain, comparable picture of a fake workbook: every non-empty cell (value, formula, format, fill,
 * bold, wrap), the page setup where set, every name with its scope and formula (and which are hidden), sheets in tab order. Two dumps are equal exactly when
 * the workbooks look the same to a user, so "undo restores the sheet exactly" is one toEqual.
 */
import { cellA1, formatArea } from './address';
import type { FakeCellValue, FakeWorkbook } from './model';

export interface CellDump {
  value: FakeCellValue;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  wrap?: boolean;
}

export interface WorkbookDump {
  activeSheet: string | null;
  sheets: {
    name: string;
    protected: boolean;
    cells: Record<string, CellDump>;
    merges: string[];
    names: Record<string, string>;
    /** Only when set (Office pageLayout / ET PageSetup). */
    pageSetup?: { paperSize: string; orientation: string };
    /** The sheet's names that are hidden (Name Manager does not list them), sorted. */
    hiddenNames: string[];
  }[];
  names: Record<string, string>;
  hiddenNames: string[];
}

const hiddenOf = (names: { name: string; visible: boolean }[]) =>
  names
    .filter((n) => !n.visible)
    .map((n) => n.name)
    .sort();

export function dumpWorkbook(workbook: FakeWorkbook): WorkbookDump {
  return {
    activeSheet: workbook.activeSheet?.name ?? null,
    sheets: workbook.sheets.map((sheet) => {
      const entries = [...sheet.cells.entries()].map(([key, cell]) => {
        const [row, col] = key.split(',').map(Number);
        return { row, col, cell };
      });
      entries.sort((a, b) => a.row - b.row || a.col - b.col);
      return {
        name: sheet.name,
        protected: sheet.protected,
        cells: Object.fromEntries(entries.map(({ row, col, cell }) => [cellA1(row, col), { ...cell }])),
        merges: sheet.merges.map((m) => formatArea(m)).sort(),
        names: Object.fromEntries(sheet.names.map((n) => [n.name, workbook.nameFormulaText(n.formula)])),
        ...(sheet.pageSetup ? { pageSetup: { ...sheet.pageSetup } } : {}),
        hiddenNames: hiddenOf(sheet.names),
      };
    }),
    names: Object.fromEntries(workbook.names.map((n) => [n.name, workbook.nameFormulaText(n.formula)])),
    hiddenNames: hiddenOf(workbook.names),
  };
}

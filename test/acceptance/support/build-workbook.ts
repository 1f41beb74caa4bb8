/**
 * Builds .xlsx files for the acceptance suite from a plain description, independently of the
 * product: exceljs writes cells, number formats and fills; the defined names (workbook- and
 * sheet-scoped) are written by patching xl/workbook.xml with JSZip, exactly as Excel stores them.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export type Scalar = string | number | boolean | null;
/** A cell: a bare value, or a value with a number format / an Excel error / a user fill. */
export type CellSpec = Scalar | { v: Scalar | { error: string }; fmt?: string; fill?: string };

export interface SheetSpec {
  name: string;
  cells: Record<string, CellSpec>;
  /** Merged areas, e.g. "B4:B5" (the value sits in the first cell). */
  merges?: string[];
}

/** A defined name; `sheet` set = scoped to that sheet (localSheetId), absent = workbook scope. */
export interface NameSpec {
  name: string;
  ref: string;
  sheet?: string;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  names: NameSpec[];
}

export const PCT = '0.00%';
export const pct = (v: number): CellSpec => ({ v, fmt: PCT });

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export async function buildWorkbook(spec: WorkbookSpec): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheetSpec of spec.sheets) {
    const sheet = workbook.addWorksheet(sheetSpec.name);
    for (const [address, cellSpec] of Object.entries(sheetSpec.cells)) {
      const cell = sheet.getCell(address);
      if (cellSpec !== null && typeof cellSpec === 'object') {
        cell.value = cellSpec.v as ExcelJS.CellValue;
        if (cellSpec.fmt) cell.numFmt = cellSpec.fmt;
        if (cellSpec.fill) {
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + cellSpec.fill } };
        }
      } else {
        cell.value = cellSpec;
      }
    }
    for (const area of sheetSpec.merges ?? []) sheet.mergeCells(area);
  }
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  const zip = await JSZip.loadAsync(written);
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  const sheetIndex = new Map(spec.sheets.map((s, i) => [s.name, i]));
  const definedNames = spec.names
    .map((n) => {
      const scope = n.sheet === undefined ? '' : ` localSheetId="${sheetIndex.get(n.sheet)}"`;
      if (n.sheet !== undefined && !sheetIndex.has(n.sheet)) throw new Error(`no sheet ${n.sheet}`);
      return `<definedName name="${n.name}"${scope}>${xmlEscape(n.ref)}</definedName>`;
    })
    .join('');
  let patched = workbookXml.replace(/<definedNames\/>|<definedNames>[\s\S]*?<\/definedNames>/g, '');
  if (definedNames)
    patched = patched.replace('</sheets>', `</sheets><definedNames>${definedNames}</definedNames>`);
  zip.file('xl/workbook.xml', patched);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** "'My Sheet'!$C$5:$C$9" (quotes always: valid for every sheet name). */
export function ref(sheet: string, from: string, to?: string): string {
  const abs = (a: string) => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return to ? `${quoted}!${abs(from)}:${abs(to)}` : `${quoted}!${abs(from)}`;
}

export type Field = 'category' | 'name' | 'target' | 'actual' | 'weight' | 'reported' | 'manual';
export const FIELD_NAMES: Record<Field, string> = {
  category: 'PE_Categories',
  name: 'PE_Names',
  target: 'PE_Targets',
  actual: 'PE_Actuals',
  weight: 'PE_Weights',
  reported: 'PE_ReportedRates',
  manual: 'PE_ManualScores',
};

export interface Scoping {
  sheet: string;
  /** 'sheet' = every name scoped to `sheet`; 'workbook' = workbook-scoped. */
  scope: 'sheet' | 'workbook';
}

interface Built {
  cells: Record<string, CellSpec>;
  names: NameSpec[];
}

function nameOf(scoping: Scoping, name: string, reference: string): NameSpec {
  return scoping.scope === 'sheet'
    ? { name, ref: reference, sheet: scoping.sheet }
    : { name, ref: reference };
}

/** An indicator table: one column per field, rows from firstRow; a name for every listed column. */
export function indicatorTable(
  scoping: Scoping,
  firstRow: number,
  cols: Partial<Record<Field, string>>,
  rows: Partial<Record<Field, CellSpec>>[],
): Built {
  const cells: Record<string, CellSpec> = {};
  const names: NameSpec[] = [];
  const lastRow = firstRow + rows.length - 1;
  for (const [field, col] of Object.entries(cols) as [Field, string][]) {
    rows.forEach((row, i) => {
      const value = row[field];
      if (value !== undefined && value !== null) cells[`${col}${firstRow + i}`] = value;
    });
    names.push(
      nameOf(scoping, FIELD_NAMES[field], ref(scoping.sheet, `${col}${firstRow}`, `${col}${lastRow}`)),
    );
  }
  return { cells, names };
}

export interface MgmtItem {
  item: string;
  weight: number;
  value: CellSpec;
  rule: string;
}

/** Management items in four adjacent columns starting at `col` (item, weight, value, rule). */
export function managementTable(scoping: Scoping, firstRow: number, col: string, items: MgmtItem[]): Built {
  const letters = [0, 1, 2, 3].map((k) => String.fromCharCode(col.charCodeAt(0) + k));
  const cells: Record<string, CellSpec> = {};
  items.forEach((it, i) => {
    const r = firstRow + i;
    cells[`${letters[0]}${r}`] = it.item;
    cells[`${letters[1]}${r}`] = it.weight;
    cells[`${letters[2]}${r}`] = it.value;
    cells[`${letters[3]}${r}`] = it.rule;
  });
  const last = firstRow + items.length - 1;
  const names = ['PE_MgmtItems', 'PE_MgmtWeights', 'PE_MgmtValues', 'PE_MgmtRules'].map((n, k) =>
    nameOf(scoping, n, ref(scoping.sheet, `${letters[k]}${firstRow}`, `${letters[k]}${last}`)),
  );
  return { cells, names };
}

/** One named single cell (PE_BudgetPlanned, PE_BudgetSpent, PE_BudgetRate, PE_Profile). */
export function namedCell(scoping: Scoping, name: string, address: string, value: CellSpec): Built {
  return { cells: { [address]: value }, names: [nameOf(scoping, name, ref(scoping.sheet, address))] };
}

/** Merges parts (tables, named cells, plain cells) into one sheet plus its names. */
export function sheetOf(name: string, ...parts: Built[]): { sheet: SheetSpec; names: NameSpec[] } {
  const cells: Record<string, CellSpec> = {};
  const names: NameSpec[] = [];
  for (const part of parts) {
    Object.assign(cells, part.cells);
    names.push(...part.names);
  }
  return { sheet: { name, cells }, names };
}

export const plain = (cells: Record<string, CellSpec>): Built => ({ cells, names: [] });

/**
 * 自检: run once on a real WPS, prints what the ET fake's switches should be (test/fakes/et,
 * EtFakeOptions) as JSON, so the fake can be set to that build's behaviour (commit the report as a
 * fake profile). Works on a scratch sheet added at the end and deleted afterwards; the user's sheets
 * are not touched. Development builds only (probe.html).
 */
import type { EtApplication, EtWorksheet } from '../hosts/wps/et-types';

export const PROBE_SHEET = '__perfscore_probe';
const PROBE_NAME = 'PerfScoreProbe';

export interface ProbeReport {
  probe: 1;
  browser: { userAgent: string; bigint: boolean };
  value2: {
    /** A 2×2 block's Value2 is an array of row arrays. */
    blockRows: boolean;
    /** typeof an empty cell in a block's Value2: "undefined", "null" (object) or "string". */
    empty: string;
    /** A one-cell range's Value2 is a bare value, not [[v]]. */
    singleCellScalar: boolean;
    /** Value2 of a #DIV/0! cell: the CVErr code (-2146826281) or whatever came back. */
    divZero: unknown;
  };
  /** NumberFormat of a General cell as this build spells it. */
  generalFormat: unknown;
  /** NumberFormat of two cells with different formats (null expected). */
  mixedFormat: unknown;
  /** Interior.ColorIndex of an unfilled cell (-4142 expected). */
  noFillColorIndex: unknown;
  /** Interior.Color read back after writing 255 (255 = BGR red). */
  colorRoundTrip: unknown;
  /** Range.Value(11) gave an XML Spreadsheet document. */
  xmlSpreadsheet: boolean;
  /** Worksheet.Names.Item(i).Name spelt with the "Sheet!" prefix. */
  sheetNamePrefix: boolean;
  /** Workbook.Names also lists sheet-scoped names. */
  workbookNamesListAll: boolean;
  /** A 100×5 Value2 write read back equal. */
  bulkWriteRoundTrip: boolean;
  errors: string[];
}

/** The fake's switches a report implies (the keys and values of EtFakeOptions). */
export function fakeSwitches(report: ProbeReport) {
  return {
    emptyAs: report.value2.empty === 'object' ? ('null' as const) : ('undefined' as const),
    scalarForOneCell: report.value2.singleCellScalar,
    generalFormat: typeof report.generalFormat === 'string' ? report.generalFormat : 'General',
    sheetNamePrefix: report.sheetNamePrefix,
    workbookNamesListAll: report.workbookNamesListAll,
    xmlSpreadsheet: report.xmlSpreadsheet,
  };
}

function attempt<T>(errors: string[], label: string, work: () => T, fallback: T): T {
  try {
    return work();
  } catch (error) {
    errors.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    return fallback;
  }
}

/** A one-cell Value2 as its value, whether this build gives a scalar or [[value]]. */
const one = (value: unknown): unknown => (Array.isArray(value) ? one(value[0]) : value);

function probeSheet(
  app: EtApplication,
  sheet: EtWorksheet,
  errors: string[],
): Omit<ProbeReport, 'probe' | 'browser' | 'errors'> {
  sheet.Range('A1:B2').Value2 = [
    [1, 'a'],
    ['', true],
  ];
  const block = attempt(errors, 'block', () => sheet.Range('A1:B2').Value2, null);
  const blockRows =
    Array.isArray(block) && Array.isArray((block as unknown[])[0]) && (block as unknown[]).length === 2;
  const empty = blockRows ? (block as unknown[][])[1][0] : 'missing';
  const single = attempt(errors, 'single', () => sheet.Range('A1').Value2, null);
  // Typing an error literal stores the error value (as Excel does): no calculation needed.
  sheet.Range('C1').Value2 = '#DIV/0!';
  const divZero = one(attempt(errors, 'error', () => sheet.Range('C1').Value2, null));
  const generalFormat = attempt(errors, 'general', () => sheet.Range('D1').NumberFormat, null);
  sheet.Range('D2').NumberFormat = '0.00%';
  const mixedFormat = attempt(errors, 'mixed', () => sheet.Range('D1:D2').NumberFormat, 'error');
  const noFillColorIndex = attempt(errors, 'no fill', () => sheet.Range('E1').Interior.ColorIndex, null);
  sheet.Range('E2').Interior.Color = 255;
  const colorRoundTrip = attempt(errors, 'colour', () => sheet.Range('E2').Interior.Color, null);
  const xml = attempt(errors, 'Value(11)', () => sheet.Range('A1:E2').Value(11), null);
  sheet.Names.Add(PROBE_NAME, `='${PROBE_SHEET}'!$A$1`);
  const names = sheet.Names;
  let sheetNamePrefix = false;
  for (let i = 1; i <= names.Count; i++) {
    const name = names.Item(i).Name;
    if (name.endsWith(PROBE_NAME)) sheetNamePrefix = name.includes('!');
  }
  const book = app.ActiveWorkbook.Names;
  let workbookNamesListAll = false;
  for (let i = 1; i <= book.Count; i++)
    if (book.Item(i).Name.endsWith(PROBE_NAME)) workbookNamesListAll = true;
  attempt(errors, 'name delete', () => sheet.Names.Item(PROBE_NAME).Delete(), undefined);
  const bulk = Array.from({ length: 100 }, (_, r) => Array.from({ length: 5 }, (_, c) => r * 5 + c));
  sheet.Range('A11:E110').Value2 = bulk;
  const back = attempt(errors, 'bulk', () => sheet.Range('A11:E110').Value2, null);
  return {
    value2: {
      blockRows,
      empty: empty === null ? 'object' : typeof empty,
      singleCellScalar: !Array.isArray(single),
      divZero,
    },
    generalFormat,
    mixedFormat,
    noFillColorIndex,
    colorRoundTrip,
    xmlSpreadsheet: typeof xml === 'string' && xml.includes('<Workbook'),
    sheetNamePrefix,
    workbookNamesListAll,
    bulkWriteRoundTrip: JSON.stringify(back) === JSON.stringify(bulk),
  };
}

export function runProbe(app: EtApplication, browser: ProbeReport['browser']): ProbeReport {
  const errors: string[] = [];
  const active = app.ActiveSheet;
  const sheets = app.ActiveWorkbook.Worksheets;
  const updating = app.ScreenUpdating;
  const alerts = app.DisplayAlerts;
  app.ScreenUpdating = false;
  app.DisplayAlerts = false;
  let sheet: EtWorksheet | null = null;
  try {
    sheet = sheets.Add(undefined, sheets.Item(sheets.Count));
    sheet.Name = PROBE_SHEET;
    return { probe: 1, browser, ...probeSheet(app, sheet, errors), errors };
  } finally {
    try {
      sheet?.Delete();
      active.Activate();
    } finally {
      app.ScreenUpdating = updating;
      app.DisplayAlerts = alerts;
    }
  }
}

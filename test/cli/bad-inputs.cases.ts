/**
 * The bad-input corpus: each case breaks the example workbook in one way an officer's workbook
 * really breaks. Used by bad-inputs.test.ts.
 */
import type ExcelJS from 'exceljs';
import type { FixtureName } from '../fixtures/xlsx/build';

export interface BadInputCase {
  label: string;
  /** Changes the example sheet (and its workbook-scoped names) before it is written. */
  change: (
    sheet: ExcelJS.Worksheet,
    workbook: ExcelJS.Workbook,
    names: FixtureName[],
  ) => FixtureName[] | void;
  /** The finding: its level, and the cell or name it must name (in `cell` or in the message). */
  finding?: { level: 'error' | 'warning'; names: string; message?: RegExp };
  /** A refused sheet: the message must contain this (nothing scored, exit 1). */
  refused?: RegExp;
  /** Indicator rows still scored (flag not error) — the good rows survive a bad one. Default 23. */
  scoredRows?: number;
  /** Expected total, when the case must still reproduce (or predictably change) the seed total. */
  total?: number;
  profile?: string;
}

const withName = (names: FixtureName[], name: string, formula: string): FixtureName[] =>
  names.map((n) => (n.name === name ? { ...n, formula } : n));
const without = (names: FixtureName[], ...removed: string[]): FixtureName[] =>
  names.filter((n) => !removed.includes(n.name));
const set = (sheet: ExcelJS.Worksheet, address: string, value: ExcelJS.CellValue, numFmt?: string): void => {
  const cell = sheet.getCell(address);
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
};
const Q = "'绩效指标'!";

export const BAD_INPUT_CASES: BadInputCase[] = [
  {
    label: 'actual is #N/A',
    change: (s) => set(s, 'E5', { error: '#N/A' }),
    finding: { level: 'error', names: 'E5', message: /#N\/A/ },
  },
  {
    label: 'actual is a cached #DIV/0! formula',
    change: (s) => set(s, 'E6', { formula: '1/0', result: { error: '#DIV/0!' } }),
    finding: { level: 'error', names: 'E6', message: /#DIV\/0!/ },
  },
  {
    label: 'actual is 约7万 (approximate)',
    change: (s) => set(s, 'E3', '约7万'),
    finding: { level: 'error', names: 'E3', message: /约7万/ },
  },
  {
    label: 'actual is negative',
    change: (s) => set(s, 'E4', -117),
    finding: { level: 'error', names: 'E4' },
  },
  {
    label: 'actual is empty (partly filled row)',
    change: (s) => set(s, 'E9', null),
    finding: { level: 'error', names: 'E9' },
  },
  {
    label: 'target is empty (partly filled row)',
    change: (s) => set(s, 'D10', null),
    finding: { level: 'error', names: 'D10' },
  },
  {
    label: 'target is unparseable text',
    change: (s) => set(s, 'D11', '尽量多'),
    finding: { level: 'error', names: 'D11', message: /尽量多/ },
  },
  {
    label: 'target is #VALUE!',
    change: (s) => set(s, 'D12', { error: '#VALUE!' }),
    finding: { level: 'error', names: 'D12' },
  },
  {
    label: 'unknown category',
    change: (s) => set(s, 'B8', '奇怪类别'),
    finding: { level: 'error', names: 'B8', message: /奇怪类别/ },
  },
  { label: 'weight is text', change: (s) => set(s, 'G5', '两分'), finding: { level: 'error', names: 'G5' } },
  {
    label: 'unit mismatch (套 vs 户)',
    change: (s) => set(s, 'E3', '9.9735万户'),
    finding: { level: 'warning', names: 'E3' },
    scoredRows: 24,
  },
  {
    label: 'bare fraction against a percentage target',
    change: (s) => set(s, 'E17', 0.9799, 'General'),
    finding: { level: 'warning', names: 'E17' },
    scoredRows: 24,
  },
  {
    label: 'target 0',
    change: (s) => set(s, 'D6', '≥0次'),
    finding: { level: 'warning', names: 'D6' },
    scoredRows: 24,
  },
  {
    label: 'reported rate is text',
    change: (s) => set(s, 'F10', '很高'),
    finding: { level: 'warning', names: 'F10' },
    scoredRows: 24,
  },
  {
    label: 'section weights do not add up',
    change: (s) => set(s, 'G3', 3),
    finding: { level: 'warning', names: '产出' },
    scoredRows: 24,
  },
  {
    label: 'duplicate indicator name',
    change: (s) => set(s, 'C4', '发放开业"大礼包"套数'),
    finding: { level: 'warning', names: 'C4' },
    scoredRows: 24,
  },
  {
    label: 'unknown management rule',
    change: (s) => set(s, 'D34', '随便扣'),
    finding: { level: 'error', names: 'D34', message: /随便扣/ },
    scoredRows: 24,
  },
  {
    label: 'management value is #VALUE!',
    change: (s) => set(s, 'C35', { error: '#VALUE!' }),
    finding: { level: 'error', names: 'C35' },
    scoredRows: 24,
  },
  {
    label: 'budget planned is 0',
    change: (s) => set(s, 'B29', 0),
    finding: { level: 'error', names: 'B29' },
    scoredRows: 24,
  },
  {
    label: 'budget names missing',
    change: (_s, _w, n) => without(n, 'PE_BudgetPlanned', 'PE_BudgetSpent'),
    finding: { level: 'error', names: '预算执行' },
    scoredRows: 24,
  },
  {
    label: 'unknown profile in PE_Profile',
    change: (s) => set(s, 'B38', 'shanghai'),
    finding: { level: 'warning', names: 'PE_Profile', message: /shanghai/ },
    scoredRows: 24,
  },
  {
    label: 'PE_ReportedRates refers to #REF!',
    change: (_s, _w, n) => withName(n, 'PE_ReportedRates', '#REF!'),
    finding: { level: 'error', names: 'PE_ReportedRates' },
    scoredRows: 24,
  },
  {
    label: 'PE_Weights has several areas',
    change: (_s, _w, n) => withName(n, 'PE_Weights', `${Q}$G$3:$G$10,${Q}$G$11:$G$26`),
    finding: { level: 'error', names: 'PE_Weights' },
    scoredRows: 24,
  },
  {
    label: 'PE_Weights shorter than the indicator block',
    change: (_s, _w, n) => withName(n, 'PE_Weights', `${Q}$G$3:$G$25`),
    finding: { level: 'error', names: 'PE_Weights' },
  },
  {
    label: 'PE_Weights absent: equal split',
    change: (_s, _w, n) => without(n, 'PE_Weights'),
    finding: { level: 'warning', names: '未提供分值' },
    scoredRows: 24,
  },
  {
    label: 'PE_Categories absent: one block',
    change: (_s, _w, n) => without(n, 'PE_Categories'),
    finding: { level: 'warning', names: '未提供指标类别' },
    scoredRows: 24,
  },
  {
    label: 'management names absent',
    change: (_s, _w, n) => without(n, 'PE_MgmtItems', 'PE_MgmtWeights', 'PE_MgmtValues', 'PE_MgmtRules'),
    finding: { level: 'warning', names: '管理效率' },
    scoredRows: 24,
  },
  {
    label: 'PE_Actuals missing (required)',
    change: (_s, _w, n) => without(n, 'PE_Actuals'),
    refused: /工作表 绩效指标 缺少 PE_Actuals/,
  },
  {
    label: 'PE_Targets refers to #REF! (required)',
    change: (_s, _w, n) => withName(n, 'PE_Targets', '#REF!'),
    refused: /PE_Targets/,
  },
  {
    label: 'PE_Actuals two columns wide',
    change: (_s, _w, n) => withName(n, 'PE_Actuals', `${Q}$E$3:$F$26`),
    refused: /PE_Actuals/,
  },
  // Not errors: inputs typed differently that must score as the seed does, without an error.
  {
    label: 'percent-formatted number as target',
    change: (s) => set(s, 'D8', 0.95, '0%'),
    scoredRows: 24,
    total: 94.46,
  },
  {
    label: 'full-width digits in a target',
    change: (s) => set(s, 'D4', '≥１００项'),
    scoredRows: 24,
    total: 94.46,
  },
  {
    label: 'a completely empty row is skipped silently',
    change: (s) => ['C', 'D', 'E', 'F', 'G'].forEach((c) => set(s, `${c}14`, null)),
    scoredRows: 23,
    total: 93.46,
  },
  {
    label: 'national-project in PE_Profile',
    change: (s) => set(s, 'B38', 'national-project'),
    scoredRows: 24,
    profile: 'national-project',
  },
  {
    label: 'another sheet name, table moved down and right',
    change: (s, _w, n) => {
      s.name = 'Sheet1';
      s.spliceRows(1, 0, [], [], []);
      s.spliceColumns(1, 0, [], []);
      return n.map((name) => ({ ...name, formula: shift(name.formula) }));
    },
    scoredRows: 24,
    total: 94.46,
  },
];

/** '绩效指标'!$B$3:$B$26 -> Sheet1!$D$6:$D$29 (the table moved 3 rows down, 2 columns right). */
function shift(formula: string): string {
  return formula
    .replace(Q, 'Sheet1!')
    .replace(
      /\$([A-Z])\$(\d+)/g,
      (_m, col: string, row: string) => `$${String.fromCharCode(col.charCodeAt(0) + 2)}$${Number(row) + 3}`,
    );
}

/**
 * The scorer's output names (workbook-contract.md §2.1): the four per-indicator columns and the two
 * output sheets' anchors. Its own file because both where the columns go (outputColumns.ts) and the
 * scorer's record of them (outputRecord.ts) need it, and neither may import the other.
 */
export const OUTPUT_NAMES = {
  rates: 'PE_OutRates',
  scores: 'PE_OutScores',
  flags: 'PE_OutFlags',
  notes: 'PE_OutNotes',
  summary: 'PE_OutSummary',
  deductions: 'PE_OutDeductions',
  /** The 自评报告 sheet (reportSheet.ts): defined by the first 生成自评报告 of the sheet. */
  report: 'PE_OutReport',
} as const;

export type OutputKey = 'rates' | 'scores' | 'flags' | 'notes';
export const OUTPUT_KEYS: readonly OutputKey[] = ['rates', 'scores', 'flags', 'notes'];

/** The names of the scorer's output sheets (outputLocation.ts), in the order they are read and written. */
export type OutputSheetName =
  typeof OUTPUT_NAMES.summary | typeof OUTPUT_NAMES.deductions | typeof OUTPUT_NAMES.report;

/**
 * Title cells (A1) of the output sheets: the prefix, then the scored sheet's name. Here, beside the
 * names, because the one ownership rule (outputLocation.ts) needs both and the sheets' builders
 * (outputSheets.ts, reportSheet.ts) write them.
 */
export const SUMMARY_TITLE = '绩效自评评分汇总：';
export const DEDUCTIONS_TITLE = '扣分明细：';
export const REPORT_TITLE = '自评报告：';
export const OUTPUT_TITLES: Readonly<Record<OutputSheetName, string>> = {
  [OUTPUT_NAMES.summary]: SUMMARY_TITLE,
  [OUTPUT_NAMES.deductions]: DEDUCTIONS_TITLE,
  [OUTPUT_NAMES.report]: REPORT_TITLE,
};

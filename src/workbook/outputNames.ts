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

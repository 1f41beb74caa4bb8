/**
 * The bundled example: the 2023 天河区政务服务数据管理局 table (docs: data/tianhe-2023/), laid out like
 * a real self-evaluation sheet. One pure description serves the .xlsx generator
 * (scripts/make-example.js), the pane's "插入示例表" and the Excel fake used in tests.
 *
 * Layout of sheet 绩效指标 (rows/cols 0-based below; A1 in comments):
 *   row 1  title (merged A1:H1)
 *   row 2  headers 一级指标 | 二级指标 | 三级指标 | 年度目标值 | 年度实现值 | 指标完成率 | 分值 | 备注
 *   rows 3-26  the 24 indicators; A and B written only on the first row of each group;
 *              percentages typed as percent-formatted numbers (0.999, "0.00%"), targets as text
 *   row 28 "预算执行情况", rows 29-30 年度预算（万元）/ 决算支出（万元） in A, amounts in B
 *   row 32 headers 管理项目 | 分值 | 实际值 | 规则 | 说明, rows 33-36 the four management items
 *   row 38 评分规则 | guangzhou-dept
 * Workbook-scoped names: PE_Categories B3:B26, PE_Names C3:C26, PE_Targets D3:D26,
 * PE_Actuals E3:E26, PE_ReportedRates F3:F26, PE_Weights G3:G26, PE_BudgetPlanned B29,
 * PE_BudgetSpent B30, PE_MgmtItems A33:A36, PE_MgmtWeights B33:B36, PE_MgmtValues C33:C36,
 * PE_MgmtRules D33:D36, PE_Profile B38.
 */
import type { ConstantWrite, NameAdd } from './types';

export interface ExampleCell {
  row: number;
  col: number;
  value: ConstantWrite;
  numberFormat?: string;
  bold?: boolean;
}

export interface ExampleSheet {
  name: string;
  cells: ExampleCell[];
  /** Merged areas as A1 ranges, e.g. "A1:H1". */
  merges: string[];
  columnWidths: number[];
  names: NameAdd[];
}

/**
 * Detail rows (其中：…) as published tables print them (issue 7): a breakdown of the row above,
 * in the indicator's name cell, with no weight of its own. [name cell, weight cell, outcome]:
 * 'detail' = listed, not scored, not an error; 'scored' = an ordinary row (it has a weight);
 * 'error' = an ordinary row whose blank weight is a row error (the name is no detail row).
 */
import type { CellValue } from '../../../src/engine';

export type DetailOutcome = 'detail' | 'scored' | 'error';

const DETAIL_NAMES = [
  '其中：中央资金',
  '其中:省级资金',
  '其中：市级资金',
  '其中 县级配套',
  '其中：新建',
  '其中：改扩建',
  '其中：线上培训人次',
  '其中：线下培训人次',
  '其中：脱贫户',
  '其中：监测户',
  '其中：农村户籍',
  '其中：城镇户籍',
  '其中：女性',
  '其中：60岁以上',
  '其中：本级支出',
  '其中：补助下级',
  '其中：设备购置',
  '其中：工程建设',
  '其中：一类',
  '其中：二类',
  '其中 ：高标准农田',
  '其中：（1）日常运维',
  '其中，专项债券',
  '其中—政府采购',
  '其中:1.门诊',
  '  其中：住院',
  '其中：首次办理',
  '其中：跨省通办',
  '其中：网上办理量',
  '含:培训费',
];

const ORDINARY_NAMES = [
  '培训人次（其中线上不少于50%）',
  '中央资金到位率',
  '新建项目数',
  '改扩建面积',
  '其他支出占比',
  '其它指标',
  '项目中期评估',
  '及时率',
  '受益人口其中脱贫人口',
  '资金其中部分',
];

export const DETAIL_ROW_CASES: Array<[name: string, weight: CellValue, outcome: DetailOutcome]> = [
  ...DETAIL_NAMES.map((n): [string, CellValue, DetailOutcome] => [n, null, 'detail']),
  ...DETAIL_NAMES.slice(0, 10).map((n): [string, CellValue, DetailOutcome] => [n, 2, 'scored']),
  ...DETAIL_NAMES.slice(10, 15).map((n): [string, CellValue, DetailOutcome] => [n, '', 'detail']),
  ...ORDINARY_NAMES.map((n): [string, CellValue, DetailOutcome] => [n, null, 'error']),
  ...ORDINARY_NAMES.slice(0, 5).map((n): [string, CellValue, DetailOutcome] => [n, 2, 'scored']),
  ['其中', null, 'error'],
];

/**
 * The bundled example sheet (2023 天河区政务服务数据管理局), as pure data.
 *
 * The values are transcribed from data/tianhe-2023/*.csv (test/workbook/example.test.ts checks that
 * they still agree). They are inline because the task pane bundles this file and cannot read files.
 * Layout: see ./example-types.ts.
 */
import type { ExampleCell, ExampleSheet } from './example-types';
import type { ConstantWrite, NameAdd, WriteValue } from './types';

/** A number with its own number format (percentages, amounts). */
interface Formatted {
  number: number;
  format: string;
}

type Typed = ConstantWrite | Formatted;

/**
 * A percentage typed the way an officer types it: a number shown in a percent format.
 * 99.90% -> { 0.999, "0.00%" }; 100% -> { 1, "0%" }: the format keeps the decimals as written.
 */
function pct(fraction: number, decimals: 0 | 2): Formatted {
  return { number: fraction, format: decimals === 0 ? '0%' : '0.00%' };
}

/** An amount in 万元 with two decimals, as in the report. */
function amount(value: number): Formatted {
  return { number: value, format: '0.00' };
}

interface IndicatorLine {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: Typed;
  reportedRate: Formatted;
  weight: number;
  remark?: string;
}

// One indicator per line, like the table it transcribes.
// prettier-ignore
const INDICATORS: IndicatorLine[] = [
  { level1: '产出指标', level2: '数量指标', name: '发放开业"大礼包"套数', target: '≥7万套', actual: '9.9735万套', reportedRate: pct(1.4248, 2), weight: 2.5 },
  { level1: '产出指标', level2: '数量指标', name: '推进政策兑现集成服务事项数', target: '≥100项', actual: '117项', reportedRate: pct(1.17, 0), weight: 2.5 },
  { level1: '产出指标', level2: '数量指标', name: '区政务信息化项目管理系统纳管项目数', target: '≥300个', actual: '419个', reportedRate: pct(1.3967, 2), weight: 2.5 },
  { level1: '产出指标', level2: '数量指标', name: '完成网络安全检查次数', target: '≥4次', actual: '5次', reportedRate: pct(1.25, 0), weight: 2.5 },
  { level1: '产出指标', level2: '质量指标', name: '局信息化建设项目验收合格率', target: '100%', actual: pct(1, 0), reportedRate: pct(1, 0), weight: 2 },
  { level1: '产出指标', level2: '质量指标', name: '局信息系统正常运作率', target: '≥95%', actual: pct(0.999, 2), reportedRate: pct(1.05, 0), weight: 2 },
  { level1: '产出指标', level2: '时效指标', name: '12345热线工单按时办结率', target: '≥99%', actual: pct(1, 0), reportedRate: pct(1.01, 0), weight: 2 },
  { level1: '产出指标', level2: '时效指标', name: '区行政许可事项时限压缩率', target: '≥94%', actual: pct(0.9424, 2), reportedRate: pct(1.0026, 2), weight: 2 },
  { level1: '产出指标', level2: '时效指标', name: '区机关信息网络平台和IT设备运行维护运维工作准时处理率', target: '≥98%', actual: pct(0.997, 2), reportedRate: pct(1.0173, 2), weight: 2 },
  { level1: '效益指标', level2: '社会效益', name: '新增设立企业数量（含市局登记）', target: '≥10万户', actual: '10.0578万户', reportedRate: pct(1.0058, 2), weight: 2 },
  { level1: '效益指标', level2: '社会效益', name: '区政务服务中心服务人数', target: '≥80万', actual: '171.87万', reportedRate: pct(2.1484, 2), weight: 1, remark: '疫情结束后线下办事人数显著增多' },
  { level1: '效益指标', level2: '社会效益', name: '区行政审批局业务量', target: '≥30万件', actual: '30.35万件', reportedRate: pct(1.0117, 2), weight: 1 },
  { level1: '效益指标', level2: '社会效益', name: '区政府门户网站年度考核成绩', target: '良好以上', actual: '优秀', reportedRate: pct(1, 0), weight: 1 },
  { level1: '效益指标', level2: '社会效益', name: '自助终端服务人次', target: '≥8万人次', actual: 80568, reportedRate: pct(1.0071, 2), weight: 1 },
  { level1: '效益指标', level2: '社会效益', name: '区政务服务事项可网办率', target: '100%', actual: pct(0.9799, 2), reportedRate: pct(0.9799, 2), weight: 1, remark: '个别事项需在线下窗口拍照或采集指纹，无法网上办理' },
  { level1: '效益指标', level2: '社会效益', name: '区政务服务事项办事不用跑率', target: '≥95%', actual: pct(0.9538, 2), reportedRate: pct(1.004, 2), weight: 1 },
  { level1: '效益指标', level2: '社会效益', name: '区政务服务事项全程网办率', target: '≥55%', actual: pct(0.8036, 2), reportedRate: pct(1.46, 0), weight: 1 },
  { level1: '效益指标', level2: '社会效益', name: '政务服务事项减材料率', target: '≥90%', actual: pct(0.9089, 2), reportedRate: pct(1.0098, 2), weight: 1 },
  { level1: '效益指标', level2: '社会效益', name: '"天河e企查"系统业务量', target: '≥3万件', actual: '6.7194万件', reportedRate: pct(2.2398, 2), weight: 1, remark: '加大宣传力度，系统使用率增加' },
  { level1: '效益指标', level2: '社会效益', name: '电子证照关联比例', target: '≥25%', actual: pct(0.2656, 2), reportedRate: pct(1.0624, 2), weight: 1 },
  { level1: '效益指标', level2: '社会效益', name: '区政务服务"好差评"差评整改率', target: '100%', actual: pct(1, 0), reportedRate: pct(1, 0), weight: 2 },
  { level1: '效益指标', level2: '服务对象满意度', name: '区政务智能咨询平台群众满意率', target: '≥95%', actual: pct(0.9942, 2), reportedRate: pct(1.0465, 2), weight: 2 },
  { level1: '效益指标', level2: '服务对象满意度', name: '"好差评"系统中区政务服务好评率', target: '≥95%', actual: pct(1, 0), reportedRate: pct(1.05, 0), weight: 2 },
  { level1: '效益指标', level2: '服务对象满意度', name: '区机关信息网络平台和IT设备运行维护运维工作服务满意率', target: '≥95%', actual: pct(0.998, 2), reportedRate: pct(1.05, 0), weight: 2 },
];

const BUDGET = {
  planned: { amount: 13752.09, note: '一般公共预算财政拨款年度预算（年初10575.98 + 调整3176.11）' },
  spent: { amount: 13670.54, note: '部门整体支出情况一节的决算支出' },
};

interface ManagementLine {
  item: string;
  weight: number;
  value: Typed;
  rule: string;
  note: string;
}

// prettier-ignore
const MANAGEMENT: ManagementLine[] = [
  { item: '采购合同签订时效性', weight: 2, value: pct(0.8679, 2), rule: '达标 100%', note: '2023年度合同签订及时率86.79%' },
  { item: '合同备案时效性', weight: 1, value: 37, rule: '计数 1', note: '合同备案时间超过合同签订时间2天的合同共37个' },
  { item: '采购政策效能', weight: 1, value: pct(0.5407, 2), rule: '比例', note: '实际面向中小企业采购金额合计数与预算预留金额合计数之比' },
  { item: '资产盘点情况', weight: 1, value: '否', rule: '是否', note: '未形成相关盘点材料' },
];

const TITLE = '2023年度天河区政务服务数据管理局部门整体支出绩效自评表';
const HEADERS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度目标值',
  '年度实现值',
  '指标完成率',
  '分值',
  '备注',
];
const MANAGEMENT_HEADERS = ['管理项目', '分值', '实际值', '规则', '说明'];

/** 1-based Excel rows of the layout (see ./example-types.ts). */
const ROW = {
  title: 1,
  header: 2,
  firstIndicator: 3,
  budgetTitle: 28,
  budgetPlanned: 29,
  budgetSpent: 30,
  managementHeader: 32,
  firstManagement: 33,
  profile: 38,
} as const;

const COLUMN_WIDTHS = [22, 16, 48, 14, 14, 12, 8, 36];

/** Sheet names that need quotes in a reference: anything but a plain ASCII identifier. */
function quoteSheet(sheetName: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
}

function absoluteRange(sheetName: string, column: string, firstRow: number, lastRow: number): string {
  const start = `$${column}$${firstRow}`;
  return `${quoteSheet(sheetName)}!${firstRow === lastRow ? start : `${start}:$${column}$${lastRow}`}`;
}

function isFormatted(value: Typed): value is Formatted {
  return typeof value === 'object' && value !== null;
}

/** Builds the example sheet description; the same data every call (a fresh copy). */
export function buildExampleSheet(sheetName = '绩效指标'): ExampleSheet {
  const cells: ExampleCell[] = [];
  /** `row` is the 1-based Excel row, `col` 0-based (A = 0), as in an A1 address. */
  const put = (row: number, col: number, value: Typed, bold?: boolean): void => {
    const cell: ExampleCell = isFormatted(value)
      ? { row: row - 1, col, value: value.number, numberFormat: value.format }
      : { row: row - 1, col, value };
    if (bold) cell.bold = true;
    cells.push(cell);
  };

  put(ROW.title, 0, TITLE, true);
  HEADERS.forEach((header, col) => put(ROW.header, col, header, true));

  INDICATORS.forEach((line, index) => {
    const row = ROW.firstIndicator + index;
    const previous = index > 0 ? INDICATORS[index - 1] : undefined;
    // Like a real sheet: a category is written once, on the first row of its group.
    if (previous?.level1 !== line.level1) put(row, 0, line.level1);
    if (previous?.level1 !== line.level1 || previous?.level2 !== line.level2) put(row, 1, line.level2);
    put(row, 2, line.name);
    put(row, 3, line.target);
    put(row, 4, line.actual);
    put(row, 5, line.reportedRate);
    put(row, 6, line.weight);
    if (line.remark) put(row, 7, line.remark);
  });

  put(ROW.budgetTitle, 0, '预算执行情况', true);
  put(ROW.budgetPlanned, 0, '年度预算（万元）');
  put(ROW.budgetPlanned, 1, amount(BUDGET.planned.amount));
  put(ROW.budgetPlanned, 2, BUDGET.planned.note);
  put(ROW.budgetSpent, 0, '决算支出（万元）');
  put(ROW.budgetSpent, 1, amount(BUDGET.spent.amount));
  put(ROW.budgetSpent, 2, BUDGET.spent.note);

  MANAGEMENT_HEADERS.forEach((header, col) => put(ROW.managementHeader, col, header, true));
  MANAGEMENT.forEach((line, index) => {
    const row = ROW.firstManagement + index;
    put(row, 0, line.item);
    put(row, 1, line.weight);
    put(row, 2, line.value);
    put(row, 3, line.rule);
    put(row, 4, line.note);
  });

  put(ROW.profile, 0, '评分规则', true);
  put(ROW.profile, 1, 'guangzhou-dept');

  const lastIndicator = ROW.firstIndicator + INDICATORS.length - 1;
  const lastManagement = ROW.firstManagement + MANAGEMENT.length - 1;
  const column = (name: string, letter: string, first: number, last: number): NameAdd => ({
    name,
    scope: 'workbook',
    formula: absoluteRange(sheetName, letter, first, last),
  });
  const names: NameAdd[] = [
    column('PE_Categories', 'B', ROW.firstIndicator, lastIndicator),
    column('PE_Names', 'C', ROW.firstIndicator, lastIndicator),
    column('PE_Targets', 'D', ROW.firstIndicator, lastIndicator),
    column('PE_Actuals', 'E', ROW.firstIndicator, lastIndicator),
    column('PE_ReportedRates', 'F', ROW.firstIndicator, lastIndicator),
    column('PE_Weights', 'G', ROW.firstIndicator, lastIndicator),
    column('PE_BudgetPlanned', 'B', ROW.budgetPlanned, ROW.budgetPlanned),
    column('PE_BudgetSpent', 'B', ROW.budgetSpent, ROW.budgetSpent),
    column('PE_MgmtItems', 'A', ROW.firstManagement, lastManagement),
    column('PE_MgmtWeights', 'B', ROW.firstManagement, lastManagement),
    column('PE_MgmtValues', 'C', ROW.firstManagement, lastManagement),
    column('PE_MgmtRules', 'D', ROW.firstManagement, lastManagement),
    column('PE_Profile', 'B', ROW.profile, ROW.profile),
  ];

  return {
    name: sheetName,
    cells,
    merges: [`A${ROW.title}:H${ROW.title}`],
    columnWidths: [...COLUMN_WIDTHS],
    names,
  };
}

/** Inserted again: 示例-绩效指标 (2), (3)… — the first name no sheet uses (case-insensitively, as Excel). */
export const EXAMPLE_SHEET_NAME = '示例-绩效指标';

/** The example's cells as one dense block from A1, so they are written in one assignment. */
export function exampleBlock(example: ExampleSheet): { values: WriteValue[][]; numberFormats: string[][] } {
  const rows = Math.max(...example.cells.map((c) => c.row)) + 1;
  const cols = Math.max(...example.cells.map((c) => c.col)) + 1;
  const values: WriteValue[][] = Array.from({ length: rows }, () => Array<WriteValue>(cols).fill(null));
  const numberFormats = Array.from({ length: rows }, () => Array<string>(cols).fill('General'));
  for (const cell of example.cells) {
    values[cell.row][cell.col] = cell.value;
    if (cell.numberFormat) numberFormats[cell.row][cell.col] = cell.numberFormat;
  }
  return { values, numberFormats };
}

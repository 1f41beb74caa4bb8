/**
 * Every wording detection knows, as data (one rule in one place). Collected from published
 * 绩效自评表: the national 项目支出 / 部门整体支出 forms (财预〔2020〕10号 and the later form that splits
 * 年度指标值 into 指标性质 | 指标值 | 度量单位), 广东/广州 部门整体支出 (关键指标, 履职效能 / 管理效率),
 * 四川 (完成值, 权重, 未完成原因分析, 调整后预算数 / 预算执行数), 安徽 / 湖南 / 云南 / 河北 / 山西 / 宁夏 /
 * 北京 / 上海 variants (全年实际值, 实际完成值, 年度实现值, 备注 …).
 *
 * Texts are compared as keys (see text.ts `headerKey`): no whitespace, no trailing bracketed unit or
 * points (（万元）, (50分)), no leading year (2023年度), no trailing colon. `exact` wordings are
 * tried first, in order (earlier = preferred); `contains` only when no exact wording of any role
 * matched.
 */

/** What a column of the indicator table holds. */
export type ColumnRole =
  | 'category1'
  | 'category2'
  | 'names'
  | 'targets'
  | 'targetNature'
  | 'targetUnit'
  | 'actuals'
  | 'weights'
  | 'reportedRates'
  | 'reasons'
  /** The department's own 得分: left alone (never read, never written). */
  | 'scores'
  /** 绩效指标 / 年度绩效指标: a label merged down the table's left edge, never data. */
  | 'label'
  | 'sequence';

export interface RoleWordings {
  role: ColumnRole;
  exact: readonly string[];
  contains?: readonly string[];
}

// prettier-ignore
export const COLUMN_WORDINGS: readonly RoleWordings[] = [
  { role: 'category1', exact: ['一级指标', '一级指标名称', '指标类别', '一级'] },
  { role: 'category2', exact: ['二级指标', '二级指标名称', '二级'] },
  { role: 'names', exact: ['三级指标', '指标名称', '关键指标', '三级指标名称', '绩效指标名称', '指标内容', '具体指标', '三级', '指标'] },
  { role: 'targets', exact: ['年度目标值', '年度指标值', '年度目标', '目标值', '预期目标值', '指标值', '预期指标值', '全年目标值', '年度计划值', '计划值', '绩效目标值', '指标目标值', '年初目标值', '预期目标', '年初设定目标', '预期值', '目标'], contains: ['目标值', '指标值'] },
  { role: 'targetNature', exact: ['指标性质', '指标方向', '指标类型', '运算符号', '符号'] },
  { role: 'targetUnit', exact: ['度量单位', '计量单位', '单位'] },
  { role: 'actuals', exact: ['年度实现值', '实际完成值', '全年实际值', '完成值', '实际值', '实现值', '全年完成值', '年度完成值', '实际完成', '实际完成数', '实际完成情况', '完成情况', '全年实际完成值', '年度实际完成值', '实际达到值', '实际达成值', '实际'], contains: ['实际完成', '实现值', '完成值', '实际值'] },
  { role: 'weights', exact: ['分值', '权重', '指标分值', '标准分值', '指标权重', '权重分值', '分数', '满分'], contains: ['分值', '权重'] },
  { role: 'reportedRates', exact: ['指标完成率', '完成率', '完成比例', '完成百分比', '目标完成率'], contains: ['完成率'] },
  { role: 'reasons', exact: ['偏差原因', '备注', '偏差原因分析及改进措施', '偏差原因分析', '未完成原因分析', '未完成原因', '原因分析', '偏差原因及改进措施'], contains: ['原因'] },
  { role: 'scores', exact: ['得分', '自评得分', '评分', '实际得分', '指标得分', '自评分'], contains: ['得分'] },
  { role: 'label', exact: ['绩效指标', '年度绩效指标', '绩效目标', '产出及效益'] },
  { role: 'sequence', exact: ['序号', '编号'] },
];

/**
 * The order `contains` fall-backs are tried in: the narrower words first, so 目标值完成率 is a rate and
 * 实际完成值得分 a score, not a target or an actual.
 */
export const CONTAINS_ORDER: readonly ColumnRole[] = [
  'reportedRates',
  'scores',
  'reasons',
  'actuals',
  'targets',
  'weights',
];

/** The roles that make a row an indicator-table header (with a target or actual among them). */
export const CORE_ROLES: readonly ColumnRole[] = [
  'category1',
  'category2',
  'names',
  'targets',
  'actuals',
  'weights',
  'reportedRates',
];

/**
 * Words of a 指标性质 cell, turned into the operator they stand for when a split target is read as one
 * text (定性 adds nothing: the value column says the level). Used by readInput for any named sheet.
 */
// prettier-ignore
export const TARGET_NATURE_WORDS: Readonly<Record<string, string>> = {
  正向指标: '≥', 正向: '≥', 反向指标: '≤', 反向: '≤', 定性指标: '', 定性: '', 定量指标: '', 定量: '',
  等于: '=', 大于等于: '≥', 小于等于: '≤', 大于: '>', 小于: '<',
};

/** A row whose label is one of these (as a key prefix) ends the indicator table: totals. */
export const TOTAL_WORDS: readonly string[] = ['合计', '总分', '总计', '总得分', '自评总分', '综合得分'];
/** …followed by at most this many characters (合计得分 yes, 合计培训人次 no). */
export const TOTAL_WORD_SLACK = 2;

/** Subtotal rows inside a table: read as non-indicator rows (readInput blanks them). */
export const SUBTOTAL_WORDS: readonly string[] = ['小计'];

/**
 * A cell that starts another part of the form ends the indicator table (key prefix, the rest of the
 * key no longer than BLOCK_WORD_SLACK characters, so a reason text mentioning 预算执行 does not).
 */
// prettier-ignore
export const BLOCK_START_WORDS: readonly string[] = [
  '预算执行情况', '预算执行', '年度资金总额', '资金总额', '项目资金', '年度预算数', '预算资金',
  '管理效率', '管理项目', '年度总体目标', '总体目标', '评价结论', '存在问题', '改进措施', '项目负责人',
  '财务负责人', '填报人', '联系人', '部门整体支出', '年度主要任务', '主要任务',
];
export const BLOCK_WORD_SLACK = 6;

/** Budget block, column form: the header words of its columns (earlier = preferred). */
// prettier-ignore
export const BUDGET_COLUMN_WORDS = {
  planned: ['全年预算数', '调整后预算数', '调整后预算', '全年预算', '预算调整数', '年度预算数', '年度预算', '预算数'],
  initial: ['年初预算数', '年初预算'],
  spent: ['全年执行数', '预算执行数', '执行数', '实际执行数', '全年支出数', '实际支出数', '决算数', '决算支出'],
  rate: ['执行率', '预算执行率', '资金执行率'],
} as const;

/** The row of the column form that holds the whole budget (其中… rows below it are parts). */
export const BUDGET_TOTAL_ROW_WORDS: readonly string[] = ['年度资金总额', '资金总额', '总额', '合计', '总计'];

/** Budget block, label–value form: a label cell with its amount to its right. */
// prettier-ignore
export const BUDGET_LABEL_WORDS = {
  planned: ['年度预算', '年度预算数', '全年预算数', '调整后预算数', '预算数', '全年预算'],
  spent: ['决算支出', '决算数', '实际支出', '全年执行数', '执行数', '支出数', '全年支出', '预算执行数'],
  rate: ['预算执行率', '执行率', '部门预算资金支出率', '资金支出率'],
} as const;

/** 管理效率 block: the header words of its four columns (earlier = preferred). */
// prettier-ignore
export const MANAGEMENT_COLUMN_WORDS = {
  items: ['管理项目', '管理事项', '管理指标', '评价项目', '考核项目', '评价内容', '考核内容', '项目', '三级指标', '指标名称'],
  weights: ['分值', '权重', '标准分值', '指标分值'],
  values: ['实际值', '完成值', '实际完成值', '评价结果', '实际情况', '数值', '实际'],
  rules: ['规则', '评分规则', '扣分规则', '计分规则', '计分方式', '扣分方式', '扣分标准'],
} as const;

/** A label whose right-hand cell names the profile (the example sheet's 评分规则 | guangzhou-dept). */
export const PROFILE_LABEL_WORDS: readonly string[] = ['评分规则', '评分方案', 'PE_Profile'];

/**
 * Texts that decide the profile (docs/workbook-contract.md §5). Labels, not prose: a reason that
 * mentions 管理效率 or 满意度 in a sentence decides nothing. `prefix`: the cell's key starts with a
 * word (at most `slack` more characters); otherwise it contains one, in a cell of at most `maxLength`.
 */
export const PROFILE_WORDS = {
  /** The Guangzhou department form (履职效能 50 + 管理效率 50): a part labelled so. */
  guangzhou: { words: ['履职效能', '管理效率'], prefix: true, slack: 8 },
  /** A project form: the title or head block says so (titles are long). */
  project: { words: ['项目支出', '项目名称'], prefix: false, maxLength: 60 },
  /** …with a satisfaction category … */
  satisfaction: { words: ['满意度指标', '满意度'], prefix: false, maxLength: 16 },
  /** …and a budget execution line. */
  budgetLine: { words: ['预算执行率', '执行率', '年度资金总额'], prefix: false, maxLength: 16 },
} as const;

/**
 * Every word the pane shows, zh-CN first and en-US beside (docs/pane-design.md, "Wording").
 * Placeholders are written {name} and filled by `format`. Chinese is the default language.
 */
import type { Grade, ProfileId } from '../engine/types';

export type Locale = 'zh-CN' | 'en-US';

const zhCN = {
  // docs/pane-design.md table, key for key
  scoreButton: '评分本表',
  paneButton: '绩效评分',
  running: '正在评分…',
  total: '自评得分',
  grade: '等级：{grade}',
  over150: '需调整目标（完成率超过150%，目标设置偏低）',
  under100: '未完成年度目标',
  review: '建议复核目标',
  error: '无法评分',
  deductions: '扣分明细',
  findings: '提示与错误',
  undo: '撤销本次评分',
  setupTitle: '本表尚未设置评分区域',
  detect: '自动识别表头',
  confirm: '确认并设置',
  useSelection: '用所选区域设为…',
  example: '插入示例表',
  protected: '工作表受保护，未写入任何内容。请撤销保护后重试。',
  // added by the pane
  title: '绩效评分',
  sheet: '工作表：{sheet}',
  profileLabel: '评分规则',
  'profile.guangzhou-dept': '广州市部门整体',
  'profile.national-project': '全国项目支出',
  'grade.优': '优',
  'grade.良': '良',
  'grade.中': '中',
  'grade.差': '差',
  outOf: '{score} / {points}',
  incomplete: '部分内容无法评分，总分只包含能评分的部分。详见“提示与错误”。',
  over150Short: '需调整目标',
  under100Short: '未完成',
  reviewShort: '建议复核',
  errorShort: '无法评分',
  lost: '−{points}',
  selectHint: '点击条目可在表中选中对应单元格',
  viewSummary: '查看评分汇总表',
  loading: '正在读取工作表…',
  scoredSheet: '评分结果：工作表 {sheet}',
  scoredOk: '已评分：{total} 分，等级 {grade}。',
  undone: '已撤销本次评分，表格已恢复。',
  refused: '无法评分本表',
  failed: '评分未完成',
  actionFailed: '操作未完成',
  setupHint:
    '评分器已按表头找到下列区域。核对无误后点“确认并设置”，或直接点“评分本表”；识别不对的，选中区域后用“用所选区域设为…”指定。',
  detectFound: '识别到以下区域：',
  detectMissing: '未找到必需的表头：{names}',
  cancel: '取消',
  namesDefined: '已设置 {count} 个评分区域。',
  nameDefined: '已将 {address} 设为 {name}。',
  exampleInserted: '已插入示例表“{sheet}”，可直接点击“评分本表”。',
  profileSession: '本表没有 PE_Profile 单元格，所选评分规则只用于本次打开期间的评分。',
  profileSaved: '评分规则已写入 PE_Profile。',
  'problem.no-table': '没有找到包含“年度目标值”“年度实现值”的表头。请选中区域后用“用所选区域设为…”逐个指定。',
  'problem.multi-area': '所选区域包含多个部分（{detail}），请只选一列。',
  'problem.selection-shape': '所选区域 {detail} 的形状不对：预算和评分规则要选一个单元格，其余选一列。',
  'problem.other-sheet': '该单元格不在当前工作表上。',
  'problem.office-error': 'Excel 未能完成操作：{detail}',
  // setup card and 评分区域 fold (issue 8)
  detecting: '正在按表头识别评分区域…',
  redetect: '重新识别',
  listSeparator: '、',
  setupChecklist: '按表头识别到的评分区域：',
  partFound: '已识别',
  partMissing: '未找到',
  partRequired: '必需',
  fromHeader: '表头“{header}”（{cell}）',
  profileChosen: '评分规则：{profile}',
  profileWhy: '依据：{reason}',
  detectProblem: '无法自动识别：{problem}',
  detectProblemHint: '请选中各区域后用“用所选区域设为…”逐个指定，或先看示例表。',
  rangesTitle: '评分区域（已设置 {set} / {total}）',
  rangeSet: '已设置：{address}',
  rangeBroken: '名称无法使用：{message}',
  rangeUnset: '未设置',
  rangeProposal: '识别到 {address}',
  rangeOptional: '可选，未设置不影响评分',
  useSelectionShort: '用所选区域',
  useSelectionFor: '用所选区域设为 {name}（{label}）',
  useDetectedRest: '按识别结果设置其余 {count} 项',
  missingRequired:
    '本表还缺少必需的评分区域：{names}。可按识别结果设置，或选中区域后点该项旁的“用所选区域”。',
  scoredDetected: '评分区域为按表头自动识别，已设为本表的名称，下次评分读取相同单元格（详见“评分汇总”）。',
  layoutDetected: '评分区域：按表头自动识别',
  profileFromDetection: '按识别结果选用评分规则“{profile}”。',
  // A range's label and what its absence costs: Chinese as detection words it (one place), passed in.
  'label.PE_Targets': '{text}',
  'label.PE_Actuals': '{text}',
  'label.PE_Weights': '{text}',
  'label.PE_Categories': '{text}',
  'label.PE_Names': '{text}',
  'label.PE_ReportedRates': '{text}',
  'label.PE_ManualScores': '{text}',
  'label.PE_Reasons': '{text}',
  'label.PE_BudgetPlanned': '{text}',
  'label.PE_BudgetSpent': '{text}',
  'label.PE_BudgetRate': '{text}',
  'label.PE_MgmtItems': '{text}',
  'label.PE_MgmtWeights': '{text}',
  'label.PE_MgmtValues': '{text}',
  'label.PE_MgmtRules': '{text}',
  'label.PE_Profile': '{text}',
  'cost.PE_Targets': '{text}',
  'cost.PE_Actuals': '{text}',
  'cost.PE_Weights': '{text}',
  'cost.PE_Categories': '{text}',
  'cost.PE_Names': '{text}',
  'cost.PE_ReportedRates': '{text}',
  'cost.PE_ManualScores': '{text}',
  'cost.PE_Reasons': '{text}',
  'cost.PE_BudgetPlanned': '{text}',
  'cost.PE_BudgetSpent': '{text}',
  'cost.PE_BudgetRate': '{text}',
  'cost.PE_MgmtItems': '{text}',
  'cost.PE_MgmtWeights': '{text}',
  'cost.PE_MgmtValues': '{text}',
  'cost.PE_MgmtRules': '{text}',
  'cost.PE_Profile': '{text}',
  'level.error': '错误',
  'level.warning': '提示',
  'level.info': '说明',
  noItems: '无',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  bootNoOffice: '无法加载 Office.js（可能被网络拦截），加载项无法运行。请检查网络后重新打开。',
  bootOldWebview: '此版本的 Office 无法运行本加载项，请升级 Office 或使用 Excel 网页版。',
  bootNotExcel: '请在 Excel 中打开此加载项',
};

export type StringKey = keyof typeof zhCN;

const enUS: Record<StringKey, string> = {
  scoreButton: 'Score this sheet',
  paneButton: 'Performance scoring',
  running: 'Scoring…',
  total: 'Self-evaluation score',
  grade: 'Grade: {grade}',
  over150: 'Target needs revision (over 150%, target set too low)',
  under100: 'Annual target not met',
  review: 'Target worth reviewing',
  error: 'Cannot be scored',
  deductions: 'Deductions',
  findings: 'Notes and errors',
  undo: 'Undo last scoring',
  setupTitle: 'This sheet has no scoring ranges yet',
  detect: 'Detect from headers',
  confirm: 'Confirm and define',
  useSelection: 'Use the selection as…',
  example: 'Insert example sheet',
  protected: 'The sheet is protected; nothing was written. Unprotect it and try again.',
  title: 'Performance scoring',
  sheet: 'Sheet: {sheet}',
  profileLabel: 'Scoring rules',
  'profile.guangzhou-dept': 'Guangzhou department-wide',
  'profile.national-project': 'National project spending',
  'grade.优': 'Excellent',
  'grade.良': 'Good',
  'grade.中': 'Fair',
  'grade.差': 'Poor',
  outOf: '{score} / {points}',
  incomplete:
    'Part of the sheet could not be scored; the total covers only what could. See “Notes and errors”.',
  over150Short: 'Target needs revision',
  under100Short: 'Not met',
  reviewShort: 'Worth reviewing',
  errorShort: 'Cannot be scored',
  lost: '−{points}',
  selectHint: 'Click an item to select its cell in the sheet',
  viewSummary: 'View the summary sheet',
  loading: 'Reading the sheet…',
  scoredSheet: 'Results for sheet {sheet}',
  scoredOk: 'Scored: {total}, grade {grade}.',
  undone: 'The last scoring was undone; the sheet is as it was.',
  refused: 'This sheet cannot be scored',
  failed: 'Scoring did not finish',
  actionFailed: 'The action did not finish',
  setupHint:
    'The scorer found the ranges below from the headers. Check them and click “Confirm and define”, or simply “Score this sheet”; where one is wrong, select the cells and use “Use the selection as…”.',
  detectFound: 'Found these ranges:',
  detectMissing: 'Required headers not found: {names}',
  cancel: 'Cancel',
  namesDefined: '{count} scoring ranges defined.',
  nameDefined: '{address} is now {name}.',
  exampleInserted: 'Example sheet “{sheet}” inserted; click “Score this sheet” to try it.',
  profileSession: 'This sheet has no PE_Profile cell; the chosen rules apply to this session’s scoring only.',
  profileSaved: 'The scoring rules were written to PE_Profile.',
  'problem.no-table':
    'No header with 年度目标值 / 年度实现值 was found. Select each range and use “Use the selection as…”.',
  'problem.multi-area': 'The selection has several parts ({detail}); select a single column.',
  'problem.selection-shape':
    'The selection {detail} has the wrong shape: one cell for budget and rules names, one column for the others.',
  'problem.other-sheet': 'That cell is not on the active sheet.',
  'problem.office-error': 'Excel could not complete the action: {detail}',
  detecting: 'Finding the scoring ranges from the headers…',
  redetect: 'Detect again',
  listSeparator: ', ',
  setupChecklist: 'Scoring ranges found from the headers:',
  partFound: 'Found',
  partMissing: 'Not found',
  partRequired: 'Required',
  fromHeader: 'header “{header}” ({cell})',
  profileChosen: 'Scoring rules: {profile}',
  profileWhy: 'Why (from the sheet): {reason}',
  detectProblem: 'Could not detect the table: {problem}',
  detectProblemHint: 'Select each range and use “Use the selection as…”, or look at the example sheet first.',
  rangesTitle: 'Scoring ranges ({set} of {total} set)',
  rangeSet: 'Set: {address}',
  rangeBroken: 'Name cannot be used: {message}',
  rangeUnset: 'Not set',
  rangeProposal: 'Detected: {address}',
  rangeOptional: 'Optional; scoring does not need it',
  useSelectionShort: 'Use selection',
  useSelectionFor: 'Use the selection as {name} ({label})',
  useDetectedRest: 'Define the other {count} as detected',
  missingRequired:
    'This sheet still lacks required ranges: {names}. Define them as detected, or select the cells and click “Use selection” beside the item.',
  scoredDetected:
    'The ranges were detected from the headers and defined as this sheet’s names; the next scoring reads the same cells (see 评分汇总).',
  layoutDetected: 'Scoring ranges: detected from the headers',
  profileFromDetection: 'Scoring rules “{profile}” chosen as detected.',
  'label.PE_Targets': 'Annual target',
  'label.PE_Actuals': 'Actual value',
  'label.PE_Weights': 'Points (分值)',
  'label.PE_Categories': 'Category (一级/二级指标)',
  'label.PE_Names': 'Indicator name',
  'label.PE_ReportedRates': 'Completion rate (as reported)',
  'label.PE_ManualScores': 'Manual score',
  'label.PE_Reasons': 'Reason for deviation',
  'label.PE_BudgetPlanned': 'Annual budget',
  'label.PE_BudgetSpent': 'Final spending',
  'label.PE_BudgetRate': 'Budget execution rate',
  'label.PE_MgmtItems': 'Management items',
  'label.PE_MgmtWeights': 'Management points',
  'label.PE_MgmtValues': 'Management values',
  'label.PE_MgmtRules': 'Management rules',
  'label.PE_Profile': 'Scoring rules',
  'cost.PE_Targets': 'No annual targets: the sheet cannot be scored',
  'cost.PE_Actuals': 'No actual values: the sheet cannot be scored',
  'cost.PE_Weights':
    'No points column: each section’s points are split equally among its indicators (with a note)',
  'cost.PE_Categories': 'No category column: all indicators are scored as one group (with a note)',
  'cost.PE_Names': 'No indicator names: notes refer to indicators by cell address',
  'cost.PE_ReportedRates': 'No reported completion rates: the department’s own rates are not checked',
  'cost.PE_ManualScores': 'No manual scores: every indicator is scored by the rules',
  'cost.PE_Reasons': 'No reasons for deviation: results carry no reasons',
  'cost.PE_BudgetPlanned':
    'No budget execution data: the budget execution rate is not scored and the total is incomplete',
  'cost.PE_BudgetSpent':
    'No budget execution data: the budget execution rate is not scored and the total is incomplete',
  'cost.PE_BudgetRate':
    'No budget execution data: the budget execution rate is not scored and the total is incomplete',
  'cost.PE_MgmtItems': 'No management-efficiency table: 管理效率 gets full marks (with a note); please check',
  'cost.PE_MgmtWeights':
    'No management-efficiency table: 管理效率 gets full marks (with a note); please check',
  'cost.PE_MgmtValues':
    'No management-efficiency table: 管理效率 gets full marks (with a note); please check',
  'cost.PE_MgmtRules': 'No management-efficiency table: 管理效率 gets full marks (with a note); please check',
  'cost.PE_Profile': 'No scoring-rules cell: the rules chosen in the pane apply',
  'level.error': 'Error',
  'level.warning': 'Note',
  'level.info': 'Info',
  noItems: 'None',
  switchLanguage: '中文',
  switchLanguageLabel: '切换到中文',
  bootNoOffice: 'Office.js could not be loaded (perhaps blocked by the network); the add-in cannot run.',
  bootOldWebview: 'This version of Office cannot run the add-in. Update Office or use Excel on the web.',
  bootNotExcel: 'Open this add-in in Excel',
};

export const STRINGS: Record<Locale, Record<StringKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** Fills {placeholders}; a missing value leaves the placeholder visible rather than "undefined". */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const table = STRINGS[locale];
  return (key, values) => format(table[key], values);
}

/** Office's display language (e.g. "zh-CN", "zh-TW", "en-GB") -> the pane's locale; zh-CN when unknown. */
export function localeFromDisplayLanguage(language: string | undefined | null): Locale {
  if (!language) return 'zh-CN';
  return language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

export function gradeKey(grade: Grade): StringKey {
  return `grade.${grade}`;
}

export function profileKey(profile: ProfileId): StringKey {
  return `profile.${profile}`;
}

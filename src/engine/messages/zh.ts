/**
 * The engine's messages in Chinese, keyed by code: exactly the sentences the workbook's outputs, the
 * JSON and the CLI have always carried (findings, notes, deduction reasons). The parameters' types
 * are read off this table (EngineMessages) and every other language's table must word the same codes
 * with the same parameters (./en.ts). Figures arrive formatted (format.ts, rounding.ts).
 */
import { PROFILES } from '../profiles';
import type { ProfileId } from '../types';
import type { Message, Render } from './message';

/** "E12：" before a message that names its cell; nothing when the address is unknown. */
const at = (cell: string) => (cell ? `${cell}：` : '');
type Cell = { cell: string };
type Quoted = Cell & { value: string };
type Product = { product: Message };
/** A list of nested messages joined with the Chinese semicolon. */
const joined = (items: readonly Message[], r: Render) => items.map(r).join('；');

export const ENGINE_ZH = {
  // ---- parts of notes
  product: (p: { weight: string; rate: string; score: string }) =>
    `按分值${p.weight}分×${p.rate}计${p.score}分`,
  'product-exact': (p: { weight: string; rate: string; exact: string; score: string }) =>
    `按分值${p.weight}分×${p.rate}=${p.exact}分，计${p.score}分`,
  'deduction.none': () => '不扣分',
  'deduction.points': (p: { points: string }) => `扣${p.points}分`,
  'deduction.capped': (p: { deduction: Message }, r: Render) => `${r(p.deduction)}（扣完为止）`,
  'time.year-end': (p: { year: string }) => (p.year ? `${p.year}年底` : '年底'),
  'time.first-half': (p: { year: string }) => `${p.year ? `${p.year}年` : ''}上半年`,
  'time.second-half': (p: { year: string }) => `${p.year ? `${p.year}年` : ''}下半年`,
  'time.quarter': (p: { year: string; quarter: number }) =>
    `${p.year ? `${p.year}年` : ''}第${p.quarter}季度`,
  'time.month': (p: { year: string; month: number }) => `${p.year ? `${p.year}年` : ''}${p.month}月`,
  'time.day': (p: { year: string; month: number; day: number }) =>
    `${p.year ? `${p.year}年` : ''}${p.month}月${p.day}日`,
  // ---- what a cell is called in a message
  'field.target': () => '目标值',
  'field.actual': () => '实现值',
  'field.weight': () => '分值',
  'field.value': () => '实际值',
  'field.count': () => '计数',
  'field.deduction': () => '扣分',
  'field.budget-rate': () => '预算执行率',
  'field.planned': () => '年度预算',
  'field.spent': () => '决算支出',
  // ---- why a cell cannot be read (follows the quoted value)
  'why.blank': () => '为空',
  'why.error': (p: { error: string }) => `为错误值${p.error}`,
  'why.not-number': () => '不是数字',
  'why.unrecognised': () => '无法识别为数字',
  'why.negative': () => '为负数',
  'why.percent': () => '是百分比，不是数值',
  'why.not-rate': () => '不是比率',
  'why.date-cell': () => '是日期格式的单元格（Excel 把它当作日期），不是数值；请把单元格格式改为常规或数值',
  'why.not-answer': () => '无法判断是否达到目标',
  'why.not-time': () => '无法确定完成时间',
  'why.not-target': () => '不是可评价的目标',
  'why.operators': () => '的比较符号自相矛盾',
  'cell.unreadable': (p: Quoted & { field: Message; why: Message }, r: Render) =>
    `${at(p.cell)}${r(p.field)}“${p.value}”${r(p.why)}`,
  'cell.unreadable-bare': (p: Cell & { field: Message; why: Message }, r: Render) =>
    `${at(p.cell)}${r(p.field)}${r(p.why)}`,
  // ---- indicator notes (IndicatorResult.note)
  'note.full': (p: { rate: string; score: string }) => `完成率${p.rate}，得满分${p.score}分`,
  'note.full-target-zero': (p: { rate: string; score: string }) =>
    `目标为0，完成率${p.rate}，得满分${p.score}分`,
  'note.partial': (p: { rate: string } & Product, r: Render) => `完成率${p.rate}，${r(p.product)}`,
  'note.partial-target-zero': (p: { rate: string } & Product, r: Render) =>
    `目标为0，完成率${p.rate}，${r(p.product)}`,
  'note.over-half': (p: { rate: string; limit: number; score: string }) =>
    `完成率${p.rate}，超过${p.limit}%，按分值的一半计${p.score}分`,
  'note.over-full': (p: { rate: string; limit: number; score: string }) =>
    `完成率${p.rate}，超过${p.limit}%，仍计满分${p.score}分（目标设置偏低，需调整目标）`,
  'note.over-factor': (p: { rate: string; limit: number } & Product, r: Render) =>
    `完成率${p.rate}，超过${p.limit}%，${r(p.product)}`,
  'note.ceiling-exceeded': (p: { rate: string } & Product, r: Render) =>
    `实现值高于目标上限，完成率${p.rate}，${r(p.product)}`,
  'note.ceiling-met': (p: { rate: string; score: string }) =>
    `实现值未超过目标上限，完成率${p.rate}，得满分${p.score}分`,
  'note.ceiling-met-zero': (p: { rate: string; score: string }) =>
    `实现值未超过目标上限，完成率${p.rate}，得满分${p.score}分；实际为0，远低于目标上限，目标可能偏宽松，建议复核`,
  'note.ceiling-met-ratio': (p: { rate: string; score: string; ratio: string; limit: string }) =>
    `实现值未超过目标上限，完成率${p.rate}，得满分${p.score}分；目标÷实际=${p.ratio}，超过${p.limit}，目标可能偏宽松，建议复核`,
  'note.deadline-met': (p: { actual: string; when: Message; deadline: Message; score: string }, r: Render) =>
    `实现“${p.actual}”（${r(p.when)}），不晚于期限${r(p.deadline)}，得满分${p.score}分`,
  'note.deadline-late': (p: { actual: string; when: Message; deadline: Message; score: string }, r: Render) =>
    `实现“${p.actual}”（${r(p.when)}），晚于期限${r(p.deadline)}，未达到目标，计${p.score}分`,
  'note.answer-met': (p: { actual: string; score: string }) =>
    `实现“${p.actual}”，达到目标，得满分${p.score}分`,
  'note.answer-not-met': (p: { actual: string; score: string }) =>
    `实现“${p.actual}”，未达到目标，计${p.score}分`,
  'note.answer-partial': (p: { actual: string } & Product, r: Render) =>
    `实现“${p.actual}”，部分达到目标（差一级），${r(p.product)}`,
  'note.level-met': (p: { actual: string; score: string }) =>
    `实现“${p.actual}”，达到目标等级，得满分${p.score}分`,
  'note.level-short-zero': (p: { actual: string; levels: number; score: string }) =>
    `实现“${p.actual}”，比目标低${p.levels}个等级，计${p.score}分`,
  'note.level-short': (p: { actual: string; levels: number } & Product, r: Render) =>
    `实现“${p.actual}”，比目标低${p.levels}个等级，${r(p.product)}`,
  'note.detail': () => '明细行（其中项），无单独分值，不单独计分',
  'note.errors': (p: { problems: readonly Message[] }, r: Render) => joined(p.problems, r),
  'note.manual': (p: { score: string; why: Message }, r: Render) => `采用人工评分${p.score}分（${r(p.why)}）`,
  'manual.failed': (p: { problems: readonly Message[] }, r: Render) => `无法计算：${joined(p.problems, r)}`,
  'manual.computed': (p: { note: Message }, r: Render) => `计算结果：${r(p.note)}`,
  // ---- row problems and findings
  'manual.unreadable': (p: Quoted & { why: Message }, r: Render) =>
    `${p.cell}：人工评分“${p.value}”${r(p.why)}`,
  'manual.over-weight': (p: Cell & { score: string; weight: string }) =>
    `${p.cell}：人工评分${p.score}超过分值${p.weight}分`,
  'manual.used': (p: Cell & { name: string; score: string }) =>
    `${p.cell}：“${p.name}”采用人工评分${p.score}分`,
  'manual.problem': (p: { problem: Message }, r: Render) => `${r(p.problem)}（已采用人工评分）`,
  incomparable: (p: Quoted & { target: string; targetCell: string }) =>
    `${p.cell}：实现值“${p.value}”与目标值“${p.target}”（${p.targetCell}）类型不同，无法比较`,
  'not-applicable': (p: Quoted & { field: Message }, r: Render) =>
    `${p.cell}：${r(p.field)}“${p.value}”表示不适用，无法计分（不适用的指标请不填分值）`,
  'category.blank': (p: Cell) => `${at(p.cell)}类别为空，且上方没有可沿用的类别`,
  'category.unmatched': (p: Cell & { category: string; from: string; profile: ProfileId }) =>
    `${at(p.cell)}类别“${p.category}”${p.from ? `（沿用${p.from}）` : ''}无法对应到${PROFILES[p.profile].label['zh-CN']}的评分部分`,
  'operator-in-actual': (p: Quoted) =>
    `${at(p.cell)}实现值“${p.value}”含比较符号，已按其中的数值计算；实现值应填写实际完成的数值`,
  'unit-mismatch': (p: Cell & { actualUnit: string; targetUnit: string; targetCell: string }) =>
    `${p.cell}：实现值单位“${p.actualUnit}”与目标单位“${p.targetUnit}”（${p.targetCell}）不一致，仍按数值计算`,
  'ambiguous-percent': (p: Quoted & { field: Message; read: string }, r: Render) =>
    `${p.cell}：${r(p.field)}“${p.value}”按${p.read}%理解（另一侧为百分比），请确认`,
  'magnitude-assumed': (
    p: Quoted & { field: Message; otherCell: string; otherValue: string; read: string; ratio: string },
    r: Render,
  ) =>
    `${p.cell}：${r(p.field)}“${p.value}”未写单位，按${p.otherCell}“${p.otherValue}”的数量级读作${p.read}（按原数值两者之比为${p.ratio}，不合理），请确认`,
  'deadline-year': (p: Quoted & { year: number }) =>
    `${p.cell}：目标期限“${p.value}”未写年份，按实现值的年份${p.year}年比较`,
  'answer-for-number': (p: Quoted & { target: string; targetCell: string }) =>
    `${p.cell}：目标值“${p.target}”（${p.targetCell}）是数值，实现值“${p.value}”是文字，已按文字的含义计分；实现值应填写实际完成的数值`,
  'target-zero': (p: Cell) => `${p.cell}：目标值为0，完成率按100%计`,
  'duplicate-name': (p: Cell & { name: string; first: string }) =>
    `${p.cell}：指标名称“${p.name}”与${p.first}重复`,
  'section-weights': (p: { section: string; sum: string; points: number }) =>
    `${p.section}各指标分值合计${p.sum}分，应为${p.points}分，已按填写的分值计分`,
  'reported-rate-unreadable': (p: Quoted & { why: Message }, r: Render) =>
    `${p.cell}：报告完成率“${p.value}”${r(p.why)}，未核对`,
  'reported-rate-mismatch': (p: { reported: string; recomputed: string }) =>
    `报告完成率${p.reported}与重算${p.recomputed}%不一致`,
  'reported-score-unreadable': (p: Quoted & { why: Message }, r: Render) =>
    `${p.cell}：填报得分“${p.value}”${r(p.why)}`,
  'reported-score-over': (p: Cell & { reported: string; weight: string; score: string }) =>
    `${p.cell}：填报得分${p.reported}超过分值${p.weight}分（重算得分${p.score}）`,
  'reported-score-mismatch': (p: Cell & { reported: string; score: string; note: Message }, r: Render) =>
    `${p.cell}：填报得分${p.reported}与重算得分${p.score}不一致（${r(p.note)}）`,
  'no-categories': (p: { section: string; points: number }) =>
    `未提供指标类别，全部指标合为“${p.section}”一部分，共${p.points}分`,
  'placeholder-rows': (p: { rows: readonly Message[]; count: number }, r: Render) =>
    `${p.rows.map(r).join('、')}${p.count > p.rows.length ? '等' : ''}${p.count}行没有目标值、实现值和分值，视为模板空行，不作为指标`,
  'placeholder-row': (p: Cell & { value: string }) => (p.value ? `${p.cell}“${p.value}”` : p.cell),
  'section-empty': (p: { section: string; points: number }) => `${p.section}（${p.points}分）没有指标，得0分`,
  'equal-split': (p: { section: string; count: number; points: number }) =>
    `未提供分值，${p.section}的${p.count}个指标平均分配${p.points}分（末项取余数）`,
  'management-ignored-rules': () => 'PE_Rules 设定不含管理效率部分，管理效率扣分项未计入',
  'management-ignored': (p: { profile: ProfileId }) =>
    `${PROFILES[p.profile].label['zh-CN']}不含管理效率部分，管理效率扣分项未计入`,
  // ---- budget (BudgetResult.note and its findings)
  'budget.missing': () => '未填写预算执行数据（年度预算、决算支出或支出率），预算执行率未计分',
  'budget.no-planned': () => '未填写年度预算，预算执行率未计分',
  'budget.no-spent': () => '未填写决算支出，预算执行率未计分',
  'budget.planned-zero': (p: Cell) => `${p.cell}：年度预算为0，无法计算支出率`,
  'budget.rate': (p: { rate: string }) => `预算执行率${p.rate}`,
  'budget.spent-rate': (p: { rate: string; spent: string; planned: string }) =>
    `支出率${p.rate}（${p.spent}÷${p.planned}）`,
  'budget.full': (p: { how: Message; score: string }, r: Render) => `${r(p.how)}，得满分${p.score}分`,
  'budget.partial': (p: { how: Message } & Product, r: Render) => `${r(p.how)}，${r(p.product)}`,
  // ---- 管理效率 (DeductionResult.reason and its findings)
  'management-missing': (p: { points: number }) => `未填写管理效率扣分项，管理效率按满分${p.points}分计`,
  'management-error': (p: { error: Message; item: string }, r: Render) =>
    `${r(p.error)}（“${p.item}”未扣分）`,
  'management-overdrawn': (p: { deducted: string; points: number }) =>
    `管理效率扣分合计${p.deducted}分，超过${p.points}分，按0分计`,
  'rule.unknown': (p: Cell & { rule: string }) =>
    `${p.cell}：扣分规则“${p.rule}”无法识别（可用：比例、达标 X、计数 P、是否、扣分）`,
  'rule.not-yes-no': (p: Quoted) => `${p.cell}：实际值“${p.value}”不是“是/否”`,
  'rule.bad-bar': (p: Cell & { param: string }) => `${p.cell}：达标线“${p.param}”无法识别为数字`,
  'rule.bad-per': (p: Cell & { param: string }) => `${p.cell}：每个扣分“${p.param}”无法识别为数字`,
  'reason.yes-no': (p: { value: string; deduction: Message }, r: Render) => `${p.value}，${r(p.deduction)}`,
  'reason.ratio': (p: { rate: string; got: string; deduction: Message }, r: Render) =>
    `比例${p.rate}，得${p.got}分，${r(p.deduction)}`,
  'reason.threshold-met': (p: { value: string; bar: string }) => `实际值${p.value}，达到${p.bar}，不扣分`,
  'reason.threshold-missed': (p: { value: string; bar: string; deduction: Message }, r: Render) =>
    `实际值${p.value}，未达${p.bar}，${r(p.deduction)}`,
  'reason.per-count': (p: { count: string; per: string; deduction: Message }, r: Render) =>
    `计数${p.count}，每个扣${p.per}分，${r(p.deduction)}`,
  'reason.manual': (p: { points: string; deduction: Message }, r: Render) =>
    `人工扣分${p.points}分，${r(p.deduction)}`,
  // ---- PE_Rules
  /** One changed setting as 评分汇总 and the pane list it: "小数位 0（取整数）". */
  'rule-change': (p: { setting: string; label: string; value: string; text: string }) =>
    `${p.label} ${p.text}`,
  'rules-invalid': () => 'PE_Rules 的分值去掉了全部指标部分，各部分分值按基础规则计',
  'rules-total': (p: { total: string; sections: readonly Message[] }, r: Render) =>
    `PE_Rules 设定后各部分分值合计${p.total}分（${p.sections.map(r).join('、')}），不是100分，已按设定计分`,
  // why a PE_Rules value cannot be read (rulesSettings.ts)
  'rules.why.not-points': () => '不是分值',
  'rules.why.over-100': () => '超过100分',
  'rules.why.decimals': () => '超过两位小数',
  'rules.why.not-ratio': () => '不是比例',
  'rules.why.range': () => '不在0%～100%之间',
  'rules.why.over150': () => '应为“减半/half”、“不扣分/none”或0～1之间的系数（如0.5）',
  'rules.why.one-level': () => '应为分值的百分比（如60%）',
  'rules.why.decimals-value': () => '应为2、1或0',
  'rules.why.rounding': () => '应为“四舍五入/half-up”或“去尾/down”',
  'rules.why.base': () => '应为 guangzhou-dept 或 national-project',
  'rules.why.grades': () => '应为“优90 良80 中60”这样的三档下限，由高到低',
  'rules.section-points': (p: { section: string; points: number }) => `${p.section}${p.points}`,
  'rules-no-setting': (p: Quoted & { valueCell: string }) =>
    `${p.cell}：PE_Rules 这一行有值“${p.value}”（${p.valueCell}），但没有设置名称，已忽略`,
  'rules-unknown-setting': (p: Quoted & { settings: readonly string[] }) =>
    `${p.cell}：PE_Rules 的设置“${p.value}”无法识别（可用：${p.settings.join('、')}），已忽略`,
  'rules-duplicate': (p: Cell & { setting: string; label: string; earlier: string }) =>
    `${p.cell}：PE_Rules 的“${p.label}”重复（已在${p.earlier}设置），以${p.earlier}为准`,
  'rules-bad-value': (p: Quoted & { setting: string; label: string; why: MessageOrText }, r: Render) =>
    `${p.cell}：PE_Rules 的“${p.label}”值“${p.value}”无法识别（${r(p.why)}），该设置按基础规则`,
  // ---- next year's target (IndicatorResult.suggestionReason); figures carry the target's unit
  'suggestion.reason': (p: { why: Message; target: string }, r: Render) =>
    `指标值原则上不低于上年实际水平：${r(p.why)}，建议下年目标${p.target}`,
  'suggestion.actual': (p: { actual: string; step: string; direction: 'down' | 'up' }) =>
    `本年实际${p.actual}，按目标值的书写精度（${p.step}）${p.direction === 'down' ? '向下' : '向上'}取整`,
  'suggestion.trend': (p: Trend & { next: string; step: string; direction: 'down' | 'up' }) =>
    `${years(p)}，按趋势推算下年${p.next}，按目标值的书写精度（${p.step}）${p.direction === 'down' ? '向下' : '向上'}取整`,
  'suggestion.against-trend': (p: Trend & { trend: 'down' | 'up'; why: Message }, r: Render) =>
    `${years(p)}，趋势${p.trend === 'down' ? '向下' : '向上'}，仍按本年实际水平设定；${r(p.why)}`,
};

/** Earlier years' actuals up to this year's, and the average change a year (signed, with its unit). */
type Trend = { history: readonly string[]; actual: string; change: string };
const years = (p: Trend) => `历年实际${p.history.join('、')}至本年${p.actual}，年均变化${p.change}`;

/** A reason that is a message, or (still) Chinese text. */
type MessageOrText = Message | string;

/** Every engine message code with its parameters' types. */
export type EngineMessages = {
  [C in keyof typeof ENGINE_ZH]: Parameters<(typeof ENGINE_ZH)[C]> extends [infer P, ...unknown[]]
    ? P
    : Record<string, never>;
};

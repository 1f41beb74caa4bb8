/**
 * The engine's messages in English, code for code with ./zh.ts (the type checks that every code is
 * here with the same parameters). Only the pane loads this table, in its English chunk: the
 * workbook's outputs and the CLI stay Chinese. Quoted values and names are the officer's own text
 * and stay as written.
 */
import { PROFILES } from '../profiles';
import type { Message, MessageTable, Render } from './message';
import type { EngineMessages } from './zh';

/** The scorer's own Chinese terms (section, group and rule names) in English. */
export const TERMS_EN: Readonly<Record<string, string>> = {
  产出指标: 'Outputs',
  效益指标: 'Benefits',
  满意度指标: 'Satisfaction',
  成本指标: 'Costs',
  预算执行率: 'Budget execution',
  管理效率: 'Management efficiency',
  履职效能: 'Performance of duties',
  '绩效指标（未分类）': 'Indicators (uncategorised)',
  基础规则: 'base rules',
  小数位: 'decimals',
  取舍: 'rounding',
  '超过150%': 'over 150%',
  定性差一级: 'qualitative, one level short',
  等级: 'grades',
};

/** A scorer's term in English; anything else (the officer's own words) as written. */
export const termEn = (name: string): string => TERMS_EN[name] ?? name;

const GRADES_EN: Readonly<Record<string, string>> = { 优: 'Excellent', 良: 'Good', 中: 'Fair', 差: 'Poor' };

/** A changed PE_Rules setting from its canonical key and value (RuleChange.setting / value). */
function ruleChangeEn(setting: string, value: string): string {
  switch (setting) {
    case 'decimals':
      return `decimals ${value}`;
    case 'rounding':
      return value === 'down' ? 'rounding: cut down' : 'rounding: half up';
    case 'over150':
      if (value === '1') return 'over 150%: no cut (full marks)';
      return value === '0.5' ? 'over 150%: halved' : `over 150%: points × ${value}`;
    case 'qualitative-one-level':
      return `one level short: ${value} of the points`;
    case 'grades':
      return `grades ${value.replace(/([优良中差])(\d+)/g, (_w, g: string, n: string) => `${GRADES_EN[g]} ${n}`)}`;
    default:
      return value === '0' ? `${termEn(setting)} 0 (section removed)` : `${termEn(setting)} ${value} points`;
  }
}

/** "E12: " before a message that names its cell. */
const at = (cell: string) => (cell ? `${cell}: ` : '');
const joined = (items: readonly Message[], r: Render) => items.map(r).join('; ');
const year = (y: string) => (y ? ` ${y}` : '');
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const month = (m: number) => MONTHS[m - 1] ?? `month ${m}`;
const profileName = (id: keyof typeof PROFILES) => PROFILES[id].label['en-US'];
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const ENGINE_EN: MessageTable<EngineMessages> = {
  product: (p) => `${p.weight} points × ${p.rate} = ${p.score}`,
  'product-exact': (p) => `${p.weight} points × ${p.rate} = ${p.exact}, scored ${p.score}`,
  'deduction.none': () => 'no deduction',
  'deduction.points': (p) => `${p.points} deducted`,
  'deduction.capped': (p, r) => `${r(p.deduction)} (capped at the item's points)`,
  'time.year-end': (p) => `end of${p.year ? ` ${p.year}` : ' the year'}`,
  'time.first-half': (p) => `first half${year(p.year)}`,
  'time.second-half': (p) => `second half${year(p.year)}`,
  'time.quarter': (p) => `Q${p.quarter}${year(p.year)}`,
  'time.month': (p) => `${month(p.month)}${year(p.year)}`,
  'time.day': (p) => `${p.day} ${month(p.month)}${year(p.year)}`,
  'field.target': () => 'target',
  'field.actual': () => 'actual',
  'field.weight': () => 'points',
  'field.value': () => 'value',
  'field.count': () => 'count',
  'field.deduction': () => 'deduction',
  'field.budget-rate': () => 'budget execution rate',
  'field.planned': () => 'annual budget',
  'field.spent': () => 'final spending',
  'why.blank': () => 'is empty',
  'why.error': (p) => `is the error value ${p.error}`,
  'why.not-number': () => 'is not a number',
  'why.unrecognised': () => 'cannot be read as a number',
  'why.negative': () => 'is negative',
  'why.percent': () => 'is a percentage, not a number',
  'why.not-rate': () => 'is not a rate',
  'why.date-cell': () =>
    'is in a date-formatted cell (Excel takes it for a date), not a number; format the cell as General or Number',
  'why.not-answer': () => 'cannot be judged against the target',
  'why.not-time': () => 'gives no completion time',
  'why.not-target': () => 'is not a target that can be assessed',
  'why.operators': () => 'has contradictory comparison signs',
  'cell.unreadable': (p, r) => `${at(p.cell)}${r(p.field)} “${p.value}” ${r(p.why)}`,
  'cell.unreadable-bare': (p, r) => `${at(p.cell)}${r(p.field)} ${r(p.why)}`,
  'note.full': (p) => `Completion ${p.rate}: full marks, ${p.score}`,
  'note.full-target-zero': (p) => `Target 0, completion ${p.rate}: full marks, ${p.score}`,
  'note.partial': (p, r) => `Completion ${p.rate}: ${r(p.product)}`,
  'note.partial-target-zero': (p, r) => `Target 0, completion ${p.rate}: ${r(p.product)}`,
  'note.over-half': (p) => `Completion ${p.rate}, over ${p.limit}%: half the points, ${p.score}`,
  'note.over-full': (p) =>
    `Completion ${p.rate}, over ${p.limit}%: still full marks, ${p.score} (target set too low, needs revision)`,
  'note.over-factor': (p, r) => `Completion ${p.rate}, over ${p.limit}%: ${r(p.product)}`,
  'note.ceiling-exceeded': (p, r) => `Actual above the ceiling, completion ${p.rate}: ${r(p.product)}`,
  'note.ceiling-met': (p) => `Actual within the ceiling, completion ${p.rate}: full marks, ${p.score}`,
  'note.ceiling-met-zero': (p) =>
    `Actual within the ceiling, completion ${p.rate}: full marks, ${p.score}; the actual is 0, far below the ceiling: the target may be loose, worth reviewing`,
  'note.ceiling-met-ratio': (p) =>
    `Actual within the ceiling, completion ${p.rate}: full marks, ${p.score}; target ÷ actual = ${p.ratio}, over ${p.limit}: the target may be loose, worth reviewing`,
  'note.deadline-met': (p, r) =>
    `Done “${p.actual}” (${r(p.when)}), not later than the deadline ${r(p.deadline)}: full marks, ${p.score}`,
  'note.deadline-late': (p, r) =>
    `Done “${p.actual}” (${r(p.when)}), later than the deadline ${r(p.deadline)}: target not met, ${p.score}`,
  'note.answer-met': (p) => `Answered “${p.actual}”: target met, full marks, ${p.score}`,
  'note.answer-not-met': (p) => `Answered “${p.actual}”: target not met, ${p.score}`,
  'note.answer-partial': (p, r) =>
    `Answered “${p.actual}”: target partly met (one level short), ${r(p.product)}`,
  'note.level-met': (p) => `Achieved “${p.actual}”: target level met, full marks, ${p.score}`,
  'note.level-short-zero': (p) =>
    `Achieved “${p.actual}”: ${plural(p.levels, 'level')} below the target, ${p.score}`,
  'note.level-short': (p, r) =>
    `Achieved “${p.actual}”: ${plural(p.levels, 'level')} below the target, ${r(p.product)}`,
  'note.detail': () => 'Detail row (of which …): no points of its own, not scored separately',
  'note.errors': (p, r) => joined(p.problems, r),
  'note.manual': (p, r) => `Manual score ${p.score} used (${r(p.why)})`,
  'manual.failed': (p, r) => `cannot be computed: ${joined(p.problems, r)}`,
  'manual.computed': (p, r) => `computed: ${r(p.note)}`,
  'manual.unreadable': (p, r) => `${p.cell}: manual score “${p.value}” ${r(p.why)}`,
  'manual.over-weight': (p) => `${p.cell}: manual score ${p.score} is above the ${p.weight} points`,
  'manual.used': (p) => `${p.cell}: “${p.name}” uses the manual score ${p.score}`,
  'manual.problem': (p, r) => `${r(p.problem)} (manual score used)`,
  incomparable: (p) =>
    `${p.cell}: actual “${p.value}” and target “${p.target}” (${p.targetCell}) are of different kinds and cannot be compared`,
  'not-applicable': (p, r) =>
    `${p.cell}: ${r(p.field)} “${p.value}” means not applicable and cannot be scored (leave the points of a not-applicable indicator empty)`,
  'category.blank': (p) => `${at(p.cell)}the category is empty and there is none above to carry down`,
  'category.unmatched': (p) =>
    `${at(p.cell)}category “${p.category}”${p.from ? ` (carried down from ${p.from})` : ''} matches no section of ${profileName(p.profile)}`,
  'operator-in-actual': (p) =>
    `${at(p.cell)}actual “${p.value}” has a comparison sign; its number was used. Enter the actual figure achieved`,
  'unit-mismatch': (p) =>
    `${p.cell}: the actual's unit “${p.actualUnit}” differs from the target's unit “${p.targetUnit}” (${p.targetCell}); compared as numbers`,
  'ambiguous-percent': (p, r) =>
    `${p.cell}: ${r(p.field)} “${p.value}” read as ${p.read}% (the other side is a percentage); please check`,
  'magnitude-assumed': (p, r) =>
    `${p.cell}: ${r(p.field)} “${p.value}” has no unit; read as ${p.read} in the magnitude of ${p.otherCell} “${p.otherValue}” (as written the ratio would be ${p.ratio}, implausible); please check`,
  'deadline-year': (p) =>
    `${p.cell}: deadline “${p.value}” has no year; compared in the actual's year ${p.year}`,
  'answer-for-number': (p) =>
    `${p.cell}: target “${p.target}” (${p.targetCell}) is a number but actual “${p.value}” is words; scored by what the words say. Enter the actual figure achieved`,
  'target-zero': (p) => `${p.cell}: target is 0; completion counted as 100%`,
  'duplicate-name': (p) => `${p.cell}: indicator name “${p.name}” repeats ${p.first}`,
  'section-weights': (p) =>
    `${termEn(p.section)}: the indicators' points add up to ${p.sum}, not ${p.points}; scored with the points as entered`,
  'reported-rate-unreadable': (p, r) =>
    `${p.cell}: reported completion rate “${p.value}” ${r(p.why)}; not checked`,
  'reported-rate-mismatch': (p) =>
    `Reported completion rate ${p.reported} differs from the recomputed ${p.recomputed}%`,
  'reported-score-unreadable': (p, r) => `${p.cell}: reported score “${p.value}” ${r(p.why)}`,
  'reported-score-over': (p) =>
    `${p.cell}: reported score ${p.reported} is above the ${p.weight} points (recomputed ${p.score})`,
  'reported-score-mismatch': (p, r) =>
    `${p.cell}: reported score ${p.reported} differs from the recomputed ${p.score} (${r(p.note)})`,
  'no-categories': (p) =>
    `No indicator categories: all indicators form one part, “${termEn(p.section)}”, worth ${p.points} points`,
  'placeholder-rows': (p, r) =>
    `${p.rows.map(r).join(', ')}${p.count > p.rows.length ? ' …' : ''}: ${plural(p.count, 'row')} without target, actual or points, taken for template rows and not scored`,
  'placeholder-row': (p) => (p.value ? `${p.cell} “${p.value}”` : p.cell),
  'section-empty': (p) => `${termEn(p.section)} (${p.points} points) has no indicators and scores 0`,
  'equal-split': (p) =>
    `No points column: the ${plural(p.count, 'indicator')} of ${termEn(p.section)} share its ${p.points} points equally (the last takes the remainder)`,
  'management-ignored-rules': () =>
    'PE_Rules leaves out Management efficiency; its deduction items were not counted',
  'management-ignored': (p) =>
    `${profileName(p.profile)} has no Management efficiency section; its deduction items were not counted`,
  'budget.missing': () =>
    'No budget execution data (annual budget, final spending or rate): budget execution not scored',
  'budget.no-planned': () => 'No annual budget: budget execution not scored',
  'budget.no-spent': () => 'No final spending: budget execution not scored',
  'budget.planned-zero': (p) => `${p.cell}: the annual budget is 0; the spending rate cannot be computed`,
  'budget.rate': (p) => `Budget execution rate ${p.rate}`,
  'budget.spent-rate': (p) => `Spending rate ${p.rate} (${p.spent} ÷ ${p.planned})`,
  'budget.full': (p, r) => `${r(p.how)}: full marks, ${p.score}`,
  'budget.partial': (p, r) => `${r(p.how)}: ${r(p.product)}`,
  'management-missing': (p) =>
    `No management-efficiency items: Management efficiency gets full marks, ${p.points} points`,
  'management-error': (p, r) => `${r(p.error)} (“${p.item}” not deducted)`,
  'management-overdrawn': (p) =>
    `Management-efficiency deductions add up to ${p.deducted}, more than ${p.points} points: scored 0`,
  'rule.unknown': (p) =>
    `${p.cell}: deduction rule “${p.rule}” is not known (use ratio, threshold X, per-count P, yes-no or manual)`,
  'rule.not-yes-no': (p) => `${p.cell}: value “${p.value}” is not yes or no`,
  'rule.bad-bar': (p) => `${p.cell}: threshold “${p.param}” cannot be read as a number`,
  'rule.bad-per': (p) => `${p.cell}: per-count deduction “${p.param}” cannot be read as a number`,
  'reason.yes-no': (p, r) => `${p.value}: ${r(p.deduction)}`,
  'reason.ratio': (p, r) => `Ratio ${p.rate}: ${p.got} points kept, ${r(p.deduction)}`,
  'reason.threshold-met': (p) => `Value ${p.value} reaches ${p.bar}: no deduction`,
  'reason.threshold-missed': (p, r) => `Value ${p.value} below ${p.bar}: ${r(p.deduction)}`,
  'reason.per-count': (p, r) => `Count ${p.count}, ${p.per} points each: ${r(p.deduction)}`,
  'reason.manual': (p, r) => `Manual deduction ${p.points} points: ${r(p.deduction)}`,
  'rule-change': (p) => ruleChangeEn(p.setting, p.value),
  'rules-invalid': () =>
    'PE_Rules removes every indicator section; the section points of the base rules apply',
  'rules-total': (p, r) =>
    `With PE_Rules the sections add up to ${p.total} points (${p.sections.map(r).join(', ')}), not 100; scored as set`,
  'rules.why.not-points': () => 'not points',
  'rules.why.over-100': () => 'more than 100 points',
  'rules.why.decimals': () => 'more than two decimals',
  'rules.why.not-ratio': () => 'not a ratio',
  'rules.why.range': () => 'not between 0% and 100%',
  'rules.why.over150': () => 'use 减半/half, 不扣分/none or a factor between 0 and 1 (e.g. 0.5)',
  'rules.why.one-level': () => 'use a percentage of the points (e.g. 60%)',
  'rules.why.decimals-value': () => 'use 2, 1 or 0',
  'rules.why.rounding': () => 'use 四舍五入/half-up or 去尾/down',
  'rules.why.base': () => 'use guangzhou-dept or national-project',
  'rules.why.grades': () => 'use three lower bounds such as 优90 良80 中60, highest first',
  'rules.section-points': (p) => `${termEn(p.section)} ${p.points}`,
  'rules-no-setting': (p) =>
    `${p.cell}: this PE_Rules row has the value “${p.value}” (${p.valueCell}) but no setting name; ignored`,
  'rules-unknown-setting': (p) =>
    `${p.cell}: PE_Rules setting “${p.value}” is not known (use: ${p.settings.map(termEn).join(', ')}); ignored`,
  'rules-duplicate': (p) =>
    `${p.cell}: PE_Rules sets “${termEn(p.label)}” again (already at ${p.earlier}); ${p.earlier} applies`,
  'rules-bad-value': (p, r) =>
    `${p.cell}: PE_Rules “${termEn(p.label)}” value “${p.value}” cannot be read (${r(p.why)}); the base rule applies`,
  'suggestion.reason': (p, r) =>
    `a target should in principle not be below last year's actual level: ${r(p.why)}; suggested target for next year ${p.target}`,
  'suggestion.actual': (p) =>
    `this year's actual ${p.actual}, rounded ${p.direction} to the precision the target was written in (${p.step})`,
  'suggestion.trend': (p) =>
    `actuals ${p.history.join(', ')} up to this year's ${p.actual}, an average change of ${p.change} a year; the trend gives ${p.next} for next year, rounded ${p.direction} to the precision the target was written in (${p.step})`,
  'suggestion.against-trend': (p, r) =>
    `actuals ${p.history.join(', ')} up to this year's ${p.actual}, an average change of ${p.change} a year; the trend goes ${p.trend}, so this year's level is kept; ${r(p.why)}`,
};

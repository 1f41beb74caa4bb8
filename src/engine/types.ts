/**
 * The engine's public vocabulary. Pure data: no host, no DOM, no Node.
 * See ../shared/spec/scoring-rules.md (copied into docs/) for the rules these types carry.
 */
import type { Message } from './messages/message';

/** An Excel error value kept as a value (never thrown), e.g. { error: '#DIV/0!' }. */
export interface CellError {
  error: string;
}

/** What a cell holds, as a host reads it. Dates arrive as numbers (Excel serials). */
export type CellValue = number | string | boolean | null | CellError;

/** One input cell: its A1 address on the scored sheet (e.g. "E5"), its value and number format. */
export interface InputCell {
  address: string;
  value: CellValue;
  /** Excel number format code, e.g. "0.00%", "General". A number in a percent format is a percentage. */
  numberFormat?: string;
}

export type ProfileId = 'guangzhou-dept' | 'national-project';

/** Where a section's score comes from. */
export type SectionKind = 'indicators' | 'budget' | 'management';

export interface SectionSetting {
  name: string; // e.g. 产出指标
  points: number; // e.g. 20
  kind: SectionKind;
}

export interface GroupSetting {
  name: string; // e.g. 履职效能
  sections: string[]; // section names summed into the group
}

export interface GradeBand {
  grade: Grade;
  min: number; // inclusive lower bound of the total
}

/** How scored figures are rounded: half-up (四舍五入) or cut down toward zero (去尾). */
export type RoundingMode = 'half-up' | 'down';

/** The precision of every scored figure (indicator score, budget score, deduction). */
export interface Precision {
  decimals: 0 | 1 | 2;
  mode: RoundingMode;
}

/**
 * A profile is data: every number the rules use lives here, never in code.
 * Factors are decimal strings so they stay exact ("0.5", "0.6").
 */
export interface Profile {
  id: ProfileId;
  label: { 'zh-CN': string; 'en-US': string };
  sections: SectionSetting[];
  groups: GroupSetting[];
  /** Category keyword (without the suffix 指标) -> section name. */
  categories: Record<string, string>;
  /** Completion strictly above this percentage (of an at-least/equal indicator) is over-achievement. */
  overAchievementPercent: number; // 150
  /** Score factor for over-achievement: guangzhou "0.5", national "1". */
  overAchievementFactor: string;
  /** A reverse indicator is flagged `review` when target ÷ actual exceeds this ratio. */
  reverseReviewRatio: string; // "1.5"
  /** Qualitative indicators: factor for one level short, two or more levels short. */
  qualitativeFactors: { oneLevelShort: string; twoOrMoreShort: string };
  gradeBands: GradeBand[];
  /** Precision of scored figures: built-in profiles use 2 decimals half-up. */
  precision: Precision;
}

/**
 * A jurisdiction's changes to its base profile (PE_Rules, docs/scoring-rules.md §13), as data.
 * Every field is optional: absent means "as the base".
 */
export interface RuleOverrides {
  /** Section name (产出指标, 效益指标, 满意度指标, 成本指标, 预算执行率, 管理效率) -> points; 0 removes it. */
  sections?: Record<string, number>;
  decimals?: 0 | 1 | 2;
  rounding?: RoundingMode;
  /** Factor for indicators over 150%, decimal string in 0..1 ("0.5"; "1" = no cut). */
  overAchievementFactor?: string;
  /** Factor for a qualitative indicator one level short, decimal string in 0..1 ("0.6"). */
  qualitativeOneLevelShort?: string;
  /** 优/良/中 lower bounds (差 is the rest). */
  gradeBands?: GradeBand[];
}

/** One applied setting that differs from the base profile, as shown in 评分汇总 and the JSON. */
export interface RuleChange {
  /** Canonical key: base, decimals, rounding, over150, qualitative-one-level, grades, or a section name. */
  setting: string;
  /** Chinese label, e.g. 小数位, 取舍, 超过150%, 预算执行率. */
  label: string;
  /** Canonical value: "0", "down", "0.5", "60%", "优90 良80 中60", "20". */
  value: string;
  /** The value in Chinese words, e.g. "0（取整）", "去尾", "减半". */
  text: string;
}

/** The rules a result was scored under: the base, what changed, and the effective profile. */
export interface AppliedRules {
  base: ProfileId;
  changed: RuleChange[];
  /** The effective profile (base + overrides): sections, groups, factors, precision. */
  profile: Profile;
}

export type Grade = '优' | '良' | '中' | '差';

export type Flag = 'ok' | 'over150' | 'review' | 'under100' | 'error';

export type FindingLevel = 'error' | 'warning' | 'info';

/** A finding is a value, never an exception. `cell` is an A1 address or, for names, the name. */
export interface Finding {
  level: FindingLevel;
  cell: string | null;
  message: string; // Chinese, names the cell/name, the value and why
  /** Machine-readable kind, e.g. 'reported-rate-mismatch', 'unit-mismatch', 'row-error'. */
  code: string;
  /**
   * The same message as code and parameters, for a reader in another language (the pane); absent
   * on a finding worded only in Chinese.
   */
  text?: Message;
}

/** One indicator row of the table, as read from the named ranges. */
export interface IndicatorRowInput {
  target: InputCell;
  actual: InputCell;
  weight?: InputCell;
  category?: InputCell;
  name?: InputCell;
  reportedRate?: InputCell;
  manualScore?: InputCell;
  /**
   * The department's own 得分 (§11): compared with the recomputed score, a warning when it differs;
   * never used as the score (that is `manualScore`).
   */
  reportedScore?: InputCell;
  /**
   * Earlier years' actuals of this indicator (PE_History), oldest first; blank years left out.
   * Only used to suggest next year's target (suggestion.ts), never to score.
   */
  history?: InputCell[];
}

export interface ManagementItemInput {
  item: InputCell;
  weight: InputCell;
  value: InputCell;
  rule: InputCell;
}

export type BudgetInput =
  { kind: 'amounts'; planned: InputCell | null; spent: InputCell | null } | { kind: 'rate'; rate: InputCell };

export interface EngineInput {
  /** The base profile. */
  profile: ProfileId;
  /** Changes to the base (PE_Rules); absent = the base as it is. */
  rules?: RuleOverrides;
  indicators: IndicatorRowInput[];
  /** False when PE_Weights is absent: equal split per section, with a warning. */
  hasWeights: boolean;
  /** False when PE_Categories is absent: one block worth the indicator sections' points, with a warning. */
  hasCategories: boolean;
  /** Null when no budget names were given (an error finding; the total is incomplete). */
  budget: BudgetInput | null;
  /** Null when no management names were given (full points, with a warning). */
  management: ManagementItemInput[] | null;
}

export interface IndicatorResult {
  /** A1 address of the row's actual value (the row's identity in JSON and findings). */
  cell: string;
  /** A1 address of the row's target value (highlighted when over150). */
  targetCell: string;
  /** 0-based index of the row within the indicator block. */
  row: number;
  name: string;
  section: string | null;
  /** Exact completion as a fraction (2.148375 for 214.8375%); null when the row has an error. */
  rate: number | null;
  /** Rate rounded half-up to 2 decimals of a percent, as a fraction (2.1484); null on error. */
  displayRate: number | null;
  weight: number | null;
  score: number | null; // rounded to the rules' precision (2 decimals by default)
  /** weight − score, rounded (points lost); 0 when full marks or error. */
  lost: number;
  flag: Flag;
  manual: boolean;
  /** How the score was obtained (or what is wrong), in Chinese. */
  note: string;
  /** The note as a message (code and parameters), for the pane's other languages. */
  noteText?: Message;
  /**
   * Present (true) only on a detail row (其中：…) without a weight: listed, not scored, not an
   * error (score and weight null, flag 'ok', not counted in `counts`).
   */
  detail?: true;
  /** The row's 偏差原因 (PE_Reasons) as written, when the sheet has one; never computed. */
  reason?: string;
  /**
   * Next year's target, in the target's own operator, magnitude and unit (≥170万), on an over150
   * row or a review (reverse) row with a numeric target (docs/scoring-rules.md §15). Never written
   * into the target cell.
   */
  suggestedTarget?: string;
  /** Why that figure, in words (指标值原则上不低于上年实际水平 …). Present with suggestedTarget. */
  suggestionReason?: string;
  /** The same as a message, for the pane to word in its language. */
  suggestionReasonText?: import('./messages/message').Message;
}

export interface DeductionResult {
  item: string;
  /** The item's weight (points at stake). */
  points: number;
  value: string; // the measured value as shown to the officer, e.g. "86.79%", "37", "否"
  rule: string; // as written, e.g. "达标 100%"
  deducted: number; // rounded to the rules' precision
  reason: string; // e.g. "合同签订及时率86.79%，未达100%，扣2分"
  /** The reason as a message (code and parameters), for the pane's other languages. */
  reasonText?: Message;
  cell: string | null; // A1 address of the value cell
}

export interface ScoreLine {
  name: string;
  points: number;
  score: number;
}

export interface BudgetResult {
  /** Exact rate as a fraction; null when it could not be computed. */
  rate: number | null;
  score: number | null;
  note: string;
  /** The note as a message (code and parameters), for the pane's other languages. */
  noteText?: Message;
  /** 年度预算 and 决算支出 as written in their cells (13752.09), when the budget was given as amounts. */
  planned?: string;
  spent?: string;
}

export interface Counts {
  indicators: number;
  fullMarks: number;
  over150: number;
  review: number;
  under100: number;
  errors: number;
}

export interface ScoreResult {
  /** The base profile's id. */
  profile: ProfileId;
  /** The rules applied: base, changed settings, effective profile. */
  rules: AppliedRules;
  total: number;
  grade: Grade;
  /** False when a part of the total could not be scored (the total covers only what could). */
  complete: boolean;
  groups: ScoreLine[];
  sections: ScoreLine[];
  indicators: IndicatorResult[];
  budget: BudgetResult;
  /** 管理效率 items, one per listed item in sheet order (deducted 0 when it lost nothing). */
  deductions: DeductionResult[];
  findings: Finding[];
  counts: Counts;
}

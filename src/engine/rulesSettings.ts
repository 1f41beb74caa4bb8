/**
 * The PE_Rules settings table (docs/scoring-rules.md §13) as data: each setting's spellings
 * (Chinese or English, case-insensitive), its value reader and where the value goes. `readRuleRows`
 * turns the block's rows into the base and the overrides; a row it cannot use is a warning naming
 * its cell, and that setting keeps its default (the base's).
 */
import { caseKey } from './caseKey';
import { warningAt } from './findings';
import { msg, type Message } from './messages';
import { parseNumberCell } from './parse/number';
import { parseQuantity, quantityFromNumber } from './parse/quantity';
import { cellErrorOf, displayValue, isBlank, isPercentFormat, normalizeText } from './parse/text';
import { parseProfileId } from './profiles';
import { Rational } from './rational';
import { SECTION_CATALOG } from './rules';
import type { Finding, GradeBand, InputCell, ProfileId, RoundingMode, RuleOverrides } from './types';

/** One row of the PE_Rules block: the setting cell and the value cell beside it. */
export interface RuleRowInput {
  setting: InputCell;
  value: InputCell;
}

export interface ParsedRules {
  /** The base PE_Rules names and the cell holding it; null when it sets none. */
  base: { id: ProfileId; cell: string } | null;
  overrides: RuleOverrides;
  findings: Finding[];
}

export interface Draft {
  base: { id: ProfileId; cell: string } | null;
  overrides: RuleOverrides;
}

/** A value reader: the value, or why it cannot be read (follows the quoted value in a message). */
type Reader<T> = (cell: InputCell) => T | { why: string | Message };

interface Setting<T> {
  key: string;
  label: string;
  spellings: string[];
  read: Reader<T>;
  apply: (draft: Draft, value: T, cell: InputCell) => void;
}

/** A setting with its value type erased: reads the cell and applies it, or says why it cannot. */
export interface RuleSetting {
  key: string;
  label: string;
  spellings: string[];
  use: (cell: InputCell, draft: Draft) => { why: string | Message } | null;
}

function setting<T>(spec: Setting<T>): RuleSetting {
  return {
    key: spec.key,
    label: spec.label,
    spellings: spec.spellings,
    use: (cell, draft) => {
      const value = spec.read(cell);
      if (isBad(value)) return value;
      spec.apply(draft, value as T, cell);
      return null;
    },
  };
}

const bad = (why: string | Message) => ({ why });
const isBad = (x: unknown): x is { why: string | Message } =>
  typeof x === 'object' && x !== null && 'why' in x;
const HUNDRED = Rational.int(100);

/** Lower-case normalised text of a cell (full-width folded, no spaces), for the number and grade parsers. */
function textOf(cell: InputCell): string {
  return normalizeText(displayValue(cell)).toLowerCase();
}

/** A cell's text as a word to look up: normalised, then its case key (the one rule, caseKey.ts). */
function wordOf(cell: InputCell): string {
  return caseKey(normalizeText(displayValue(cell)));
}

/** A table of words (as written here) looked up by wordOf. */
function wordTable<T>(words: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(words).map(([word, value]) => [caseKey(normalizeText(word)), value]));
}

/** Points 0..100 with at most 2 decimals, as a number or "20分". */
const readPoints: Reader<number> = (cell) => {
  const parsed = parseNumberCell(cell);
  if (parsed.kind === 'unreadable') return bad(parsed.why);
  if (parsed.unit !== null && parsed.unit !== '分') return bad(msg('rules.why.not-points', {}));
  if (parsed.value.gt(HUNDRED)) return bad(msg('rules.why.over-100', {}));
  if (!parsed.value.roundHalfUp(2).eq(parsed.value)) return bad(msg('rules.why.decimals', {}));
  return parsed.value.toNumber();
};

/** A fraction 0..1 from "50%", a percent-formatted 0.5, or a bare number (≤ 1 a fraction, else points of a percent). */
function readFraction(cell: InputCell, barePercent: boolean): Rational | { why: string | Message } {
  if (cellErrorOf(cell.value)) return bad(msg('why.error', { error: cellErrorOf(cell.value) ?? '' }));
  const q =
    typeof cell.value === 'number'
      ? quantityFromNumber(cell.value, isPercentFormat(cell.numberFormat))
      : parseQuantity(textOf(cell));
  if (!q || q.unit !== null) return bad(msg('rules.why.not-ratio', {}));
  const value =
    q.kind === 'number' && barePercent && q.value.gt(Rational.ONE) ? q.value.div(HUNDRED) : q.value;
  if (value.sign() < 0 || value.gt(Rational.ONE)) return bad(msg('rules.why.range', {}));
  return value;
}

const OVER150_WORDS = wordTable({ 减半: '0.5', half: '0.5', 不扣分: '1', none: '1' });

const readOver150: Reader<string> = (cell) => {
  const word = OVER150_WORDS.get(wordOf(cell));
  if (word) return word;
  const f = readFraction(cell, false);
  return isBad(f) ? bad(msg('rules.why.over150', {})) : f.toDecimalString(20);
};

const readOneLevel: Reader<string> = (cell) => {
  const f = readFraction(cell, true);
  return isBad(f) ? bad(msg('rules.why.one-level', {})) : f.toDecimalString(20);
};

const readDecimals: Reader<0 | 1 | 2> = (cell) => {
  const m = /^([012])(?:位(?:小数)?)?$/.exec(textOf(cell));
  return m ? (Number(m[1]) as 0 | 1 | 2) : bad(msg('rules.why.decimals-value', {}));
};

const ROUNDING_WORDS = wordTable<RoundingMode>({
  四舍五入: 'half-up',
  'half-up': 'half-up',
  去尾: 'down',
  down: 'down',
});
const readRounding: Reader<RoundingMode> = (cell) =>
  ROUNDING_WORDS.get(wordOf(cell)) ?? bad(msg('rules.why.rounding', {}));

const readBase: Reader<ProfileId> = (cell) =>
  parseProfileId(normalizeText(displayValue(cell))) ?? bad(msg('rules.why.base', {}));

/** Grade words as officers write them -> the engine's grade. */
const GRADE_WORDS: Array<[RegExp, GradeBand['grade']]> = [
  [/^优秀?$/, '优'],
  [/^良好?$/, '良'],
  [/^(?:中等?|合格|及格)$/, '中'],
];
const GRADE_TOKEN =
  /(优秀|优|良好|良|中等|中|合格|及格)(?:[:：]|≥|>=|不低于)?(\d+(?:\.\d+)?)分?(?:以上|及以上)?[,，、;；/]*/gy;
const GRADES_WHY = msg('rules.why.grades', {});

/** "优90 良80 中60" (差 is the rest; a trailing 差… is ignored). */
const readGrades: Reader<GradeBand[]> = (cell) => {
  const text = textOf(cell).replace(/差.*$/, '');
  const bands: GradeBand[] = [];
  GRADE_TOKEN.lastIndex = 0;
  let end = 0;
  for (let m = GRADE_TOKEN.exec(text); m; m = GRADE_TOKEN.exec(text)) {
    const grade = GRADE_WORDS.find(([pattern]) => pattern.test(m![1]))?.[1];
    if (!grade) return bad(GRADES_WHY);
    bands.push({ grade, min: Number(m[2]) });
    end = GRADE_TOKEN.lastIndex;
  }
  const order = bands.map((b) => b.grade).join('');
  const descending = bands.every((b, i) => i === 0 || b.min < bands[i - 1].min);
  if (end !== text.length || order !== '优良中' || !descending || bands[0].min > 100 || bands[2].min <= 0) {
    return bad(GRADES_WHY);
  }
  return [...bands, { grade: '差', min: 0 }];
};

const sectionSettings: RuleSetting[] = SECTION_CATALOG.map((entry) =>
  setting<number>({
    key: entry.name,
    label: entry.name,
    spellings: [entry.name, entry.name.replace(/指标$/, ''), entry.english],
    read: readPoints,
    apply: (draft, points) => {
      draft.overrides.sections = { ...draft.overrides.sections, [entry.name]: points };
    },
  }),
);

/** Every accepted setting, in the order of the settings table. */
export const RULE_SETTINGS: readonly RuleSetting[] = [
  setting<ProfileId>({
    key: 'base',
    label: '基础规则',
    spellings: ['基础规则', 'base'],
    read: readBase,
    apply: (draft, id, cell) => (draft.base = { id, cell: cell.address }),
  }),
  ...sectionSettings,
  setting<0 | 1 | 2>({
    key: 'decimals',
    label: '小数位',
    spellings: ['小数位', '小数位数', 'decimals'],
    read: readDecimals,
    apply: (draft, value) => (draft.overrides.decimals = value),
  }),
  setting<RoundingMode>({
    key: 'rounding',
    label: '取舍',
    spellings: ['取舍', '取舍方式', 'rounding'],
    read: readRounding,
    apply: (draft, value) => (draft.overrides.rounding = value),
  }),
  setting<string>({
    key: 'over150',
    label: '超过150%',
    spellings: ['超过150%', 'over150'],
    read: readOver150,
    apply: (draft, value) => (draft.overrides.overAchievementFactor = value),
  }),
  setting<string>({
    key: 'qualitative-one-level',
    label: '定性差一级',
    spellings: ['定性差一级', 'qualitative-one-level'],
    read: readOneLevel,
    apply: (draft, value) => (draft.overrides.qualitativeOneLevelShort = value),
  }),
  setting<GradeBand[]>({
    key: 'grades',
    label: '等级',
    spellings: ['等级', 'grades'],
    read: readGrades,
    apply: (draft, value) => (draft.overrides.gradeBands = value),
  }),
];

/** Spelling (normalised, case key, no trailing colon) -> setting. */
const BY_SPELLING = new Map(
  RULE_SETTINGS.flatMap((s) => s.spellings.map((spelling) => [caseKey(normalizeText(spelling)), s])),
);

/** A header row's first cell (设置 | 值): skipped when it is the block's first non-blank row. */
const HEADER_WORDS = new Set(
  ['设置', '设置项', '规则', '规则项', '项目', '参数', '名称', 'setting', 'settings', 'name'].map((word) =>
    caseKey(normalizeText(word)),
  ),
);

const settingKey = (cell: InputCell): string => wordOf(cell).replace(/[:：]+$/, '');

const ALL_SETTINGS = RULE_SETTINGS.map((s) => s.label);

export function readRuleRows(rows: RuleRowInput[]): ParsedRules {
  const draft: Draft = { base: null, overrides: {} };
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  let first = true;
  for (const { setting, value } of rows) {
    if (isBlank(setting) && isBlank(value)) continue;
    const key = settingKey(setting);
    if (first && HEADER_WORDS.has(key)) {
      first = false;
      continue;
    }
    first = false;
    if (isBlank(setting)) {
      const message = msg('rules-no-setting', {
        cell: setting.address,
        value: displayValue(value),
        valueCell: value.address,
      });
      findings.push(warningAt(setting.address, message, 'rules-no-setting'));
      continue;
    }
    const spec = BY_SPELLING.get(key);
    if (!spec) {
      const message = msg('rules-unknown-setting', {
        cell: setting.address,
        value: displayValue(setting),
        settings: ALL_SETTINGS,
      });
      findings.push(warningAt(setting.address, message, 'rules-unknown-setting'));
      continue;
    }
    if (isBlank(value)) continue; // a template's empty line: the setting is simply not given
    const earlier = seen.get(spec.key);
    if (earlier) {
      const message = msg('rules-duplicate', {
        cell: setting.address,
        setting: spec.key,
        label: spec.label,
        earlier,
      });
      findings.push(warningAt(setting.address, message, 'rules-duplicate'));
      continue;
    }
    const problem = spec.use(value, draft);
    if (problem) {
      const message = msg('rules-bad-value', {
        cell: value.address,
        setting: spec.key,
        label: spec.label,
        value: displayValue(value),
        why: problem.why,
      });
      findings.push(warningAt(value.address, message, 'rules-bad-value'));
      continue;
    }
    seen.set(spec.key, setting.address);
  }
  return { base: draft.base, overrides: draft.overrides, findings };
}

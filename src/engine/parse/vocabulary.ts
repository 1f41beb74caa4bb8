/**
 * The engine's vocabulary for numbers, as data (docs/scoring-rules.md §4; listed in one place in
 * src/engine/README.md). Parsers consume these tables; no word list lives in parsing logic.
 * Words for answers and levels are in answerWords.ts, for time in timeWords.ts, for categories in
 * ../categoryWords.ts. All text is matched after normalizeText (full-width -> ASCII, no spaces).
 */

export type Direction = 'atLeast' | 'atMost' | 'equal';

/**
 * Characters folded into one spelling before anything else reads the text: look-alikes of the
 * comparison signs (≧ ≦ ⩾ ⩽ ═ ﹦ ＝ are all typed in published tables) and of the decimal point.
 * Full-width ASCII (＞＝ ％ ０-９) is folded by normalizeText itself.
 */
export const SYMBOL_FOLDS: Record<string, string> = {
  '≧': '≥',
  '≦': '≤',
  '⩾': '≥',
  '⩽': '≤',
  '≮': '≥',
  '≯': '≤',
  '═': '=',
  '﹦': '=',
  '〓': '=',
  '﹥': '>',
  '﹤': '<',
  '。': '.',
  '﹪': '%',
  '﹒': '.',
};

/**
 * Operators written before the number. Longest first is enforced by the parser, so 不超过 is not
 * read as 超过 and >= not as >. `≥=` and `=>` are typing slips seen in published tables.
 */
export const OPERATOR_PREFIXES: Array<[string, Direction]> = [
  ['大于或等于', 'atLeast'],
  ['小于或等于', 'atMost'],
  ['大于等于', 'atLeast'],
  ['小于等于', 'atMost'],
  ['不低于', 'atLeast'],
  ['不少于', 'atLeast'],
  ['不小于', 'atLeast'],
  ['不高于', 'atMost'],
  ['不超过', 'atMost'],
  ['不超出', 'atMost'],
  ['不多于', 'atMost'],
  ['不大于', 'atMost'],
  ['至少', 'atLeast'],
  ['大于', 'atLeast'],
  ['高于', 'atLeast'],
  ['多于', 'atLeast'],
  ['超过', 'atLeast'],
  ['至多', 'atMost'],
  ['最多', 'atMost'],
  ['小于', 'atMost'],
  ['低于', 'atMost'],
  ['少于', 'atMost'],
  ['控制在', 'atMost'],
  ['等于', 'equal'],
  ['≥=', 'atLeast'],
  ['≤=', 'atMost'],
  ['>=', 'atLeast'],
  ['=>', 'atLeast'],
  ['<=', 'atMost'],
  ['=<', 'atMost'],
  ['≥', 'atLeast'],
  ['≤', 'atMost'],
  ['>', 'atLeast'],
  ['<', 'atMost'],
  ['==', 'equal'],
  ['=', 'equal'],
];

/** Operators written after the number (`100项以上`, `5天以内`, `5个工作日内办结`). `（含）` is dropped first. */
export const OPERATOR_SUFFIXES: Array<[string, Direction]> = [
  ['及以上', 'atLeast'],
  ['或以上', 'atLeast'],
  ['以上', 'atLeast'],
  ['及以内', 'atMost'],
  ['以内', 'atMost'],
  ['之内', 'atMost'],
  ['内完成', 'atMost'],
  ['内办结', 'atMost'],
  ['内', 'atMost'],
  ['及以下', 'atMost'],
  ['或以下', 'atMost'],
  ['以下', 'atMost'],
];

/** Inclusion marks around a suffix operator: `95%以上(含)`, `(含)以上`. */
export const INCLUSION_MARKS = ['(含)', '(含本数)'];

/**
 * Magnitude characters after a number multiply, in sequence: 十万 = 10 × 10⁴, 千万 = 10³ × 10⁴,
 * 万亿 = 10⁴ × 10⁸. A unit that begins with one of them is scaled, never "another unit": 万元 is
 * 10⁴ 元, and 千米 / 千克 / 千瓦 are 10³ 米 / 克 / 瓦, which is exactly what the SI prefix means.
 */
export const MAGNITUDES: Record<string, bigint> = {
  十: 10n,
  百: 100n,
  千: 1000n,
  万: 10000n,
  亿: 100000000n,
};

/** Units that mean a percentage (value ÷ 100) or a per-mille (value ÷ 1000). Matched before magnitudes. */
export const PERCENT_UNITS: Array<[string, 100n | 1000n]> = [
  ['个百分点', 100n],
  ['百分点', 100n],
  ['百分比', 100n],
  ['%', 100n],
  ['‰', 1000n],
  ['千分点', 1000n],
];

/** Percent words written before the number: 百分之95 = 95%, 千分之5 = 5‰. */
export const PERCENT_PREFIXES: Array<[string, 100n | 1000n]> = [
  ['百分之', 100n],
  ['千分之', 1000n],
];

/** Chinese numerals: digits (两 and 〇 included) and the in-section units 十 百 千; 万 亿 are sections. */
export const NUMERAL_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
export const NUMERAL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
export const NUMERAL_SECTIONS: Record<string, bigint> = { 万: 10000n, 亿: 100000000n };

/** Words that make a number approximate (`约7万`, `7万左右`, `100余次`): not a figure to score on. */
export const APPROXIMATE_WORDS = [
  '左右',
  '上下',
  '大概',
  '大约',
  '约',
  '余',
  '多',
  '近',
  '不到',
  '若干',
  '≈',
];

/**
 * Words officers put before the figure of an actual (`完成95%`, `累计120次`, `全年共计3场`): dropped.
 * They are fillers, not units.
 */
export const LEAD_WORDS = [
  '实际完成',
  '已完成',
  '完成',
  '实现',
  '达到',
  '实际',
  '共计',
  '累计',
  '合计',
  '总计',
  '全年',
  '共',
  '计',
];

/**
 * A unit written before the number (`每亩300`, `人均2.5万元`, `户均增收2000元`): 每 + up to six
 * characters, or up to three characters ending in 均 (人均 户均 亩均 年均 日均 平均 场均 …) and up
 * to six more. It describes the figure; a percentage after it stays a percentage (年均6%).
 */
export const PREFIX_UNIT = /^(?:每[^\d.]{1,6}|[^\d.]{0,3}均[^\d.]{0,6})/;

/** Trailing punctuation officers leave in cells: dropped before reading. */
export const TRAILING_PUNCTUATION = /[.;,，；、!！]+$/;

/**
 * Measure words that may follow a number written in Chinese numerals (`三次`, `十万人次`, `五万元`).
 * Only these: `一流`, `一站式`, `两学一做` are phrases, not quantities.
 */
export const MEASURE_WORDS = [
  '人次',
  '户次',
  '场次',
  '次',
  '个',
  '项',
  '人',
  '名',
  '户',
  '家',
  '场',
  '期',
  '批',
  '件',
  '套',
  '台',
  '辆',
  '条',
  '篇',
  '份',
  '本',
  '册',
  '部',
  '座',
  '处',
  '所',
  '张',
  '间',
  '类',
  '种',
  '天',
  '日',
  '周',
  '月',
  '年',
  '小时',
  '课时',
  '学时',
  '元',
  '亩',
  '公顷',
  '公里',
  '米',
  '平方米',
  '立方米',
  '吨',
  '株',
  '棵',
  '头',
  '只',
];

/**
 * A bare actual against a target with a magnitude (≤90万元 vs 95), or the reverse: a reading is
 * plausible when actual ÷ target lies within these bounds, both inclusive (20% to 500%).
 */
export const PLAUSIBLE_RATIO = { low: '0.2', high: '5' };

/**
 * Units that are an exact multiple of another (公里 = 1000 米): two sides in the same family are
 * converted, not a "different unit". 千米 / 千克 need no entry: 千 is read as the magnitude.
 */
export const UNIT_FACTORS: Record<string, [base: string, factor: bigint]> = {
  公里: ['米', 1000n],
  公斤: ['克', 1000n],
  斤: ['克', 500n],
  吨: ['克', 1000000n],
  平方公里: ['平方米', 1000000n],
  公顷: ['平方米', 10000n],
  小时: ['分钟', 60n],
};

/**
 * Words of deadlines and completion dates (§4, §5), as data; time.ts reads them. A time is a point
 * at a precision: a year, a half, a quarter, a month or a day.
 */

/** Words before a time that carry no time (计划于9月, 已于10月, 截至2023年12月31日). */
export const TIME_PREFIXES = [
  '计划于',
  '计划在',
  '预计于',
  '预计在',
  '要求于',
  '要求在',
  '力争于',
  '力争在',
  '确保于',
  '确保在',
  '实际于',
  '截止到',
  '截至到',
  '已于',
  '已在',
  '计划',
  '预计',
  '力争',
  '确保',
  '要求',
  '截至',
  '截止',
  '于',
  '在',
  '到',
  '已',
];

/**
 * Words after a time that carry no time: completion verbs, and 前 / 之前 / 内 (a deadline is "on or
 * before", so 9月前 and 9月 are the same deadline: the end of September). Stripped repeatedly, so
 * 12月31日前完成 -> 12月31日.
 */
export const TIME_SUFFIXES = [
  '已完成',
  '完成',
  '完工',
  '竣工',
  '办结',
  '结束',
  '完毕',
  '上线',
  '交付',
  '验收',
  '实施',
  '到位',
  '之前',
  '以前',
  '前',
  '之内',
  '以内',
  '内',
  '为止',
  '止',
];

/** Whole-year periods: 年底前, 年内, 本年度内 … (the end of the year). */
export const YEAR_END_WORDS = [
  '年底',
  '年末',
  '年终',
  '年内',
  '年度内',
  '年度',
  '本年度',
  '本年',
  '当年',
  '全年',
  '今年',
];

/** Halves: 上半年 ends in June, 下半年 in December. */
export const HALVES: Record<string, number> = { 上半年: 1, 下半年: 2 };

/** Quarter numbers, Arabic or Chinese (第四季度, 四季度, 4季度, Q4). */
export const QUARTER_NUMBERS: Record<string, number> = {
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
};

/** Parts of a month: 月初 / 上旬 -> day 10, 月中 / 中旬 -> day 20; 月底 / 月末 / 下旬 -> end of month. */
export const MONTH_PARTS: Record<string, number | 'end'> = {
  上旬: 10,
  初: 10,
  中旬: 20,
  中: 20,
  下旬: 'end',
  底: 'end',
  末: 'end',
};

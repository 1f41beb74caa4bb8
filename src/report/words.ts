/**
 * The report's fixed wording as data: placeholders for the department's own words, the unit of a
 * bare budget amount, and the guidance sentences. Sentences that carry figures live with their
 * section (guangzhou.ts, national.ts); every figure in them comes from the ScoreResult.
 */

/** A part only the department can write: never invented, always marked. */
export function fillIn(what: string): string {
  return `【请填写：${what}】`;
}

/**
 * A budget amount written as a bare number is in 万元: both forms (广州市部门整体支出绩效自评表,
 * 财政部项目支出绩效自评表) head their amount columns 万元. An amount written with its own unit
 * (1.2亿元) is printed as written.
 */
export const BARE_AMOUNT_UNIT = '万元';

/** How much of an over-150% indicator's weight it earns, in words, by the profile's factor. */
export const OVER_FACTOR_WORDS: Record<string, string> = {
  '0.5': '一半',
  '1': '全部',
};

export const GUIDANCE_TARGETS = '指标值原则上不低于上年实际水平';

/** 一、二、… and （一）（二）… numbering. */
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function chineseOrdinal(index: number): string {
  return NUMERALS[index] ?? String(index + 1);
}

export function subHeading(index: number, text: string): string {
  return `（${chineseOrdinal(index)}）${text}`;
}

/**
 * A heading's line, by the numbering the drafts give it (一、… level 1, （一）… level 2, 附表：…); a
 * paragraph that starts with a number ends its first clause with “。” (guangzhou.ts' numbered
 * problems), a heading never has one. The 自评报告 sheet sets these lines bold, on write and on undo
 * (workbook/outputPresentation.ts), so its formatting follows from its text alone.
 */
export const HEADING_FORMS: readonly RegExp[] = [
  /^[一二三四五六七八九十\d]+、[^。]*$/,
  /^（[一二三四五六七八九十\d]+）[^。]*$/,
  /^附表：[^。]*$/,
];

export function isHeadingLine(text: string): boolean {
  return HEADING_FORMS.some((form) => form.test(text));
}

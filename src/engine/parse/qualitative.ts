/**
 * Qualitative levels and binary answers (§4). Levels best first: 优秀 > 良好 > 中等/合格/一般 >
 * 差/较差/不合格. A target like 良好以上 / 良好及以上 / 达到优秀 sets the minimum level.
 * Binary pairs: 是/否, 完成/未完成, 达标/未达标, 按时/未按时, 有/无; deadlines (12月31日前完成) are binary.
 */

/** Level words -> rank (0 = best). Exact words only, so 不合格 is never read as 合格. */
const LEVELS: Record<string, number> = {
  优秀: 0,
  优: 0,
  良好: 1,
  良: 1,
  中等: 2,
  合格: 2,
  一般: 2,
  中: 2,
  差: 3,
  较差: 3,
  不合格: 3,
};

/** Display names of the ranks, for notes. */
export const LEVEL_NAMES = ['优秀', '良好', '中等', '差'];

const TARGET_PREFIX = /^(?:达到|不低于|至少)/;
const TARGET_SUFFIX = /(?:及以上|或以上|以上|等级|等次|级)$/;

/** A level word in an actual cell ("优秀"), or null. */
export function parseLevel(text: string): number | null {
  return Object.prototype.hasOwnProperty.call(LEVELS, text) ? LEVELS[text] : null;
}

/** A minimum level from a target cell ("良好以上", "达到优秀", "优秀"), or null. */
export function parseLevelTarget(text: string): number | null {
  let rest = text.replace(TARGET_PREFIX, '');
  // Strip up to two suffixes: "良好等级以上".
  rest = rest.replace(TARGET_SUFFIX, '');
  rest = rest.replace(TARGET_SUFFIX, '');
  return parseLevel(rest);
}

const YES_WORDS = new Set([
  '是',
  '完成',
  '已完成',
  '按时完成',
  '按期完成',
  '达标',
  '已达标',
  '按时',
  '按期',
  '有',
  '已',
]);
const NO_WORDS = new Set([
  '否',
  '未完成',
  '没有完成',
  '未按时完成',
  '未达标',
  '不达标',
  '未按时',
  '未按期',
  '无',
  '没有',
  '未',
]);

/** 是-like -> true, 否-like -> false, anything else null. */
export function parseYesNo(text: string): boolean | null {
  if (YES_WORDS.has(text)) return true;
  if (NO_WORDS.has(text)) return false;
  return null;
}

const DEADLINE = /(?:\d{1,2}月(?:\d{1,2}日)?|年底|年内|年末|月底|季度末|期限)前完成$|^(?:按时|按期)完成$/;
const BINARY_TARGETS = new Set(['是', '完成', '达标', '按时', '按期', '有']);

/** A target that can only be met or not: 是, 完成, 达标, 有, 12月31日前完成, 按时完成. */
export function isBinaryTarget(text: string): boolean {
  return BINARY_TARGETS.has(text) || DEADLINE.test(text);
}

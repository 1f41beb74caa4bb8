/**
 * Category wording of real tables, as data (§2; listed in src/engine/README.md). categories.ts
 * normalises a category cell, maps it through CATEGORY_ALIASES to a keyword, and the profile maps
 * the keyword to a section (profiles.ts `categories`, or a section's own name).
 */

/**
 * Wordings -> the keyword the profiles know (数量 质量 时效 成本 产出 社会效益 经济效益 生态效益
 * 可持续影响 效益 满意度 服务对象满意度). 成本 of the current national form (经济/社会/生态环境成本)
 * map to 成本: a profile with a 成本指标 section scores them there, the others under 产出指标.
 */
export const CATEGORY_ALIASES: Record<string, string> = {
  产出数量: '数量',
  数量目标: '数量',
  产出质量: '质量',
  质量目标: '质量',
  产出时效: '时效',
  时效目标: '时效',
  // Hubei's template names 时效 进度指标 (进度 = progress against the schedule).
  进度: '时效',
  进度目标: '时效',
  产出成本: '成本',
  成本目标: '成本',
  经济成本: '成本',
  社会成本: '成本',
  生态环境成本: '成本',
  生态成本: '成本',
  环境成本: '成本',
  项目产出: '产出',
  产出目标: '产出',
  项目效益: '效益',
  效益目标: '效益',
  效果: '效益',
  项目效果: '效益',
  社会效益目标: '社会效益',
  经济效益目标: '经济效益',
  生态环境效益: '生态效益',
  环境效益: '生态效益',
  生态效益目标: '生态效益',
  可持续影响力: '可持续影响',
  可持续发展: '可持续影响',
  可持续: '可持续影响',
  可持续影响目标: '可持续影响',
  满意度目标: '满意度',
  满意: '满意度',
  社会公众满意度: '满意度',
  公众满意度: '满意度',
  群众满意度: '满意度',
  社会满意度: '满意度',
  受益对象满意度: '服务对象满意度',
  受益群体满意度: '服务对象满意度',
  服务对象: '服务对象满意度',
};

/** Points in brackets dropped from a category: 产出指标（50分）, 效益指标(30) -> 产出指标, 效益指标. */
export const CATEGORY_POINTS = /[(（【[][^)）】\]]*[\d分][^)）】\]]*[)）】\]]/g;
/** Brackets left around a category: 【数量指标】 -> 数量指标. */
export const CATEGORY_BRACKET_MARKS = /[()（）【】[\]]/g;
/** Numbering before a category: 一、 1. （一） 1） ①. */
export const CATEGORY_NUMBERING = /^(?:[(（]?[一二三四五六七八九十\d]+[)）、.]|[①-⑩])/;
/** Words after a category: 等 (服务对象满意度指标等), 指标, 类. Stripped repeatedly. */
export const CATEGORY_SUFFIXES = ['等', '指标', '类', ':', '：'];
/** Separators between a 一级 and a 二级 category typed in one cell (产出指标-数量指标, 产出/数量). */
export const CATEGORY_SEPARATORS = /[-—–/、|:：>＞]|指标/;

/**
 * A detail row (其中：…) breaks down the row above: listed, never scored (§3). Matched at the start
 * of the indicator's name (or category) cell, after normalisation.
 */
export const DETAIL_ROW_PREFIXES = ['其中:', '其中', '含:', '包括:'];

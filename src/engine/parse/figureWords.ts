/**
 * Words around a figure, as data (§3, §4; listed in src/engine/README.md): cells that say "not
 * applicable", words that stand for a percentage, and a rate's name or a verb written around one.
 */
/**
 * A target or actual cell that says "not applicable" (compared after normalisation, spaces removed).
 * A row made only of these and blanks is a template placeholder, not an indicator (§3); with a
 * weight it is a row error (it cannot be scored, and scoring `/` against `/` as met would be wrong).
 */
export const NOT_APPLICABLE_MARKS = [
  '/',
  '//',
  '\\',
  '-',
  '--',
  '—',
  '——',
  '－',
  '不适用',
  '不涉及',
  '无此项',
];

/**
 * Words that stand for a figure (§4), on either side: 全覆盖 is coverage of 100 %. Matched on the
 * whole normalised cell.
 */
export const WORD_FIGURES: Array<[string, string]> = [
  ['全覆盖', '100%'],
  ['全面覆盖', '100%'],
  ['全部覆盖', '100%'],
  ['实现全覆盖', '100%'],
  ['已全覆盖', '100%'],
];

/**
 * A rate's name written before its figure (覆盖率100%, 合格率≥95%, 验收合格率:100%): up to ten
 * characters ending in 率. Dropped only when a percentage follows.
 */
export const RATE_LABEL = /^[\u4e00-\u9fff]{0,10}率[:：]?/;

/** A verb after a percentage saying what it counts (100%覆盖, 95%以上达标). Dropped only after a percentage. */
export const FIGURE_VERBS = ['覆盖', '完成', '达标', '到位', '发放', '落实', '兑现', '合格'];

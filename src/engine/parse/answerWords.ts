/**
 * Words of qualitative targets and answers, as data (§4; listed in src/engine/README.md).
 * Levels are ranked best first; answers are affirmations, hedges and negations. answer.ts applies
 * them in a fixed precedence (see there); nothing here is logic.
 */

/** Level words -> rank (0 = best). Exact words only, so 不合格 is never read as 合格. */
export const LEVELS: Record<string, number> = {
  优秀: 0,
  优: 0,
  良好: 1,
  良: 1,
  优良: 1,
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

/** Around a level in a target: 达到优秀, 良好以上, 良好等级及以上. */
export const LEVEL_TARGET_PREFIXES = ['达到', '不低于', '至少'];
export const LEVEL_TARGET_SUFFIXES = ['及以上', '或以上', '以上', '等级', '等次', '级'];

export type Answer = 'yes' | 'partly' | 'no';

/**
 * Negations. A text starting with one of these prefixes says "not" (未完成, 不符合, 没有达到, 否),
 * unless it starts with an exception where 不 / 无 is no negation (不断提升, 无缝衔接).
 */
export const NEGATION_PREFIXES = ['尚未', '未能', '没有', '无法', '不能', '不够', '未', '没', '不', '否'];
export const NEGATION_PREFIX_EXCEPTIONS = ['不断', '不仅', '不懈', '不折不扣', '无缝', '无纸化', '无障碍'];

/** Negations anywhere in the text (目标未达到, 工作滞后, 项目延期, 效果不明显, 完成率偏低). */
export const NEGATION_WORDS = [
  '未达到',
  '未达',
  '未完成',
  '未实现',
  '未按',
  '未能',
  '未通过',
  '未落实',
  '未开展',
  '尚未',
  '没有',
  '不符合',
  '不合规',
  '不达标',
  '不合格',
  '不到位',
  '不及时',
  '不明显',
  '不满意',
  '不理想',
  '不足',
  '不够',
  '滞后',
  '延期',
  '延迟',
  '逾期',
  '超期',
  '推迟',
  '拖延',
  '偏低',
  '较差',
];

/** Whole answers that say no. */
export const NEGATION_EXACT = [
  '否',
  '无',
  '差',
  '没有',
  '未',
  '不是',
  '没',
  'no',
  'No',
  'NO',
  'N',
  'x',
  'X',
  '×',
  '✗',
];

/** Hedges: the target was partly reached (基本完成 contains 完成: hedges are tested first). */
export const HEDGE_WORDS = [
  '基本',
  '部分',
  '大部分',
  '大体',
  '初步',
  '较好',
  '尚可',
  '接近',
  '有所',
  '一定',
  '稍有',
  '略有',
  '大致',
  '一般',
  '中等',
];

/** Affirmations anywhere in the text (达到预期, 已完成, 符合要求, 效果明显, 按时完成). */
export const AFFIRMATION_WORDS = [
  // 有利于推动企业走出去 answers 是否利于企业走出去; 不利于 is a negation (prefix 不), checked first.
  '有利于',
  '达到',
  '达成',
  '完成',
  '实现',
  '符合',
  '满足',
  '合规',
  '达标',
  '及时',
  '按时',
  '按期',
  '如期',
  '提前',
  '明显',
  '显著',
  '有效',
  '良好',
  '优秀',
  '到位',
  '落实',
  '严格执行',
  '执行',
  '提升',
  '提高',
  '改善',
  '增强',
  '增加',
  '通过',
  '正常',
  '准确',
  '规范',
  '满意',
  '合格',
  '较高',
  '稳定',
  '持续',
  '保障',
  '完善',
  '健全',
  '加强',
  '优化',
  '已',
];

/** Whole answers that say yes (single characters are only trusted as the whole answer). */
export const AFFIRMATION_EXACT = [
  '是',
  '有',
  '好',
  '高',
  '优',
  '良',
  '√',
  '✓',
  'yes',
  'Yes',
  'YES',
  'Y',
  '达',
];

/**
 * Things a target wants to be absent (安全事故, 投诉, 违规 …). "无 + one of these" is a clean record,
 * so 无重大安全事故 as a target is met by 无, 没有, 未发生, 0 and not met by 有 or 发生2起.
 */
export const ADVERSE_WORDS = [
  '事故',
  '投诉',
  '差错',
  '违规',
  '违纪',
  '违法',
  '纠纷',
  '上访',
  '信访',
  '事件',
  '隐患',
  '损失',
  '浪费',
  '失误',
  '风险',
  '污染',
  '问题',
  '不良',
  '负面',
  '处罚',
  '通报',
  '案件',
  '挤占',
  '挪用',
  '截留',
  '返工',
  '漏洞',
];

/** Words that say "none" about an adverse thing (无投诉, 零事故, 未发生事故, 杜绝违规). */
export const ABSENCE_PREFIXES = [
  '未发生',
  '不发生',
  '没有发生',
  '无',
  '零',
  '杜绝',
  '没有',
  '未出现',
  '未发现',
];

/** Whole answers that state absence (against 无重大安全事故: met). */
export const ABSENCE_EXACT = [
  '无',
  '没有',
  '未发生',
  '零',
  '0',
  '0起',
  '0次',
  '0件',
  '0个',
  '否',
  '未出现',
  '杜绝',
];

/** Answers that start by stating presence (against 无重大安全事故: 有, 发生1起 are not met). */
export const PRESENCE_PREFIXES = ['有', '是', '发生', '存在', '出现'];

/**
 * Strict 是/否 answers of a management item with the rule `是否` (§9): only these whole words, since
 * a deduction of the whole weight should not rest on reading a sentence.
 */
export const YES_NO_WORDS: Record<string, boolean> = {
  是: true,
  完成: true,
  已完成: true,
  按时完成: true,
  按期完成: true,
  达标: true,
  已达标: true,
  按时: true,
  按期: true,
  有: true,
  已: true,
  否: false,
  未完成: false,
  没有完成: false,
  未按时完成: false,
  未达标: false,
  不达标: false,
  未按时: false,
  未按期: false,
  无: false,
  没有: false,
  未: false,
};

/** "Stayed within the limit" (未超预算, 不超过标准, 未突破计划): a yes, although it starts with 未 / 不. */
export const WITHIN_LIMIT_PREFIXES = [
  '未超出',
  '未超过',
  '未超',
  '不超过',
  '不超',
  '没有超',
  '未突破',
  '控制在',
];

/**
 * Directions (§4): a phrase target that asks for a rise (提升, 增加) or a fall (降低, 减少) is met by an
 * actual moving that way, not met by the opposite move or by standing still (持平). A text with
 * words of two directions (降本增效) has none.
 */
export const DIRECTION_WORDS: Record<'up' | 'down' | 'steady', string[]> = {
  up: ['提升', '提高', '增加', '增长', '上升', '扩大', '增强', '增多', '上涨'],
  down: ['降低', '下降', '减少', '缩小', '减轻', '压缩', '减低', '下滑', '回落', '缩减'],
  steady: ['持平', '不变', '没有变化', '无变化'],
};

/**
 * Every word the pane shows, zh-CN here and en-US beside it in ./i18n-en.ts (docs/pane-design.md,
 * "Wording"). Placeholders are written {name} and filled by `format`. Chinese is the default
 * language; the English table is a chunk of its own, loaded (loadStrings) only when Office speaks
 * another language or the officer switches: a Chinese officer's pane never downloads it.
 *
 * A detected part's label and what its absence costs (label.* / cost.*) are worded by detection
 * itself, in Chinese (src/workbook/detect/parts.ts, one place): the Chinese table passes that text
 * through ({text}); the English one translates it.
 */
import { FLAG_HEADINGS, FLAG_LABELS } from '../engine/flags';
import type { Message } from '../engine/messages/message';
import type { Grade, ProfileId } from '../engine/types';
import { INPUT_NAMES, type InputName } from '../workbook/names';

export type Locale = 'zh-CN' | 'en-US';

/**
 * label.<name> / cost.<name> for every input name of the contract (the one list, INPUT_NAMES in
 * src/workbook/names.ts): the Chinese table passes detection's words through; the English table must
 * translate each (its type requires every key).
 */
const RANGE_WORDS = Object.fromEntries(
  INPUT_NAMES.flatMap((name) => [
    [`label.${name}`, '{text}'],
    [`cost.${name}`, '{text}'],
  ]),
) as Record<`label.${InputName}` | `cost.${InputName}`, string>;

const zhCN = {
  // docs/pane-design.md table, key for key
  scoreButton: '评分本表',
  paneButton: '绩效评分',
  running: '正在评分…',
  total: '自评得分',
  grade: '等级：{grade}',
  over150: FLAG_HEADINGS.over150['zh-CN'],
  under100: FLAG_HEADINGS.under100['zh-CN'],
  review: FLAG_HEADINGS.review['zh-CN'],
  error: FLAG_HEADINGS.error['zh-CN'],
  deductions: '扣分明细',
  findings: '提示与错误',
  undo: '撤销本次评分',
  undoPartial: '撤销已写入的部分',
  undoLastRun: '撤销上次评分（含功能区发起的评分）',
  undoLastAllRun: '撤销上次“评分全部工作表”（所有已评分的工作表及各表评分汇总）',
  setupTitle: '本表尚未设置评分区域',
  detect: '自动识别表头',
  confirm: '确认并设置',
  useSelection: '用所选区域设为…',
  example: '插入示例表',
  protected: '工作表受保护，未写入任何内容。请撤销保护后重试。',
  structureProtected:
    '工作簿结构受保护，无法添加评分输出工作表，未写入任何内容。请撤销工作簿保护（审阅 → 保护工作簿）后重试。',
  // added by the pane
  title: '绩效评分',
  sheet: '工作表：{sheet}',
  profileLabel: '评分规则',
  rulesChanged: '规则调整（PE_Rules）：{list}',
  'profile.guangzhou-dept': '广州市部门整体',
  'profile.national-project': '全国项目支出',
  'grade.优': '优',
  'grade.良': '良',
  'grade.中': '中',
  'grade.差': '差',
  outOf: '{score} / {points}',
  incomplete: '部分内容无法评分，总分只包含能评分的部分。详见“提示与错误”。',
  over150Short: FLAG_LABELS.over150['zh-CN'],
  under100Short: FLAG_LABELS.under100['zh-CN'],
  reviewShort: FLAG_LABELS.review['zh-CN'],
  errorShort: FLAG_HEADINGS.error['zh-CN'],
  lost: '−{points}',
  selectHint: '点击条目可在表中选中对应单元格',
  viewSummary: '查看评分汇总表',
  loading: '正在读取工作表…',
  scoredSheet: '评分结果：工作表 {sheet}',
  // 评分全部工作表 (issue 10 §3)
  scoreAllButton: '评分全部工作表',
  scoreAllRunning: '正在评分全部工作表…',
  scoreAllDone: '已评分 {count} 张工作表，排名写入工作表“{league}”。',
  leagueTitle: '各表评分汇总',
  leagueHint: '按总分排名；点击一行可切换到该工作表',
  leagueNotScored: '未评分',
  leagueSheetName: '{name}（{sheet}）',
  leagueView: '查看各表评分汇总',
  leagueUndo: '撤销全部工作表的评分',
  scoredOk: '已评分：{total} 分，等级 {grade}。',
  undone: '已撤销本次评分，表格已恢复。',
  undoneAll: '已撤销上次“评分全部工作表”：各工作表及各表评分汇总均已恢复为评分前的状态。',
  refused: '无法评分本表',
  failed: '评分未完成',
  actionFailed: '操作未完成',
  setupHint:
    '评分器已按表头找到下列区域。核对无误后点“确认并设置”，或直接点“评分本表”；识别不对的，先在表中选中正确的单元格，再点该项旁的“用所选区域”。',
  cancel: '取消',
  namesDefined: '已设置 {count} 个评分区域。',
  nameDefined: '已将 {address} 设为 {name}。',
  exampleInserted: '已插入示例表“{sheet}”，可直接点击“评分本表”。',
  profileSession: '本表没有 PE_Profile 单元格，所选评分规则只用于本次打开期间的评分。',
  profileSaved: '评分规则已写入 PE_Profile。',
  'problem.no-table': '没有找到包含“年度目标值”“年度实现值”的表头。请选中区域后用“用所选区域设为…”逐个指定。',
  'problem.multi-area': '所选区域包含多个部分（{detail}），请只选一列。',
  'problem.selection-shape': '所选区域 {detail} 的形状不对：预算和评分规则要选一个单元格，其余选一列。',
  'problem.other-sheet': '该单元格不在当前工作表上。',
  'problem.office-error': 'Excel 未能完成操作：{detail}',
  'problem.stale-undo':
    '撤销未执行：这次评分之后工作簿又评过分（功能区、另一个窗格或另一张表的评分），这个撤销已过期，套用会覆盖较新的结果，所以未做任何更改。如可撤销，下方按钮撤销的是最近一次评分。(stale-undo)',
  // setup card and 评分区域 fold (issue 8)
  detecting: '正在按表头识别评分区域…',
  redetect: '重新识别',
  listSeparator: '、',
  ruleSeparator: '，',
  partFound: '已识别',
  partMissing: '未找到',
  tagSet: '已设置',
  tagOptional: '可选',
  tagBroken: '无效',
  useSelectionHint: '先在表中选中单元格，再点该项旁的“用所选区域”。',
  fromHeader: '表头“{header}”（{cell}）',
  profileChosen: '评分规则：{profile}',
  profileWhy: '依据：{reason}',
  detectProblem: '无法自动识别：{problem}',
  detectProblemHint: '请选中各区域后用“用所选区域设为…”逐个指定，或先看示例表。',
  rangesTitle: '评分区域（已设置 {set} / {total}）',
  rangeBroken: '名称无法使用：{message}',
  rangeOptional: '未找到，不影响评分',
  useSelectionShort: '用所选区域',
  useSelectionFor: '用所选区域设为 {name}（{label}）',
  useDetectedRest: '按识别结果设置其余 {count} 项',
  missingRequired:
    '本表还缺少必需的评分区域：{names}。可按识别结果设置，或选中区域后点该项旁的“用所选区域”。',
  scoredDetected: '评分区域为按表头自动识别，已设为本表的名称，下次评分读取相同单元格（详见“评分汇总”）。',
  layoutDetected: '评分区域：按表头自动识别',
  profileFromDetection: '按识别结果选用评分规则“{profile}”。',
  // A range's label and what its absence costs: Chinese as detection words it (one place), passed in.
  ...RANGE_WORDS,
  'level.error': '错误',
  'level.warning': '提示',
  'level.info': '说明',
  noItems: '无',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  // 自评报告 (issue 10)
  reportButton: '生成自评报告',
  reportRunning: '正在生成自评报告…',
  reportWritten: '已评分并生成工作表“{sheet}”：{total} 分，等级 {grade}。可点“复制全文”粘贴到 Word。',
  copyReport: '复制全文',
  reportCopied: '已复制自评报告全文（{count} 字），可直接粘贴。',
  copyFailed: '无法写入剪贴板。请打开工作表“{sheet}”，选中 A 列后复制。',
};

export type StringKey = keyof typeof zhCN;

export const ZH_CN: Readonly<Record<StringKey, string>> = zhCN;

/**
 * How a language words what the engine and the workbook say (findings, notes, deduction reasons,
 * refusals: message codes with parameters) and the scorer's own terms (section and group names).
 * Chinese needs nothing: those arrive worded in Chinese. Another language brings its tables.
 */
export interface MessageWords {
  /** The message in this language, or null when its table lacks the code. */
  message: (text: Message) => string | null;
  term: (name: string) => string;
}

interface Language {
  strings: Readonly<Record<StringKey, string>>;
  words: MessageWords | null;
}

const languages: Partial<Record<Locale, Language>> = { 'zh-CN': { strings: zhCN, words: null } };

/** The strings of `locale`, loading the English chunk the first time it is asked for. */
export async function loadStrings(locale: Locale): Promise<Readonly<Record<StringKey, string>>> {
  let language = languages[locale];
  if (!language) {
    const english = await import('./i18n-en');
    language = { strings: english.EN_US, words: english.EN_WORDS };
    languages[locale] = language;
  }
  return language.strings;
}

/** Whether `locale`'s strings are there to be used synchronously. */
export function stringsLoaded(locale: Locale): boolean {
  return languages[locale] !== undefined;
}

/** Fills {placeholders}; a missing value leaves the placeholder visible rather than "undefined". */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

export interface Translate {
  (key: StringKey, values?: Record<string, string | number>): string;
  /**
   * What the engine or the workbook said, in the pane's language: `text` is the message (code and
   * parameters), `chinese` the same as written to the workbook (shown in Chinese, and whenever the
   * message is absent or its code unknown to the language's table).
   */
  message: (text: Message | undefined, chinese: string) => string;
  /** A section or group name (产出指标, 履职效能 …) in the pane's language. */
  term: (name: string) => string;
}

/** Chinese until the locale's strings are loaded (loadStrings). */
export function translator(locale: Locale): Translate {
  const language = languages[locale] ?? languages['zh-CN']!;
  const { strings, words } = language;
  const t = ((key, values) => format(strings[key], values)) as Translate;
  t.message = (text, chinese) => (words && text ? (words.message(text) ?? chinese) : chinese);
  t.term = (name) => (words ? words.term(name) : name);
  return t;
}

/** Office's display language (e.g. "zh-CN", "zh-TW", "en-GB") -> the pane's locale; zh-CN when unknown. */
export function localeFromDisplayLanguage(language: string | undefined | null): Locale {
  if (!language) return 'zh-CN';
  return language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

export function gradeKey(grade: Grade): StringKey {
  return `grade.${grade}`;
}

export function profileKey(profile: ProfileId): StringKey {
  return `profile.${profile}`;
}

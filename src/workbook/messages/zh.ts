/**
 * The workbook layer's messages in Chinese, keyed by code (refusals, detection, names, the
 * workbook's own findings): exactly the sentences the outputs and the CLI have always carried. The
 * parameters' types are read off this table (WorkbookMessages); ./en.ts words the same codes.
 */
import type { Message, Render } from '../../engine/messages/message';

type Text = Message | string;
type Sheet = { sheet: string };

export const WORKBOOK_ZH = {
  // ---- refusals (SheetRefusal) and detection's problem
  'refusal.no-names': (p: Sheet) => `工作表 ${p.sheet} 尚未设置评分区域（没有 PE_* 名称）`,
  'refusal.missing': (p: Sheet & { names: readonly string[] }) =>
    `工作表 ${p.sheet} 缺少 ${p.names.join('、')}`,
  'refusal.bad-name': (p: Sheet & { problem: Message }, r: Render) => `工作表 ${p.sheet}：${r(p.problem)}`,
  'refusal.not-found': (p: Sheet & { problem: Text }, r: Render) =>
    `工作表 ${p.sheet} 没有 PE_* 名称，也未能自动识别评分区域：${r(p.problem)}`,
  'detect.empty': () => '工作表是空的',
  'detect.no-header': () => '未找到指标表的表头（需有年度目标值、实际完成值等列名）',
  'detect.no-rows': (p: { row: number }) => `第${p.row}行表头下没有指标行（目标值、实际值、分值都为空）`,
  'detect.missing': (p: { parts: readonly Message[] }, r: Render) => p.parts.map(r).join('；'),
  /** What a missing part costs, as detection words it (parts.ts); other languages key on the name. */
  'detect.cost': (p: { name: string; text: string }) => p.text,
  // ---- the scoring rules detection chose, and why
  'profile.named': (p: { cell: string; id: string }) => `${p.cell} 写明评分规则 ${p.id}`,
  'profile.guangzhou': (p: { word: string; cell: string }) =>
    `表中有“${p.word}”（${p.cell}），按广州市部门整体支出规则（履职效能 50 + 管理效率 50）`,
  'profile.project': (
    p: { word: string; cell: string; satisfaction: string; satisfactionCell: string; line: Message },
    r: Render,
  ) =>
    `项目支出表（“${p.word}”，${p.cell}），有“${p.satisfaction}”（${p.satisfactionCell}）和${r(p.line)}，按财政部项目支出规则`,
  'profile.budget-line': (p: { word: string; cell: string }) => `“${p.word}”（${p.cell}）`,
  'profile.budget-data': () => '预算执行数据',
  'profile.project-lacks': (p: { satisfaction: number; budget: number }) =>
    `项目表缺少${p.satisfaction ? '满意度指标' : ''}${p.satisfaction && p.budget ? '和' : ''}${p.budget ? '预算执行率' : ''}`,
  'profile.not-project': () => '未见履职效能 / 管理效率，也不是项目支出表',
  'profile.default': (p: { missing: Message; id: string }, r: Render) =>
    `${r(p.missing)}，按默认规则 ${p.id}`,
  // ---- defined names
  'name.invalid': (p: { name: string; error: Text }, r: Render) => `名称 ${p.name} 无效：${r(p.error)}`,
  'name.several-areas': (p: { name: string; formula: string }) =>
    `名称 ${p.name} 引用了多个区域（${p.formula}），应为一个连续区域`,
  'name.other-sheet': (p: { name: string; sheet: string; other: string }) =>
    `名称 ${p.name} 属于工作表 ${p.sheet}，却引用了工作表 ${p.other}`,
  'name.not-column': (p: { name: string; columns: number; reference: string }) =>
    `名称 ${p.name} 应为${p.columns > 1 ? `单列（或至多${p.columns}列相邻的拆分目标值）区域` : '单列区域'}，实为 ${p.reference}`,
  'name.not-cell': (p: { name: string; reference: string }) =>
    `名称 ${p.name} 应为单个单元格，实为 ${p.reference}`,
  'name.unused': (p: { problem: Message }, r: Render) => `${r(p.problem)}，未使用该名称`,
  'name.rules-shape': (p: { name: string; reference: string }) =>
    `名称 ${p.name} 应为两列区域（设置 | 值），实为 ${p.reference}，未使用该名称`,
  'ref.broken': () => '引用已失效（#REF!）',
  'ref.empty': () => '引用为空',
  // ---- the workbook's own findings
  'rules-base-conflict': (p: { cell: string; value: string; base: string; baseCell: string }) =>
    `PE_Profile（${p.cell}）的值“${p.value}”与 PE_Rules 的基础规则 ${p.base}（${p.baseCell}）不一致，按 PE_Rules 评分`,
  'profile-unknown': (p: { cell: string; value: string; id: string }) =>
    `PE_Profile（${p.cell}）的值“${p.value}”不是可识别的评分规则（guangzhou-dept 或 national-project），按默认 ${p.id} 评分`,
  'management-incomplete': (p: { absent: readonly string[] }) =>
    `管理效率区域缺少 ${p.absent.join('、')}（需 PE_MgmtItems、PE_MgmtWeights、PE_MgmtValues、PE_MgmtRules 四列），管理效率未评分`,
  'row-skipped': (p: { cell: string; why: Message }, r: Render) =>
    `${p.cell} ${r(p.why)}，该行未作为指标行评分`,
  'skip.above-header': () => '在表头上方（标题或表头栏）',
  'skip.header-text': (p: { text: string }) => `是表头（“${p.text}”）`,
  'skip.header': () => '是表头',
  'form.repeated-header': (p: { row: number }) => `第${p.row}行是重复的表头（分页），未作为指标行评分`,
  'form.subtotal': (p: { row: number }) => `第${p.row}行是小计行，未作为指标行评分`,
  'table.repeated-header': (p: { row: number }) =>
    `第${p.row}行重复了表头（分页），表格在其下继续；该行不作为指标行评分`,
  'table.second': (p: { row: number; header: number }) =>
    `第${p.row}行另有一个指标表，未识别（每个工作表只评一个指标表，本次识别第${p.header}行表头下的指标）`,
  'budget.initial': (p: { header: string }) =>
    `预算表没有“全年预算数”列，以“${p.header}”（年初预算）作为年度预算`,
  'management.no-rules': (p: { row: number }) =>
    `第${p.row}行像管理效率表的表头，但没有“规则”列（比例 / 达标 X / 计数 P / 是否 / 扣分），管理效率未识别`,
  'highlight.pattern': (p: { cell: string }) => `${p.cell} 已有图案或主题填充，未加高亮，以免无法恢复`,
  'align.rows': (
    p: {
      name: string;
      reference: string;
      height: number;
      other: string;
      otherReference: string;
      otherHeight: number;
      scope: Message;
    },
    r: Render,
  ) =>
    `名称 ${p.name}（${p.reference}，${p.height}行）与 ${p.other}（${p.otherReference}，${p.otherHeight}行）行数不同，${r(p.scope)}`,
  'align.shared': (p: { rows: Message }, r: Render) => `只评分各区域共有的${r(p.rows)}`,
  'align.none': (p: { count: number }) => `各区域没有共同的行，只按顺序评分前${p.count}行`,
  'rows.one': (p: { row: number }) => `第${p.row}行`,
  'rows.span': (p: { from: number; to: number }) => `第${p.from}–${p.to}行`,
  // ---- where the outputs go (outputColumns.ts, outputSheets.ts)
  'output.name-bad': (p: { problem: Message }, r: Render) => `${r(p.problem)}，已忽略，输出改写到空白列`,
  'output.name-ignored': (p: { name: string; reference: string; problem: Message }, r: Render) =>
    `名称 ${p.name}（${p.reference}）${r(p.problem)}，已忽略，输出改写到空白列`,
  'output.no-column': (p: { header: string }) => `右侧没有可写入“${p.header}”的空白列，未写入`,
  'output.not-column': () => '不是单列区域',
  'output.overlaps-output': () => '与另一个输出列重合',
  'output.not-covering': (p: { from: number; to: number }) => `未覆盖全部指标行（第${p.from}–${p.to}行）`,
  'output.overlaps-input': () => '与评分输入区域重叠',
  'output.extend-input': (p: { cell: string }) => `需要扩展到 ${p.cell}，但该单元格属于评分输入区域`,
  'output.extend-filled': (p: { cell: string }) => `需要扩展到 ${p.cell}，但该单元格已有内容`,
  'output.merged': (p: { cell: string }) => `在 ${p.cell} 有合并单元格`,
  'output-sheet.ignored': (p: { name: string; formula: string; problem: Message }, r: Render) =>
    `名称 ${p.name}（${p.formula}）${r(p.problem)}，已忽略，改写到新工作表`,
  'output-sheet.missing': () => '指向的工作表不存在',
  'output-sheet.scored': () => '指向了被评分的工作表本身',
  'output-sheet.taken': () => '与另一个输出工作表重合',
  'output-sheet.has-input': (p: Sheet) => `指向的工作表 ${p.sheet} 含有评分输入区域`,
  'output-sheet.not-ours': (p: Sheet) =>
    `指向的工作表 ${p.sheet} 不是本工作表的评分输出（可能是复制工作表时带来的名称）`,
};

/** Every workbook message code with its parameters' types. */
export type WorkbookMessages = {
  [C in keyof typeof WORKBOOK_ZH]: Parameters<(typeof WORKBOOK_ZH)[C]> extends [infer P, ...unknown[]]
    ? P
    : Record<string, never>;
};

/**
 * The acceptance workbooks and their expected results, computed by hand from
 * docs/scoring-rules.md and docs/workbook-contract.md (the arithmetic is in the comments).
 * Profiles: guangzhou-dept = 产出20 效益20 预算执行率10 管理效率50, cut ×0.5 above 150%;
 * national-project = 产出50 效益30 满意度10 预算执行率10, no cut (still flagged).
 */
import {
  indicatorTable,
  managementTable,
  namedCell,
  pct,
  plain,
  sheetOf,
  type CellSpec,
  type MgmtItem,
  type WorkbookSpec,
} from './support/build-workbook';

export type Flag = 'ok' | 'over150' | 'review' | 'under100' | 'error';

export interface ExpectedIndicator {
  cell: string;
  rate: number | null;
  score?: number;
  flag?: Flag;
  weight?: number;
  section?: string;
}

export interface ExpectedSheet {
  sheet: string;
  profile: 'guangzhou-dept' | 'national-project';
  total?: number;
  grade?: string;
  complete?: boolean;
  sections?: Record<string, number>;
  groups?: Record<string, number>;
  indicators: ExpectedIndicator[];
  /** item -> points deducted (items listed with 0 may also be absent). */
  deductions?: Record<string, number>;
  /** Bad inputs: each must be named by an error finding (cell address; `mentions` = the value). */
  errorsAt?: { cell: string; mentions?: string }[];
  /** Cells (or names) a warning finding must name. */
  warningsAt?: string[];
  /** Cells no finding may name (consistent reported rates, the silently skipped empty row). */
  quietCells?: string[];
  /** At least one warning is expected (a fallback that the contract says warns). */
  someWarning?: boolean;
  /** Rows without PE_Names: the name is a cell address on the row. */
  namesAreAddresses?: boolean;
}

export interface AcceptanceCase {
  id: string;
  title: string;
  spec: WorkbookSpec;
  args?: string[];
  sheets: ExpectedSheet[];
}

const GZ = 'guangzhou-dept' as const;
const NAT = 'national-project' as const;
const err = (code: string): CellSpec => ({ v: { error: code } });

function book(
  ...sheets: { sheet: WorkbookSpec['sheets'][number]; names: WorkbookSpec['names'] }[]
): WorkbookSpec {
  return { sheets: sheets.map((s) => s.sheet), names: sheets.flatMap((s) => s.names) };
}

// ---------------------------------------------------------------------------------------------
// W01: sheet name with a space, workbook-scoped names, header row 4, percent-formatted actuals,
// 万 scaling, qualitative, inherited category, 满意度 in 效益 (guangzhou), budget by amounts,
// no management names (full 50 with a warning), no PE_Profile (default guangzhou-dept).
const W01_SHEET = '绩效 表';
const w01scope = { sheet: W01_SHEET, scope: 'workbook' as const };
export const W01_MAIN = sheetOf(
  W01_SHEET,
  plain({
    A1: '2023年度部门整体支出绩效自评表',
    B4: '类别',
    C4: '指标名称',
    D4: '年度目标值',
    E4: '年度实现值',
    F4: '分值',
    A12: '年度预算（万元）',
    A13: '决算支出（万元）',
  }),
  indicatorTable(w01scope, 5, { category: 'B', name: 'C', target: 'D', actual: 'E', weight: 'F' }, [
    { category: '数量指标', name: '开业大礼包套数', target: '≥7万套', actual: '9.9735万套', weight: 10 },
    { category: '质量指标', name: '系统正常运作率', target: '100%', actual: pct(0.999), weight: 10 },
    { category: '社会效益', name: '服务中心服务人数', target: '≥80万', actual: '171.87万', weight: 10 },
    { name: '门户网站考核', target: '良好以上', actual: '优秀', weight: 5 },
    { category: '服务对象满意度', name: '群众满意率', target: '≥95%', actual: pct(0.9942), weight: 5 },
  ]),
  namedCell(w01scope, 'PE_BudgetPlanned', 'B12', 13752.09),
  namedCell(w01scope, 'PE_BudgetSpent', 'B13', 13670.54),
);
export const W01: AcceptanceCase = {
  id: 'W01',
  title: 'guangzhou basics, workbook-scoped names, budget by amounts, no management',
  spec: book(W01_MAIN),
  sheets: [
    {
      sheet: W01_SHEET,
      profile: GZ,
      indicators: [
        { cell: 'E5', rate: 0.99735 / 0.7, score: 10, flag: 'ok', weight: 10, section: '产出指标' }, // 142.48%
        { cell: 'E6', rate: 0.999, score: 9.99, flag: 'under100', section: '产出指标' }, // 10 × 99.9%
        { cell: 'E7', rate: 2.148375, score: 5, flag: 'over150', section: '效益指标' }, // 171.87/80 > 1.5 → 10 × 0.5
        { cell: 'E8', rate: 1, score: 5, flag: 'ok', section: '效益指标' }, // 优秀 meets 良好以上; category inherited
        { cell: 'E9', rate: 0.9942 / 0.95, score: 5, flag: 'ok', section: '效益指标' }, // 满意度 → 效益 (guangzhou)
      ],
      // 产出 10 + 9.99; 效益 5 + 5 + 5; budget 13670.54/13752.09 = 99.407…% → 9.94; 管理 50
      sections: { 产出指标: 19.99, 效益指标: 15, 预算执行率: 9.94, 管理效率: 50 },
      groups: { 履职效能: 44.93, 管理效率: 50 },
      total: 94.93,
      grade: '优',
      complete: true,
      someWarning: true, // no 管理效率 entered
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// W02: sheet-scoped names on the second sheet 'My Sheet', other column order, PE_ReportedRates,
// reverse indicators, 亿/万元 scaling, exactly 150% (0.9 vs 60%: exact, not float), PE_Profile cell,
// budget by PE_BudgetRate, every management rule in English. I2 holds the user's own header.
const W02_SHEET = 'My Sheet';
const w02scope = { sheet: W02_SHEET, scope: 'sheet' as const };
const ENGLISH_RULES: MgmtItem[] = [
  { item: '采购政策效能', weight: 2, value: pct(0.5407), rule: 'ratio' }, // 2 × (1 − 0.5407) = 0.9186 → 0.92
  { item: '合同签订及时率', weight: 2, value: pct(0.8679), rule: 'threshold 100%' }, // below → 2
  { item: '预算编制质量', weight: 1, value: pct(0.95), rule: 'threshold 90%' }, // met → 0
  { item: '合同备案时效性', weight: 3, value: 4, rule: 'per-count 0.5' }, // min(3, 0.5 × 4) = 2
  { item: '资产盘点情况', weight: 1, value: '否', rule: 'yes-no' }, // 1
  { item: '内控制度建设', weight: 1, value: '有', rule: 'yes-no' }, // 0
  { item: '审计整改', weight: 2, value: 0.755, rule: 'manual' }, // min(2, 0.755) → 0.76 half-up
  { item: '信息公开', weight: 1, value: 3, rule: 'manual' }, // min(1, 3) = 1 (扣完为止)
];
export const W02_MAIN = sheetOf(
  W02_SHEET,
  plain({ C2: '指标', D2: '类别', E2: '分值', F2: '目标', G2: '实际', H2: '报告完成率', I2: '备注' }),
  indicatorTable(
    w02scope,
    3,
    { name: 'C', category: 'D', weight: 'E', target: 'F', actual: 'G', reported: 'H' },
    [
      {
        name: '纳管项目数',
        category: '数量',
        weight: 8,
        target: '≥300个',
        actual: '419个',
        reported: '139.67%',
      },
      { name: '审批时限', category: '时效', weight: 6, target: '≤5天', actual: '3天', reported: pct(1) },
      {
        name: '运维成本',
        category: '成本',
        weight: 6,
        target: '≤10万元',
        actual: '12万元',
        reported: pct(0.83),
      },
      { name: '带动投资', category: '效益', weight: 10, target: '≥2亿元', actual: '25000万元' },
      {
        name: '持续运行',
        category: '可持续影响',
        weight: 10,
        target: '≥60%',
        actual: pct(0.9),
        reported: pct(1.5),
      },
    ],
  ),
  plain({ B10: '预算执行率', B11: '评分规则' }),
  namedCell(w02scope, 'PE_BudgetRate', 'C10', pct(0.9941)),
  namedCell(w02scope, 'PE_Profile', 'C11', 'guangzhou-dept'),
  managementTable(w02scope, 14, 'B', ENGLISH_RULES),
);
export const W02: AcceptanceCase = {
  id: 'W02',
  title: 'sheet-scoped names, reverse indicators, 亿/万元, exactly 150%, English management rules',
  spec: book(sheetOf('Notes', plain({ A1: '说明：评分表在下一张工作表' })), W02_MAIN),
  sheets: [
    {
      sheet: W02_SHEET,
      profile: GZ,
      indicators: [
        { cell: 'G3', rate: 419 / 300, score: 8, flag: 'ok', section: '产出指标' },
        { cell: 'G4', rate: 1, score: 6, flag: 'review', section: '产出指标' }, // ≤5 met; 5/3 > 1.5
        { cell: 'G5', rate: 10 / 12, score: 5, flag: 'under100', section: '产出指标' }, // 6 × 0.8333 = 5.00
        { cell: 'G6', rate: 1.25, score: 10, flag: 'ok', section: '效益指标' }, // 2.5亿 ÷ 2亿
        { cell: 'G7', rate: 1.5, score: 10, flag: 'ok', section: '效益指标' }, // exactly 150%: full marks
      ],
      // 产出 19, 效益 20, 预算 10 × 99.41% = 9.941 → 9.94, 管理 50 − 7.68 = 42.32
      sections: { 产出指标: 19, 效益指标: 20, 预算执行率: 9.94, 管理效率: 42.32 },
      groups: { 履职效能: 48.94, 管理效率: 42.32 },
      total: 91.26,
      grade: '优',
      complete: true,
      deductions: {
        采购政策效能: 0.92,
        合同签订及时率: 2,
        预算编制质量: 0,
        合同备案时效性: 2,
        资产盘点情况: 1,
        内控制度建设: 0,
        审计整改: 0.76,
        信息公开: 1,
      },
      warningsAt: ['H5'], // reported 83% vs recomputed 83.33%
      quietCells: ['H3', 'H4', 'H7'], // 139.67% / 100% / 150% agree with the recomputed rates
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// W03: no PE_Weights (equal split, 2 decimals, last row takes the remainder), binary and deadline
// targets, 千万/万 scaling, a bare number against a percentage target, budget over 100%,
// every management rule in Chinese.
const W03_SHEET = '2023年度';
const w03scope = { sheet: W03_SHEET, scope: 'workbook' as const };
const CHINESE_RULES: MgmtItem[] = [
  { item: '采购政策效能', weight: 1, value: pct(1.2), rule: '比例' }, // min(rate,1) = 1 → 0
  { item: '合同签订及时率', weight: 2, value: pct(0.94), rule: '达标 95%' }, // below → 2
  { item: '合同备案时效性', weight: 1, value: 0, rule: '计数 1' }, // 0
  { item: '超期合同', weight: 2, value: 3, rule: '计数 0.25' }, // 0.75
  { item: '资产盘点情况', weight: 1, value: '是', rule: '是否' }, // 0
  { item: '内控手册', weight: 1, value: '无', rule: '是否' }, // 1
  { item: '审计问题', weight: 3, value: 1.005, rule: '扣分' }, // 1.005 → 1.01 half-up
];
export const W03_MAIN = sheetOf(
  W03_SHEET,
  plain({ A1: '一级指标', B1: '指标', C1: '目标', D1: '实际', A19: '年度预算', A20: '决算支出' }),
  indicatorTable(w03scope, 2, { category: 'A', name: 'B', target: 'C', actual: 'D' }, [
    { category: '数量指标', name: '受理件数', target: '≥100', actual: 50 },
    { category: '质量指标', name: '验收合格率', target: '100%', actual: '100%' },
    { category: '时效指标', name: '按期上线', target: '12月31日前完成', actual: '完成' },
    { category: '经济效益', name: '带动产值', target: '≥1.2千万', actual: '1500万' },
    { category: '生态效益', name: '排放达标', target: '达标', actual: '未达标' },
    { category: '满意度指标', name: '群众满意度', target: '≥90%', actual: 98 },
  ]),
  managementTable(w03scope, 10, 'A', CHINESE_RULES),
  namedCell(w03scope, 'PE_BudgetPlanned', 'B19', 500),
  namedCell(w03scope, 'PE_BudgetSpent', 'B20', 520),
);
export const W03: AcceptanceCase = {
  id: 'W03',
  title: 'equal split without PE_Weights, binary targets, 千万, bare 98 vs 90%, Chinese rules',
  spec: book(W03_MAIN),
  sheets: [
    {
      sheet: W03_SHEET,
      profile: GZ,
      indicators: [
        { cell: 'D2', rate: 0.5, score: 3.34, flag: 'under100', weight: 6.67 }, // 6.67 × 0.5 = 3.335 → 3.34
        { cell: 'D3', rate: 1, score: 6.67, flag: 'ok', weight: 6.67 },
        { cell: 'D4', rate: 1, score: 6.66, flag: 'ok', weight: 6.66 }, // last row: 20 − 13.34
        { cell: 'D5', rate: 1.25, score: 6.67, flag: 'ok', weight: 6.67 }, // 1500万 ÷ 1200万
        { cell: 'D6', rate: 0, score: 0, flag: 'under100', weight: 6.67 }, // binary 未达标
        { cell: 'D7', rate: 98 / 90, score: 6.66, flag: 'ok', weight: 6.66 }, // 98 → 98%
      ],
      // 产出 16.67, 效益 13.33, 预算 min(520/500, 1) → 10, 管理 50 − 4.76 = 45.24
      sections: { 产出指标: 16.67, 效益指标: 13.33, 预算执行率: 10, 管理效率: 45.24 },
      groups: { 履职效能: 40, 管理效率: 45.24 },
      total: 85.24,
      grade: '良',
      complete: true,
      deductions: {
        采购政策效能: 0,
        合同签订及时率: 2,
        合同备案时效性: 0,
        超期合同: 0.75,
        资产盘点情况: 0,
        内控手册: 1,
        审计问题: 1.01,
      },
      someWarning: true, // equal split fallback
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// W04/W05: national-project by the PE_Profile cell and by --profile: no cut above 150% (flagged),
// qualitative one level short 80%, equal target, 满意度 in its own section, no groups.
function nationalSheet(withProfileCell: boolean) {
  const scope = { sheet: 'Sheet1', scope: 'workbook' as const };
  return sheetOf(
    'Sheet1',
    plain({ G3: '年度预算', G4: '决算支出' }),
    indicatorTable(scope, 2, { category: 'A', name: 'B', target: 'C', actual: 'D', weight: 'E' }, [
      { category: '数量指标', name: '产量', target: '≥100', actual: 150.01, weight: 25 },
      { category: '质量指标', name: '验收等级', target: '良好及以上', actual: '合格', weight: 25 },
      { category: '社会效益', name: '受益人数', target: '≥10', actual: 9, weight: 15 },
      { category: '经济效益', name: '产值', target: '＝50', actual: 40, weight: 15 },
      { category: '服务对象满意度', name: '满意率', target: '≥95%', actual: pct(0.9), weight: 10 },
    ]),
    ...(withProfileCell ? [namedCell(scope, 'PE_Profile', 'H1', 'national-project')] : []),
    namedCell(scope, 'PE_BudgetPlanned', 'H3', 100),
    namedCell(scope, 'PE_BudgetSpent', 'H4', 90),
  );
}
const NATIONAL_EXPECTED: ExpectedSheet = {
  sheet: 'Sheet1',
  profile: NAT,
  indicators: [
    { cell: 'D2', rate: 1.5001, score: 25, flag: 'over150', section: '产出指标' }, // capped, not cut
    { cell: 'D3', rate: 0.8, score: 20, flag: 'under100', section: '产出指标' }, // one level short: 80%
    { cell: 'D4', rate: 0.9, score: 13.5, flag: 'under100', section: '效益指标' },
    { cell: 'D5', rate: 0.8, score: 12, flag: 'under100', section: '效益指标' }, // 40 = 50 → 40/50
    { cell: 'D6', rate: 0.9 / 0.95, score: 9.47, flag: 'under100', section: '满意度指标' },
  ],
  // 产出 45, 效益 25.5, 满意度 9.47, 预算 10 × 0.9 = 9
  sections: { 产出指标: 45, 效益指标: 25.5, 满意度指标: 9.47, 预算执行率: 9 },
  groups: {},
  total: 88.97,
  grade: '良',
  complete: true,
};
export const W04: AcceptanceCase = {
  id: 'W04',
  title: 'national-project chosen by the PE_Profile cell',
  spec: book(nationalSheet(true)),
  sheets: [NATIONAL_EXPECTED],
};
export const W05: AcceptanceCase = {
  id: 'W05',
  title: 'national-project chosen by --profile (no PE_Profile)',
  spec: book(nationalSheet(false)),
  args: ['--profile', 'national-project'],
  sheets: [NATIONAL_EXPECTED],
};

// ---------------------------------------------------------------------------------------------
// W06: the 150% edge in both profiles, 99.99%, half-up 1.005, and no budget names at all
// (error finding, complete = false).
function edgesSpec(): WorkbookSpec {
  const scope = { sheet: 'Edges', scope: 'workbook' as const };
  return book(
    sheetOf(
      'Edges',
      indicatorTable(scope, 2, { category: 'A', name: 'B', target: 'C', actual: 'D', weight: 'E' }, [
        { category: '数量指标', name: '恰好150', target: '≥100', actual: 150, weight: 10 },
        { category: '数量指标', name: '超过150', target: '≥100', actual: 150.01, weight: 10 },
        { category: '社会效益', name: '差一点', target: '≥10000', actual: 9999, weight: 2 },
        { category: '社会效益', name: '半数进位', target: '≥200', actual: 67, weight: 3 },
        { category: '社会效益', name: '百分比恰好150', target: '≥60%', actual: pct(0.9), weight: 15 },
      ]),
    ),
  );
}
export const W06: AcceptanceCase = {
  id: 'W06',
  title: 'over150 strictness (guangzhou), 99.99%, 1.005 half-up, no budget',
  spec: edgesSpec(),
  sheets: [
    {
      sheet: 'Edges',
      profile: GZ,
      indicators: [
        { cell: 'D2', rate: 1.5, score: 10, flag: 'ok' },
        { cell: 'D3', rate: 1.5001, score: 5, flag: 'over150' }, // 150.01% > 150% → 10 × 0.5
        { cell: 'D4', rate: 0.9999, score: 2, flag: 'under100' }, // 2 × 0.9999 = 1.9998 → 2.00
        { cell: 'D5', rate: 0.335, score: 1.01, flag: 'under100' }, // 3 × 0.335 = 1.005 → 1.01
        { cell: 'D6', rate: 1.5, score: 15, flag: 'ok' }, // 90% vs 60%: exactly 150%
      ],
      // 产出 15, 效益 18.01, budget missing (not counted), 管理 50 → 83.01, incomplete
      sections: { 产出指标: 15, 效益指标: 18.01, 管理效率: 50 },
      total: 83.01,
      grade: '良',
      complete: false,
    },
  ],
};
export const W06N: AcceptanceCase = {
  id: 'W06N',
  title: 'over150 in national-project: flagged but not cut',
  spec: edgesSpec(),
  args: ['--profile', 'national-project'],
  sheets: [
    {
      sheet: 'Edges',
      profile: NAT,
      indicators: [
        { cell: 'D2', rate: 1.5, score: 10, flag: 'ok' },
        { cell: 'D3', rate: 1.5001, score: 10, flag: 'over150' },
        { cell: 'D4', rate: 0.9999, score: 2, flag: 'under100' },
        { cell: 'D5', rate: 0.335, score: 1.01, flag: 'under100' },
        { cell: 'D6', rate: 1.5, score: 15, flag: 'ok' },
      ],
      complete: false,
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// W07: bad rows (Excel error, 约7万, negative, missing actual, unknown category), a completely
// empty row (skipped silently), a unit mismatch (warning, still scored).
const W07_SHEET = 'Errors';
const w07scope = { sheet: W07_SHEET, scope: 'workbook' as const };
export const W07_MAIN = sheetOf(
  W07_SHEET,
  plain({ A2: '类别', B2: '指标', C2: '目标', D2: '实际', E2: '分值', A14: '预算执行率' }),
  indicatorTable(w07scope, 3, { category: 'A', name: 'B', target: 'C', actual: 'D', weight: 'E' }, [
    { category: '数量指标', name: '正常一', target: '≥10', actual: 10, weight: 5 },
    { name: '除零', target: '≥10', actual: err('#DIV/0!'), weight: 5 },
    { name: '约数', target: '≥7万', actual: '约7万', weight: 3 },
    { name: '负数', target: '≥10', actual: -5, weight: 3 },
    { name: '缺实际值', target: '≥100', weight: 4 },
    {},
    { category: '社会效益', name: '正常二', target: '≥10', actual: 12, weight: 10 },
    { name: '单位不同', target: '≥100套', actual: '120户', weight: 5 },
    { category: '其他指标', name: '未知类别', target: '≥10', actual: 10, weight: 5 },
  ]),
  namedCell(w07scope, 'PE_BudgetRate', 'B14', pct(1)),
);
export const W07: AcceptanceCase = {
  id: 'W07',
  title: 'row errors name their cells; one bad row never stops the others',
  spec: book(W07_MAIN),
  sheets: [
    {
      sheet: W07_SHEET,
      profile: GZ,
      indicators: [
        { cell: 'D3', rate: 1, score: 5, flag: 'ok' },
        { cell: 'D4', rate: null, flag: 'error' },
        { cell: 'D5', rate: null, flag: 'error' },
        { cell: 'D6', rate: null, flag: 'error' },
        { cell: 'D7', rate: null, flag: 'error' },
        { cell: 'D9', rate: 1.2, score: 10, flag: 'ok' },
        { cell: 'D10', rate: 1.2, score: 5, flag: 'ok' },
        { cell: 'D11', rate: null, flag: 'error' },
      ],
      // only the rows that could be scored count: 产出 5, 效益 10 + 5
      sections: { 产出指标: 5, 效益指标: 15, 预算执行率: 10, 管理效率: 50 },
      errorsAt: [
        { cell: 'D4', mentions: '#DIV/0!' },
        { cell: 'D5', mentions: '约7万' },
        { cell: 'D6', mentions: '-5' },
        { cell: 'D7' },
        { cell: 'A11' },
      ],
      warningsAt: ['D10'],
      quietCells: ['A8', 'B8', 'C8', 'D8', 'E8'],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// W08: no PE_Names and no PE_Categories: one block worth 40 points (guangzhou), names = addresses.
const w08scope = { sheet: 'Sheet A', scope: 'workbook' as const };
export const W08: AcceptanceCase = {
  id: 'W08',
  title: 'PE_Names and PE_Categories absent',
  spec: book(
    sheetOf(
      'Sheet A',
      indicatorTable(w08scope, 2, { target: 'C', actual: 'D', weight: 'E' }, [
        { target: '≥10', actual: 10, weight: 20 },
        { target: '≥10', actual: 5, weight: 20 },
      ]),
      namedCell(w08scope, 'PE_BudgetRate', 'G2', pct(0.5)),
    ),
  ),
  sheets: [
    {
      sheet: 'Sheet A',
      profile: GZ,
      indicators: [
        { cell: 'D2', rate: 1, score: 20, flag: 'ok' },
        { cell: 'D3', rate: 0.5, score: 10, flag: 'under100' },
      ],
      // block 30 of 40, budget 5, 管理 50
      total: 85,
      grade: '良',
      someWarning: true,
      namesAreAddresses: true,
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// W09: PE_ManualScores overrides one row; PE_ReportedRates checked (text and percent format).
const W09_SHEET = '自评';
const w09scope = { sheet: W09_SHEET, scope: 'sheet' as const };
export const W09_MAIN = sheetOf(
  W09_SHEET,
  plain({ A9: '年度预算', A10: '决算支出' }),
  indicatorTable(
    w09scope,
    4,
    { category: 'B', name: 'C', target: 'D', actual: 'E', weight: 'F', reported: 'G', manual: 'H' },
    [
      {
        category: '数量指标',
        name: '手工调分',
        target: '≥100',
        actual: 80,
        weight: 10,
        reported: pct(0.8),
        manual: 9.5,
      },
      { category: '质量指标', name: '超额完成', target: '≥100', actual: 120, weight: 10, reported: '120%' },
      { category: '社会效益', name: '报告不符', target: '≥50', actual: 52.58, weight: 20, reported: '105%' },
    ],
  ),
  namedCell(w09scope, 'PE_BudgetPlanned', 'B9', 100),
  namedCell(w09scope, 'PE_BudgetSpent', 'B10', 100),
);
export const W09: AcceptanceCase = {
  id: 'W09',
  title: 'manual score overrides a row; reported rates checked',
  spec: book(W09_MAIN),
  sheets: [
    {
      sheet: W09_SHEET,
      profile: GZ,
      indicators: [
        { cell: 'E4', rate: 0.8, score: 9.5 }, // manual 9.5 replaces 10 × 80% = 8
        { cell: 'E5', rate: 1.2, score: 10, flag: 'ok' },
        { cell: 'E6', rate: 1.0516, score: 20, flag: 'ok' },
      ],
      sections: { 产出指标: 19.5, 效益指标: 20, 预算执行率: 10, 管理效率: 50 },
      total: 99.5,
      grade: '优',
      warningsAt: ['G6'], // 105% vs 105.16%
      quietCells: ['G4', 'G5'],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// W10: grade band edge: 89.99 is 良 (manual deductions 10 + 0.01).
const w10scope = { sheet: 'G', scope: 'workbook' as const };
export const W10: AcceptanceCase = {
  id: 'W10',
  title: 'total 89.99 is 良',
  spec: book(
    sheetOf(
      'G',
      indicatorTable(w10scope, 2, { category: 'A', name: 'B', target: 'C', actual: 'D', weight: 'E' }, [
        { category: '数量指标', name: '甲', target: '≥1', actual: 1, weight: 20 },
        { category: '社会效益', name: '乙', target: '≥1', actual: 1, weight: 20 },
      ]),
      namedCell(w10scope, 'PE_BudgetRate', 'H2', pct(1)),
      managementTable(w10scope, 6, 'A', [
        { item: '大额扣分', weight: 10, value: 10, rule: 'manual' },
        { item: '小额扣分', weight: 1, value: 0.01, rule: '扣分' },
      ]),
    ),
  ),
  sheets: [
    {
      sheet: 'G',
      profile: GZ,
      indicators: [
        { cell: 'D2', rate: 1, score: 20, flag: 'ok' },
        { cell: 'D3', rate: 1, score: 20, flag: 'ok' },
      ],
      sections: { 产出指标: 20, 效益指标: 20, 预算执行率: 10, 管理效率: 39.99 },
      deductions: { 大额扣分: 10, 小额扣分: 0.01 },
      total: 89.99,
      grade: '良',
      complete: true,
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// W12: two scorable sheets (sheet-scoped names with the same names) and a cover sheet.
function groupSheet(name: string, second: number, budget: number) {
  const scope = { sheet: name, scope: 'sheet' as const };
  return sheetOf(
    name,
    indicatorTable(scope, 2, { category: 'A', name: 'B', target: 'C', actual: 'D', weight: 'E' }, [
      { category: '数量指标', name: '甲', target: '≥10', actual: second === 20 ? 10 : 8, weight: 20 },
      { category: '社会效益', name: '乙', target: '≥10', actual: second, weight: 20 },
    ]),
    namedCell(scope, 'PE_BudgetRate', 'G2', pct(budget)),
  );
}
export const W12: AcceptanceCase = {
  id: 'W12',
  title: 'two scorable sheets in one file',
  spec: book(sheetOf('Cover', plain({ A1: '封面' })), groupSheet('A组', 20, 1), groupSheet('B组', 10, 0.9)),
  sheets: [
    {
      sheet: 'A组',
      profile: GZ,
      indicators: [
        { cell: 'D2', rate: 1, score: 20, flag: 'ok' },
        { cell: 'D3', rate: 2, score: 10, flag: 'over150' },
      ],
      total: 90, // 20 + 10 + 10 + 50
      grade: '优',
    },
    {
      sheet: 'B组',
      profile: GZ,
      indicators: [
        { cell: 'D2', rate: 0.8, score: 16, flag: 'under100' },
        { cell: 'D3', rate: 1, score: 20, flag: 'ok' },
      ],
      total: 95, // 16 + 20 + 9 + 50
      grade: '优',
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// W15: lookup order: a sheet-scoped PE_Profile beats a workbook-scoped one pointing at the same
// sheet; a workbook-scoped PE_Weights that points at another sheet is not this sheet's.
const dataScope = { sheet: 'Data', scope: 'sheet' as const };
export const W15: AcceptanceCase = {
  id: 'W15',
  title: 'sheet-scoped names first; workbook-scoped names only when they point at the sheet',
  spec: (() => {
    const data = sheetOf(
      'Data',
      indicatorTable(dataScope, 1, { category: 'A', name: 'B', target: 'C', actual: 'D' }, [
        { category: '数量指标', name: '一', target: '≥10', actual: 10 },
        { category: '数量指标', name: '二', target: '≥10', actual: 5 },
        { category: '社会效益', name: '三', target: '≥10', actual: 10 },
        { category: '社会效益', name: '四', target: '≥10', actual: 10 },
      ]),
      namedCell(dataScope, 'PE_Profile', 'Z1', 'guangzhou-dept'),
      namedCell(dataScope, 'PE_BudgetRate', 'F1', pct(1)),
      plain({ Z2: 'national-project' }),
    );
    const other = sheetOf('Other', plain({ A1: 1, A2: 2, A3: 3, A4: 4 }));
    return {
      sheets: [data.sheet, other.sheet],
      names: [
        ...data.names,
        { name: 'PE_Profile', ref: "'Data'!$Z$2" },
        { name: 'PE_Weights', ref: "'Other'!$A$1:$A$4" },
      ],
    };
  })(),
  sheets: [
    {
      sheet: 'Data',
      profile: GZ,
      indicators: [
        { cell: 'D1', rate: 1, score: 10, flag: 'ok', weight: 10 },
        { cell: 'D2', rate: 0.5, score: 5, flag: 'under100', weight: 10 },
        { cell: 'D3', rate: 1, score: 10, flag: 'ok', weight: 10 },
        { cell: 'D4', rate: 1, score: 10, flag: 'ok', weight: 10 },
      ],
      total: 95, // 15 + 20 + 10 + 50
      grade: '优',
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// W19: how officers type numbers: 万人次 vs a bare count, full-width digits and spaces, a bare
// fraction against a percentage target (warning), ≤ with actual 0, 万元 vs 元, ‰, 百万, target 0
// (warning); budget with a zero 年度预算 (error, incomplete).
const w19scope = { sheet: 'Parse', scope: 'workbook' as const };
export const W19: AcceptanceCase = {
  id: 'W19',
  title: 'parsing: magnitudes, units, full-width digits, ambiguous fraction, target 0, zero budget',
  spec: book(
    sheetOf(
      'Parse',
      indicatorTable(w19scope, 2, { category: 'A', name: 'B', target: 'C', actual: 'D', weight: 'E' }, [
        { category: '数量指标', name: '服务人次', target: '≥8万人次', actual: 80568, weight: 4 },
        { category: '数量指标', name: '全角数字', target: '不少于 １００ 项', actual: '１２０项', weight: 4 },
        { category: '质量指标', name: '小数当百分比', target: '≥95%', actual: 0.98, weight: 4 },
        { category: '时效指标', name: '零天', target: '≤3天', actual: 0, weight: 4 },
        { category: '成本指标', name: '元与万元', target: '≤500万元', actual: '6000000元', weight: 4 },
        { category: '社会效益', name: '千分比', target: '≥2‰', actual: '3‰', weight: 5 },
        { category: '社会效益', name: '百万', target: '≥1百万', actual: 1600000, weight: 5 },
        { category: '经济效益', name: '目标为零', target: '≥0', actual: 5, weight: 5 },
        { category: '满意度', name: '满意度', target: '≥90%', actual: '85%', weight: 5 },
      ]),
      namedCell(w19scope, 'PE_BudgetPlanned', 'H2', 0),
      namedCell(w19scope, 'PE_BudgetSpent', 'H3', 10),
    ),
  ),
  sheets: [
    {
      sheet: 'Parse',
      profile: GZ,
      indicators: [
        { cell: 'D2', rate: 80568 / 80000, score: 4, flag: 'ok' },
        { cell: 'D3', rate: 1.2, score: 4, flag: 'ok' },
        { cell: 'D4', rate: 0.98 / 0.95, score: 4, flag: 'ok' }, // 0.98 read as 98%, with a warning
        { cell: 'D5', rate: 1, score: 4 }, // at most, actual 0 → met
        { cell: 'D6', rate: 5 / 6, score: 3.33, flag: 'under100' }, // 500万元 ÷ 600万元
        { cell: 'D7', rate: 1.5, score: 5, flag: 'ok' }, // 3‰ ÷ 2‰ = exactly 150%
        { cell: 'D8', rate: 1.6, score: 2.5, flag: 'over150' }, // 160万 ÷ 100万 → 5 × 0.5
        { cell: 'D9', rate: 1, score: 5, flag: 'ok' }, // target 0, actual ≥ 0 → 100% (warning)
        { cell: 'D10', rate: 0.85 / 0.9, score: 4.72, flag: 'under100' }, // 5 × 94.44% = 4.7222
      ],
      // 产出 19.33, 效益 17.22, budget cannot be computed (planned 0), 管理 50 → 86.55
      sections: { 产出指标: 19.33, 效益指标: 17.22, 管理效率: 50 },
      total: 86.55,
      grade: '良',
      complete: false,
      warningsAt: ['D4'],
      errorsAt: [{ cell: 'H2|PE_BudgetPlanned' }],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// W20: qualitative levels and binary pairs in guangzhou (one level short 60%, two 0%); grade 中.
const w20scope = { sheet: 'Q', scope: 'workbook' as const };
export const W20: AcceptanceCase = {
  id: 'W20',
  title: 'qualitative one/two levels short, binary pairs, grade 中',
  spec: book(
    sheetOf(
      'Q',
      indicatorTable(w20scope, 2, { category: 'A', name: 'B', target: 'C', actual: 'D', weight: 'E' }, [
        { category: '质量指标', name: '差一级', target: '良好以上', actual: '合格', weight: 10 },
        { category: '质量指标', name: '差两级', target: '优秀', actual: '合格', weight: 10 },
        { category: '社会效益', name: '有无', target: '有', actual: '无', weight: 10 },
        { category: '社会效益', name: '按时', target: '按时完成', actual: '按时', weight: 10 },
      ]),
      namedCell(w20scope, 'PE_BudgetRate', 'H2', pct(0.8)),
    ),
  ),
  sheets: [
    {
      sheet: 'Q',
      profile: GZ,
      indicators: [
        { cell: 'D2', rate: 0.6, score: 6, flag: 'under100' },
        { cell: 'D3', rate: 0, score: 0, flag: 'under100' },
        { cell: 'D4', rate: 0, score: 0, flag: 'under100' },
        { cell: 'D5', rate: 1, score: 10, flag: 'ok' },
      ],
      // 产出 6, 效益 10, 预算 8, 管理 50 → 74
      sections: { 产出指标: 6, 效益指标: 10, 预算执行率: 8, 管理效率: 50 },
      total: 74,
      grade: '中',
      complete: true,
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// W21: the scored sheet's name needs quoting (apostrophe, space), it sits between two other
// sheets, and the sheet after it carries the user's own names (sheet-scoped and workbook-scoped):
// new output sheets must not shift those names to another sheet.
export const W21_SHEET = "O'Brien 表";
const w21scope = { sheet: W21_SHEET, scope: 'sheet' as const };
const w21main = sheetOf(
  W21_SHEET,
  plain({ A8: '预算执行率' }),
  indicatorTable(w21scope, 3, { category: 'B', name: 'C', target: 'D', actual: 'E', weight: 'F' }, [
    { category: '数量指标', name: '甲', target: '≥10', actual: 10, weight: 20 },
    { category: '社会效益', name: '乙', target: '≥10', actual: 16, weight: 10 },
    { name: '丙', target: '≥10', actual: 9, weight: 10 },
  ]),
  namedCell(w21scope, 'PE_BudgetRate', 'B8', pct(1)),
);
w21main.sheet.merges = ['B4:B5']; // 社会效益 typed once over two rows
export const W21: AcceptanceCase = {
  id: 'W21',
  title: "sheet name O'Brien 表 between two sheets, a merged category; the user's names keep their scope",
  spec: {
    sheets: [
      { name: 'Cover', cells: { A1: '封面' } },
      w21main.sheet,
      { name: 'Tail', cells: { A1: 'tail', A2: 0.5 } },
    ],
    names: [
      ...w21main.names,
      { name: 'MyNote', ref: "'Tail'!$A$1", sheet: 'Tail' },
      { name: 'MyRate', ref: "'Tail'!$A$2" },
      { name: 'Print_Titles_Cover', ref: "'Cover'!$A$1", sheet: 'Cover' },
    ],
  },
  sheets: [
    {
      sheet: W21_SHEET,
      profile: GZ,
      indicators: [
        { cell: 'E3', rate: 1, score: 20, flag: 'ok' },
        { cell: 'E4', rate: 1.6, score: 5, flag: 'over150' }, // 10 × 0.5
        { cell: 'E5', rate: 0.9, score: 9, flag: 'under100', section: '效益指标' }, // inherits 社会效益
      ],
      total: 94, // 20 + 14 + 10 + 50
      grade: '优',
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// W22: tolerances and strict boundaries: = with a float artefact (0.1 + 0.2), = within 1e-9 × |t|,
// reverse review exactly at 1.5 (not flagged) and just above (flagged), budget rate above 100%.
const w22scope = { sheet: 'Bounds', scope: 'workbook' as const };
export const W22: AcceptanceCase = {
  id: 'W22',
  title: 'equal tolerance, reverse review boundary, budget rate capped',
  spec: book(
    sheetOf(
      'Bounds',
      indicatorTable(w22scope, 2, { category: 'A', name: 'B', target: 'C', actual: 'D', weight: 'E' }, [
        { category: '质量指标', name: '等于浮点', target: '=0.3', actual: 0.1 + 0.2, weight: 10 },
        { category: '成本指标', name: '反向恰好1.5', target: '≤15', actual: 10, weight: 5 },
        { category: '成本指标', name: '反向超过1.5', target: '≤15', actual: 9.99, weight: 5 },
        { category: '社会效益', name: '等于容差', target: '＝50', actual: 50.0000000001, weight: 10 },
        { category: '社会效益', name: '一半', target: '≥50%', actual: pct(0.25), weight: 10 },
      ]),
      namedCell(w22scope, 'PE_BudgetRate', 'H2', pct(1.2)),
    ),
  ),
  sheets: [
    {
      sheet: 'Bounds',
      profile: GZ,
      indicators: [
        { cell: 'D2', rate: 1, score: 10, flag: 'ok' }, // |0.30000000000000004 − 0.3| ≤ 1e-9
        { cell: 'D3', rate: 1, score: 5, flag: 'ok' }, // 15 ÷ 10 = 1.5, not > 1.5
        { cell: 'D4', rate: 1, score: 5, flag: 'review' }, // 15 ÷ 9.99 > 1.5, never cut
        { cell: 'D5', rate: 1, score: 10, flag: 'ok' }, // |diff| 1e-10 ≤ 1e-9 × 50
        { cell: 'D6', rate: 0.5, score: 5, flag: 'under100' },
      ],
      // 产出 20, 效益 15, 预算 min(1.2, 1) × 10 = 10, 管理 50
      sections: { 产出指标: 20, 效益指标: 15, 预算执行率: 10, 管理效率: 50 },
      total: 95,
      grade: '优',
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// W23: half-up where binary floating point rounds down (801/800 = 100.125% → 100.13%;
// 1 × 0.145 → 0.15; budget 10 × 0.9995 = 9.995 → 10.00) and the bare-number rules around a
// percentage target (≤ 1.5 against ≥ 10% is a fraction with a warning; 2 is 2%; against 5% a
// bare 1 is 1%).
const w23scope = { sheet: 'HalfUp', scope: 'workbook' as const };
export const W23: AcceptanceCase = {
  id: 'W23',
  title: 'half-up on float traps, bare numbers against percentage targets',
  spec: book(
    sheetOf(
      'HalfUp',
      indicatorTable(
        w23scope,
        2,
        { category: 'A', name: 'B', target: 'C', actual: 'D', weight: 'E', reported: 'F' },
        [
          {
            category: '数量指标',
            name: '报告进位',
            target: '≥800',
            actual: 801,
            weight: 10,
            reported: '100.13%',
          },
          {
            category: '数量指标',
            name: '报告舍去',
            target: '≥800',
            actual: 801,
            weight: 5,
            reported: '100.12%',
          },
          { category: '数量指标', name: '得分进位', target: '≥200', actual: 29, weight: 1 },
          { category: '数量指标', name: '小数1.5', target: '≥95%', actual: 1.5, weight: 4 },
          { category: '社会效益', name: '百分点2', target: '≥95%', actual: 2, weight: 10 },
          { category: '社会效益', name: '低目标', target: '≥5%', actual: 1, weight: 10 },
        ],
      ),
      namedCell(w23scope, 'PE_BudgetPlanned', 'H2', 200),
      namedCell(w23scope, 'PE_BudgetSpent', 'H3', 199.9),
    ),
  ),
  sheets: [
    {
      sheet: 'HalfUp',
      profile: GZ,
      indicators: [
        { cell: 'D2', rate: 1.00125, score: 10, flag: 'ok' },
        { cell: 'D3', rate: 1.00125, score: 5, flag: 'ok' },
        { cell: 'D4', rate: 0.145, score: 0.15, flag: 'under100' }, // 1 × 0.145 → 0.15
        { cell: 'D5', rate: 1.5 / 0.95, score: 2, flag: 'over150' }, // 1.5 read as 150% → 4 × 0.5
        { cell: 'D6', rate: 0.02 / 0.95, score: 0.21, flag: 'under100' }, // 2 → 2%; 10 × 2.105%
        { cell: 'D7', rate: 0.2, score: 2, flag: 'under100' }, // 1 → 1% against 5%
      ],
      // 产出 17.15, 效益 2.21, 预算 9.995 → 10.00, 管理 50 → 79.36
      sections: { 产出指标: 17.15, 效益指标: 2.21, 预算执行率: 10, 管理效率: 50 },
      total: 79.36,
      grade: '中',
      complete: true,
      warningsAt: ['F3', 'D5'], // 100.12% vs 100.13%; 1.5 read as a fraction
      quietCells: ['F2'], // 100.13% is the recomputed rate rounded half-up
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// W24: every operator spelling of scoring-rules.md §4 against the same actual 12 (target 10):
// at least → 120%, full marks; at most → 10 ÷ 12, 1 × 83.33% = 0.83; equal → 10 ÷ 12 as well.
const AT_LEAST = ['≥10', '>=10', '＞＝10', '>10', '＞10', '不低于10', '不少于10', '至少10', '10以上', '10'];
const AT_MOST = ['≤10', '<=10', '＜＝10', '<10', '＜10', '不高于10', '不超过10', '10以内', '10以下'];
const EQUAL = ['=10', '＝10'];
const w24scope = { sheet: 'Ops', scope: 'workbook' as const };
const W24_TARGETS = [...AT_LEAST, ...AT_MOST, ...EQUAL];
export const W24: AcceptanceCase = {
  id: 'W24',
  title: 'operator spellings: at least, at most, equal',
  spec: book(
    sheetOf(
      'Ops',
      indicatorTable(
        w24scope,
        2,
        { category: 'A', name: 'B', target: 'C', actual: 'D', weight: 'E' },
        W24_TARGETS.map((target, k) => ({
          category: '数量指标',
          name: `运算符${k + 1}`,
          target,
          actual: 12,
          weight: 1,
        })),
      ),
      namedCell(w24scope, 'PE_BudgetRate', 'H2', pct(1)),
    ),
  ),
  sheets: [
    {
      sheet: 'Ops',
      profile: GZ,
      indicators: W24_TARGETS.map((target, k) =>
        AT_LEAST.includes(target)
          ? { cell: `D${k + 2}`, rate: 1.2, score: 1, flag: 'ok' as Flag }
          : { cell: `D${k + 2}`, rate: 10 / 12, score: 0.83, flag: 'under100' as Flag },
      ),
    },
  ],
};

export const SCORED_CASES: AcceptanceCase[] = [
  W01,
  W02,
  W03,
  W04,
  W05,
  W06,
  W06N,
  W07,
  W08,
  W09,
  W10,
  W12,
  W15,
  W19,
  W20,
  W21,
  W22,
  W23,
  W24,
];

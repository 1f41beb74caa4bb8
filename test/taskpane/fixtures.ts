/**
 * A ScoreResult shaped like the 2023 天河 seed (docs/pane-design.md sketch) and a fake PaneController
 * whose every method is a jest.fn, so the pane is tested without Excel.
 */
import type { PaneAllOutcome, PaneController, SheetStatus } from '../../src/app/controller';
import type { LeagueRow } from '../../src/workbook/leagueTable';
import type { SheetLayout } from '../../src/app/sheet-layout';
import { sheetLayout } from '../../src/app/sheet-layout-build';
import { detectLayout } from '../../src/workbook/detect';
import type { DefinedName } from '../../src/workbook/types';
import { gridOfLayout } from '../workbook/detect/layout';
import { seedPrinted } from '../workbook/detect/seedPrinted';
import type { RunOutcome, UndoPlan } from '../../src/workbook/runOutcome';
import { PROFILES } from '../../src/engine/profiles';
import type { IndicatorResult, ScoreResult } from '../../src/engine/types';

function indicator(
  partial: Partial<IndicatorResult> & Pick<IndicatorResult, 'cell' | 'name'>,
): IndicatorResult {
  return {
    targetCell: partial.cell.replace(/^E/, 'D'),
    row: 0,
    section: '效益指标',
    rate: 1,
    displayRate: 1,
    weight: 1,
    score: 1,
    lost: 0,
    flag: 'ok',
    manual: false,
    note: '完成率100.00%，得满分1.00分',
    ...partial,
  };
}

export const SEED_RESULT: ScoreResult = {
  profile: 'guangzhou-dept',
  rules: { base: 'guangzhou-dept', changed: [], profile: PROFILES['guangzhou-dept'] },
  total: 94.46,
  grade: '优',
  complete: true,
  groups: [
    { name: '履职效能', points: 50, score: 48.92 },
    { name: '管理效率', points: 50, score: 45.54 },
  ],
  sections: [
    { name: '产出指标', points: 20, score: 20 },
    { name: '效益指标', points: 20, score: 18.98 },
    { name: '预算执行率', points: 10, score: 9.94 },
    { name: '管理效率', points: 50, score: 45.54 },
  ],
  indicators: [
    indicator({ cell: 'E3', name: '发放开业"大礼包"套数', rate: 1.4247857, displayRate: 1.4248 }),
    indicator({
      cell: 'E14',
      name: '区政务服务中心服务人数',
      rate: 2.148375,
      displayRate: 2.1484,
      score: 0.5,
      lost: 0.5,
      flag: 'over150',
      note: '完成率214.84%，超过150%，按分值1分的一半计0.50分',
    }),
    indicator({
      cell: 'E15',
      name: '"天河e企查"系统业务量',
      rate: 2.2398,
      displayRate: 2.2398,
      score: 0.5,
      lost: 0.5,
      flag: 'over150',
      note: '完成率223.98%，超过150%，按分值1分的一半计0.50分',
    }),
    indicator({
      cell: 'E20',
      name: '区政务服务事项可网办率',
      rate: 0.9799,
      displayRate: 0.9799,
      score: 0.98,
      lost: 0.02,
      flag: 'under100',
      note: '完成率97.99%，按分值1分×97.99%计0.98分',
    }),
  ],
  budget: { rate: 0.99407, score: 9.94, note: '预算执行率99.41%，计9.94分' },
  deductions: [
    {
      item: '采购合同签订时效性',
      points: 2,
      value: '86.79%',
      rule: '达标 100%',
      deducted: 2,
      reason: '合同签订及时率86.79%，未达100%，扣2分',
      cell: 'C33',
    },
    {
      item: '合同备案时效性',
      points: 1,
      value: '37',
      rule: '计数 1',
      deducted: 1,
      reason: '37个，扣1分',
      cell: 'C34',
    },
    {
      item: '采购政策效能',
      points: 1,
      value: '54.07%',
      rule: '比例',
      deducted: 0.46,
      reason: '比例54.07%，得0.54分，扣0.46分',
      cell: 'C35',
    },
    {
      item: '资产盘点情况',
      points: 1,
      value: '否',
      rule: '是否',
      deducted: 1,
      reason: '否，扣1分',
      cell: 'C36',
    },
  ],
  findings: [
    {
      level: 'warning',
      cell: 'F7',
      message: '报告完成率105%与重算105.16%不一致',
      code: 'reported-rate-mismatch',
    },
    { level: 'info', cell: 'PE_Weights', message: 'PE_Weights 合计50分', code: 'weights-total' },
  ],
  counts: { indicators: 24, fullMarks: 21, over150: 2, review: 0, under100: 1, errors: 0 },
};

export const EMPTY_UNDO: UndoPlan = {
  restore: { sheet: '绩效指标', blocks: [], fills: [], names: [], sheets: [] },
  deleteNames: [],
  deleteSheets: [],
};

export const SCORED: RunOutcome = {
  status: 'scored',
  sheet: '绩效指标',
  result: SEED_RESULT,
  undo: EMPTY_UNDO,
  syncs: 2,
  layout: 'names',
  ranges: {},
  detection: null,
};

/** SCORED with the 自评报告 written (生成自评报告): its sheet and text. */
export const REPORTED: RunOutcome = {
  ...SCORED,
  report: {
    sheet: '自评报告',
    text: '2023年度【请填写：部门名称】部门整体支出绩效自评报告\n\n自评得分为94.46分，自评等级为“优”。\n',
  },
} as RunOutcome;

export const STATUS_SET_UP: SheetStatus = {
  sheet: '绩效指标',
  names: ['PE_Actuals', 'PE_Profile', 'PE_Targets'],
  profile: 'guangzhou-dept',
  hasProfileCell: true,
};

export const STATUS_NEW_SHEET: SheetStatus = {
  sheet: 'Sheet1',
  names: [],
  profile: null,
  hasProfileCell: false,
};

/**
 * The layout the controller reads on the seed's table as printed (test/workbook/detect/seedPrinted.ts)
 * on sheet `sheet`, with the given names: real detection, as the pane would get it.
 */
export function seedLayout(sheet: string, names: DefinedName[] = []): SheetLayout {
  const grid = gridOfLayout(seedPrinted(sheet));
  return sheetLayout(sheet, names, detectLayout(grid, sheet), null);
}

/** A sheet-scoped name on `sheet`. */
export const named = (sheet: string, name: string, cells: string): DefinedName => ({
  name,
  scope: { sheet },
  formula: `'${sheet}'!${cells}`,
});

/** The layout of a sheet where detection finds nothing (an empty sheet). */
export function emptyLayout(sheet: string): SheetLayout {
  const grid = { top: 0, left: 0, values: [], formulas: [], numberFormats: [], fills: [] };
  return sheetLayout(sheet, [], detectLayout(grid, sheet), null);
}

/** 评分全部工作表 on a workbook of three departments and a notes sheet. */
export const ALL_SCORED: Extract<PaneAllOutcome, { status: 'scored' }> = {
  status: 'scored',
  league: '各表评分汇总',
  rows: [
    leagueRow('局机关', 94.46, '优'),
    leagueRow('分局1', 93.96, '优'),
    leagueRow('分局2', 78.5, '良'),
    { ...leagueRow('分局3', null, '未评分'), reason: '工作表 分局3 缺少 PE_Actuals' },
  ],
  skipped: [{ sheet: '填表说明', message: '未找到指标表的表头' }],
  undo: {
    restore: { sheet: '局机关', blocks: [], fills: [], names: [], sheets: [] },
    deleteNames: [],
    deleteSheets: [],
  },
  syncs: 2,
  sheetNames: ['局机关', '分局1', '分局2', '分局3', '填表说明', '各表评分汇总'],
  activeSheet: '局机关',
};

function leagueRow(sheet: string, total: number | null, grade: string): LeagueRow {
  const scored = total !== null;
  return {
    file: '',
    sheet,
    name: sheet,
    total,
    grade,
    over150: scored ? 2 : null,
    under100: scored ? 1 : null,
    errors: scored ? 0 : null,
    complete: scored,
    summary: scored ? { sheet: '评分汇总' } : null,
    reason: '',
  };
}

export type FakeController = { [K in keyof PaneController]: jest.Mock };

/** A controller that answers like a set-up sheet; override any method per test. */
export function fakeController(overrides: Partial<FakeController> = {}): FakeController {
  return {
    getSheetStatus: jest.fn().mockResolvedValue({ ok: true, status: STATUS_SET_UP }),
    score: jest.fn().mockResolvedValue(SCORED),
    scoreAll: jest.fn().mockResolvedValue(ALL_SCORED),
    generateReport: jest.fn().mockResolvedValue(REPORTED),
    undo: jest.fn().mockResolvedValue({ ok: true }),
    undoLastRun: jest.fn().mockResolvedValue({ ok: true }),
    readLayout: jest.fn().mockResolvedValue({
      ok: true,
      layout: seedLayout('绩效指标', [
        named('绩效指标', 'PE_Targets', '$D$4:$D$27'),
        named('绩效指标', 'PE_Actuals', '$E$4:$E$27'),
      ]),
    }),
    defineNames: jest.fn().mockResolvedValue({ ok: true }),
    useSelectionAs: jest.fn().mockResolvedValue({ ok: true, address: 'D3:D26' }),
    insertExample: jest.fn().mockResolvedValue({ ok: true, sheet: '示例-绩效指标' }),
    selectCell: jest.fn().mockResolvedValue({ ok: true }),
    showSummary: jest.fn().mockResolvedValue({ ok: true }),
    watchActiveSheet: jest.fn().mockResolvedValue(true),
    setProfile: jest.fn().mockResolvedValue({ ok: true, stored: 'cell' }),
    ...overrides,
  };
}

/** A promise the test resolves when it wants (to see the pane while a run is in progress). */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

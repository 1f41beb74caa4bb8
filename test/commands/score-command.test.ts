import { allOutcomeMessage } from '../../src/app/all-outcome-message';
import { outcomeMessage } from '../../src/app/outcome-message';
import { createScoreCommand, type ScoreCommandDeps } from '../../src/app/score-command';
import type { RunOutcome } from '../../src/workbook/runOutcome';
import type { ScoreResult } from '../../src/engine/types';

const RESULT = {
  profile: 'guangzhou-dept',
  total: 94.46,
  grade: '优',
  complete: true,
  counts: { indicators: 24, fullMarks: 21, over150: 2, review: 0, under100: 1, errors: 0 },
} as ScoreResult;

const SCORED: RunOutcome = {
  status: 'scored',
  sheet: '绩效指标',
  result: RESULT,
  undo: {
    restore: { sheet: '绩效指标', blocks: [], fills: [], names: [], sheets: [] },
    deleteNames: [],
    deleteSheets: [],
  },
  syncs: 2,
  layout: 'names',
  ranges: {},
  detection: null,
};
const PROTECTED: RunOutcome = {
  status: 'refused',
  sheet: '绩效指标',
  refusal: { sheet: '绩效指标', message: '工作表 绩效指标 受保护', code: 'protected' },
};
const MISSING: RunOutcome = {
  status: 'refused',
  sheet: 'Sheet1',
  refusal: { sheet: 'Sheet1', message: '工作表 Sheet1 缺少 PE_Actuals', code: 'missing-required-name' },
};
const FAILED: RunOutcome = { status: 'failed', sheet: null, message: 'Excel 服务暂时不可用' };

function deps(overrides: Partial<ScoreCommandDeps>): ScoreCommandDeps & { shown: string[] } {
  const shown: string[] = [];
  return {
    score: jest.fn().mockResolvedValue(SCORED),
    describeError: (error) => `出错：${String(error)}`,
    showMessage: jest.fn(async (text: string) => void shown.push(text)),
    openPane: jest.fn().mockResolvedValue(false),
    locale: 'zh-CN',
    shown,
    ...overrides,
  };
}

describe('the 评分本表 command always completes and always says what happened', () => {
  it.each<[string, Partial<ScoreCommandDeps>, string]>([
    ['a scored sheet: total and grade', {}, '工作表 绩效指标 自评得分 94.46，等级：优。'],
    [
      'a protected sheet',
      { score: jest.fn().mockResolvedValue(PROTECTED) },
      '工作表受保护，未写入任何内容。请撤销保护后重试。',
    ],
    [
      'a refused sheet',
      { score: jest.fn().mockResolvedValue(MISSING) },
      '无法评分：工作表 Sheet1 缺少 PE_Actuals',
    ],
    ['a failed run', { score: jest.fn().mockResolvedValue(FAILED) }, '评分未完成：Excel 服务暂时不可用'],
    ['a thrown error', { score: jest.fn().mockRejectedValue('boom') }, '出错：boom'],
  ])('%s', async (_label, overrides, expected) => {
    const d = deps(overrides);
    const event = { completed: jest.fn() };
    await createScoreCommand(d)(event);
    expect(d.shown).toHaveLength(1);
    expect(d.shown[0]).toContain(expected);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('completes even when the message cannot be shown', async () => {
    const event = { completed: jest.fn() };
    await createScoreCommand(deps({ showMessage: jest.fn().mockRejectedValue(new Error('no dialog')) }))(
      event,
    );
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('completes only after the message was closed (the dialog lives in the command’s runtime)', async () => {
    let close!: () => void;
    const event = { completed: jest.fn() };
    const running = createScoreCommand(deps({ showMessage: () => new Promise<void>((r) => (close = r)) }))(
      event,
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(event.completed).not.toHaveBeenCalled();
    close();
    await running;
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe('outcomeMessage', () => {
  it('counts the flags and points at the output sheets', () => {
    expect(outcomeMessage(SCORED)).toBe(
      [
        '工作表 绩效指标 自评得分 94.46，等级：优。',
        '需调整目标 2 项，未完成 1 项，建议复核 0 项，无法评分 0 项。',
        '详见“评分汇总”“扣分明细”工作表，或打开任务窗格。',
      ].join('\n'),
    );
  });

  it('says when the total is incomplete', () => {
    const incomplete = { ...SCORED, result: { ...RESULT, complete: false } } as RunOutcome;
    expect(outcomeMessage(incomplete)).toContain('部分内容无法评分');
  });

  it('speaks English for a non-Chinese Office', () => {
    expect(outcomeMessage(SCORED, 'en-US')).toContain('self-evaluation score 94.46, grade: Excellent.');
    expect(outcomeMessage(PROTECTED, 'en-US')).toBe(
      'The sheet is protected; nothing was written. Unprotect it and try again.',
    );
  });

  it('pads scores to two decimals', () => {
    const round = { ...SCORED, result: { ...RESULT, total: 90, grade: '优' } } as RunOutcome;
    expect(outcomeMessage(round)).toContain('自评得分 90.00');
  });
});

describe('allOutcomeMessage (评分全部工作表 from the ribbon)', () => {
  const skipped = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ sheet: `说明${i + 1}`, message: '未找到' }));

  it('names at most five sheets, then says how many in all', () => {
    const refused = {
      status: 'refused',
      code: 'no-ranges',
      message: '没有可评分的工作表',
      skipped: skipped(7),
    } as const;
    expect(allOutcomeMessage(refused)).toBe(
      '无法评分：没有可评分的工作表\n跳过 7 张没有评分表的工作表：说明1、说明2、说明3、说明4、说明5 等 7 张。',
    );
    expect(allOutcomeMessage(refused, 'en-US').split('\n')[1]).toBe(
      'Skipped 7 sheet(s) without a table to score: 说明1, 说明2, 说明3, 说明4, 说明5 and 2 more.',
    );
  });
});

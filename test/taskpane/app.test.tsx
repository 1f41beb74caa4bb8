import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { STRUCTURE_PROTECTED_MESSAGE } from '../../src/workbook/plan';
import type { RunOutcome } from '../../src/workbook/runOutcome';
import { App } from '../../src/taskpane/App';
import {
  ALL_SCORED,
  deferred,
  EMPTY_UNDO,
  emptyLayout,
  fakeController,
  SCORED,
  SEED_RESULT,
  seedLayout,
  STATUS_NEW_SHEET,
  STATUS_SET_UP,
  type FakeController,
} from './fixtures';

function renderApp(controller: FakeController, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  return render(<App controller={controller} initialLocale={locale} />);
}

async function scoreOnce(controller: FakeController) {
  renderApp(controller);
  await screen.findByText('工作表：绩效指标');
  fireEvent.click(screen.getByRole('button', { name: '评分本表' }));
  await screen.findByTestId('total');
}

describe('the score button', () => {
  it('shows the sheet to be scored, read from the controller', async () => {
    const controller = fakeController();
    renderApp(controller);
    expect(await screen.findByText('工作表：绩效指标')).toBeTruthy();
    expect(controller.getSheetStatus).toHaveBeenCalled();
  });

  it('shows a spinner and 正在评分… while running, then the result', async () => {
    const run = deferred<RunOutcome>();
    const controller = fakeController({ score: jest.fn().mockReturnValue(run.promise) });
    renderApp(controller);
    await screen.findByText('工作表：绩效指标');

    fireEvent.click(screen.getByRole('button', { name: '评分本表' }));
    const busy = screen.getByRole('button', { name: /正在评分…/ });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    expect(busy.querySelector('[role="progressbar"]')).not.toBeNull();

    await act(async () => run.resolve(SCORED));
    expect(screen.getByTestId('total').textContent).toBe('94.46');
    expect(screen.getByTestId('grade').textContent).toBe('优');
    expect(screen.getByRole('button', { name: '评分本表' })).toBeTruthy();
    expect(screen.getByTestId('notice').textContent).toContain('已评分：94.46 分，等级 优。');
  });

  it('keeps the result on screen and replaces it when scoring again', async () => {
    const rescored: RunOutcome = {
      ...SCORED,
      result: { ...SEED_RESULT, total: 88.5, grade: '良' },
    } as RunOutcome;
    const controller = fakeController({
      score: jest.fn().mockResolvedValueOnce(SCORED).mockResolvedValueOnce(rescored),
    });
    await scoreOnce(controller);
    fireEvent.click(screen.getByRole('button', { name: '评分本表' }));
    await waitFor(() => expect(screen.getByTestId('total').textContent).toBe('88.50'));
    expect(screen.getByTestId('grade').textContent).toBe('良');
  });
});

describe('outcomes that are not a score are shown in a MessageBar', () => {
  it.each<[string, RunOutcome, string]>([
    [
      'a protected sheet',
      {
        status: 'refused',
        sheet: '绩效指标',
        refusal: { sheet: '绩效指标', message: 'x', code: 'protected' },
      },
      '工作表受保护，未写入任何内容。请撤销保护后重试。',
    ],
    [
      'a missing required name',
      {
        status: 'refused',
        sheet: 'Sheet1',
        refusal: { sheet: 'Sheet1', message: '工作表 Sheet1 缺少 PE_Actuals', code: 'missing-required-name' },
      },
      '工作表 Sheet1 缺少 PE_Actuals',
    ],
    ['an Excel failure', { status: 'failed', sheet: null, message: '请求过大' }, '请求过大'],
  ])('%s', async (_label, outcome, text) => {
    const controller = fakeController({ score: jest.fn().mockResolvedValue(outcome) });
    renderApp(controller);
    await screen.findByText('工作表：绩效指标');
    fireEvent.click(screen.getByRole('button', { name: '评分本表' }));
    const notice = await screen.findByTestId('notice');
    expect(notice.textContent).toContain(text);
    expect(screen.queryByTestId('total')).toBeNull();
    // The button is ready again: never a dead end.
    expect((screen.getByRole('button', { name: '评分本表' }) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('working with the result', () => {
  it('clicking a flagged indicator selects its cell on the scored sheet', async () => {
    const controller = fakeController();
    await scoreOnce(controller);
    fireEvent.click(screen.getAllByTestId('indicator-item')[0]);
    await waitFor(() => expect(controller.selectCell).toHaveBeenCalledWith('绩效指标', 'E14'));
  });

  it('撤销本次评分 applies the run’s undo plan and clears the result', async () => {
    const controller = fakeController();
    await scoreOnce(controller);
    fireEvent.click(screen.getByRole('button', { name: '撤销本次评分' }));
    await waitFor(() =>
      expect(controller.undo).toHaveBeenCalledWith(SCORED.status === 'scored' && SCORED.undo, null),
    );
    await waitFor(() => expect(screen.queryByTestId('total')).toBeNull());
    expect(screen.getByTestId('notice').textContent).toContain('已撤销本次评分');
  });

  it('查看评分汇总表 opens the summary of the scored sheet', async () => {
    const controller = fakeController();
    await scoreOnce(controller);
    fireEvent.click(screen.getByRole('button', { name: '查看评分汇总表' }));
    await waitFor(() => expect(controller.showSummary).toHaveBeenCalledWith('绩效指标'));
  });

  it('a failed selection is explained, not swallowed', async () => {
    const controller = fakeController({
      selectCell: jest
        .fn()
        .mockResolvedValue({ ok: false, problem: { code: 'office-error', detail: '找不到工作表' } }),
    });
    await scoreOnce(controller);
    fireEvent.click(screen.getAllByTestId('indicator-item')[0]);
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('找不到工作表'));
  });
});

describe('the profile choice', () => {
  async function choose(controller: FakeController, value: string) {
    renderApp(controller);
    await screen.findByText('工作表：绩效指标');
    const select = screen.getByRole('combobox', { name: '评分规则' });
    await act(async () => fireEvent.change(select, { target: { value } }));
  }

  it('writes the choice through the controller and says where it was stored', async () => {
    const controller = fakeController();
    await choose(controller, 'national-project');
    expect((await screen.findByTestId('notice')).textContent).toContain('评分规则已写入 PE_Profile。');
    expect(controller.setProfile).toHaveBeenCalledWith('national-project');
  });

  it('says the choice is for this session only when the sheet has no PE_Profile', async () => {
    const controller = fakeController({
      setProfile: jest.fn().mockResolvedValue({ ok: true, stored: 'session' }),
    });
    await choose(controller, 'national-project');
    expect((await screen.findByTestId('notice')).textContent).toContain('只用于本次打开期间');
  });
});

describe('language switch', () => {
  it('switches every visible string to en-US and back', async () => {
    const controller = fakeController();
    await scoreOnce(controller);
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    // The English strings are a chunk of their own: they arrive a moment later.
    expect(await screen.findByRole('button', { name: 'Score this sheet' })).toBeTruthy();
    expect(screen.getByText('Sheet: 绩效指标')).toBeTruthy();
    expect(screen.getByTestId('grade').textContent).toBe('Excellent');
    expect(screen.getByRole('button', { name: 'Undo last scoring' })).toBeTruthy();
    expect(screen.getByText('Target needs revision (2)')).toBeTruthy();
    expect(screen.getByRole('option', { name: 'National project spending' })).toBeTruthy();
    // The message already on screen is re-worded too.
    expect(screen.getByTestId('notice').textContent).toContain('Scored: 94.46, grade Excellent.');

    fireEvent.click(screen.getByRole('button', { name: '切换到中文' }));
    expect(await screen.findByRole('button', { name: '评分本表' })).toBeTruthy();
  });

  it('takes the sheet’s status from a scored run instead of reading it again (2 round trips a click)', async () => {
    const after = { ...STATUS_SET_UP, profile: 'national-project' as const };
    const controller = fakeController({
      score: jest.fn().mockResolvedValue({ ...SCORED, sheetStatus: after }),
    });
    renderApp(controller);
    await screen.findByText('工作表：绩效指标');
    const reads = controller.getSheetStatus.mock.calls.length;
    fireEvent.click(screen.getByRole('button', { name: '评分本表' }));
    await screen.findByTestId('total');
    await act(async () => undefined);
    expect(controller.getSheetStatus.mock.calls.length).toBe(reads);
    expect(controller.score).toHaveBeenCalledTimes(1);
  });

  it('reads the status again after a run that carries none (a failed run)', async () => {
    const controller = fakeController({
      score: jest.fn().mockResolvedValue({ status: 'failed', sheet: null, message: 'x' }),
    });
    renderApp(controller);
    await screen.findByText('工作表：绩效指标');
    const reads = controller.getSheetStatus.mock.calls.length;
    fireEvent.click(screen.getByRole('button', { name: '评分本表' }));
    await waitFor(() => expect(controller.getSheetStatus.mock.calls.length).toBe(reads + 1));
  });

  it('starts in en-US when Office says so', async () => {
    renderApp(fakeController(), 'en-US');
    expect(await screen.findByText('Sheet: 绩效指标')).toBeTruthy();
  });
});

describe('a sheet that is not set up', () => {
  it('shows the setup card instead of leaving the officer with a dead end', async () => {
    const controller = fakeController({
      getSheetStatus: jest.fn().mockResolvedValue({ ok: true, status: STATUS_NEW_SHEET }),
    });
    renderApp(controller);
    expect(await screen.findByText('本表尚未设置评分区域')).toBeTruthy();
  });

  it('does not show it when the sheet has names', async () => {
    renderApp(fakeController());
    await screen.findByText('工作表：绩效指标');
    expect(screen.queryByTestId('setup-card')).toBeNull();
  });
});

describe('following the active sheet', () => {
  it('re-reads the sheet when Excel reports another sheet was activated', async () => {
    let activated: () => void = () => undefined;
    const controller = fakeController({
      watchActiveSheet: jest.fn(async (onChange: () => void) => {
        activated = onChange;
        return true;
      }),
    });
    renderApp(controller);
    await screen.findByText('工作表：绩效指标');
    controller.getSheetStatus.mockResolvedValue({
      ok: true,
      status: { ...STATUS_NEW_SHEET, sheet: '另一张表' },
    });
    await act(async () => activated());
    expect(await screen.findByText('工作表：另一张表')).toBeTruthy();
  });
});

describe('results belong to the sheet they were computed on', () => {
  it('switching sheets shows that sheet’s state; switching back shows its result again', async () => {
    let activated: () => void = () => undefined;
    const controller = fakeController({
      watchActiveSheet: jest.fn(async (onChange: () => void) => {
        activated = onChange;
        return true;
      }),
    });
    await scoreOnce(controller);
    expect(screen.getByTestId('scored-sheet').textContent).toBe('评分结果：工作表 绩效指标');

    // Another sheet, not set up: its setup card, no result and no message about the other sheet.
    controller.getSheetStatus.mockResolvedValue({
      ok: true,
      status: { ...STATUS_NEW_SHEET, sheet: '另一张表' },
    });
    controller.readLayout.mockResolvedValue({ ok: true, layout: emptyLayout('另一张表') });
    await act(async () => activated());
    expect(await screen.findByText('工作表：另一张表')).toBeTruthy();
    expect(screen.queryByTestId('total')).toBeNull();
    expect(screen.queryByTestId('notice')).toBeNull();
    expect(await screen.findByTestId('setup-card')).toBeTruthy();

    // Back: the result of 绩效指标 again.
    controller.getSheetStatus.mockResolvedValue({ ok: true, status: STATUS_SET_UP });
    await act(async () => activated());
    await screen.findByText('工作表：绩效指标');
    expect(screen.getByTestId('total').textContent).toBe('94.46');
    expect(screen.queryByTestId('setup-card')).toBeNull();
  });

  it('a layout read for a sheet the officer has left is not shown on the next one', async () => {
    let activated: () => void = () => undefined;
    const slow = deferred<unknown>();
    const controller = fakeController({
      getSheetStatus: jest.fn().mockResolvedValue({ ok: true, status: STATUS_NEW_SHEET }),
      readLayout: jest.fn().mockReturnValueOnce(slow.promise),
      watchActiveSheet: jest.fn(async (onChange: () => void) => {
        activated = onChange;
        return true;
      }),
    });
    renderApp(controller);
    await screen.findByText('工作表：Sheet1');
    controller.getSheetStatus.mockResolvedValue({ ok: true, status: { ...STATUS_NEW_SHEET, sheet: '空表' } });
    controller.readLayout.mockResolvedValue({ ok: true, layout: emptyLayout('空表') });
    await act(async () => activated());
    await screen.findByText('工作表：空表');
    await act(async () => slow.resolve({ ok: true, layout: seedLayout('Sheet1') }));
    expect(await screen.findByText('无法自动识别：工作表是空的')).toBeTruthy();
    const tags = screen.getAllByTestId('range-item').map((item) => item.getAttribute('data-tag'));
    expect(tags).not.toContain('partFound');
  });
});

describe('评分本表 on a sheet without names', () => {
  it('scores from the detection and says the ranges were detected and defined', async () => {
    const detected = { ...SCORED, layout: 'detected', sheet: 'Sheet1' } as RunOutcome;
    const controller = fakeController({
      getSheetStatus: jest.fn().mockResolvedValue({ ok: true, status: STATUS_NEW_SHEET }),
      readLayout: jest.fn().mockResolvedValue({ ok: true, layout: seedLayout('Sheet1') }),
      score: jest.fn().mockResolvedValue(detected),
    });
    renderApp(controller);
    await screen.findByTestId('ranges-list');
    fireEvent.click(screen.getByRole('button', { name: '评分本表' }));
    const notice = await screen.findByTestId('notice');
    expect(notice.textContent).toContain('已评分：94.46 分，等级 优。');
    expect(notice.textContent).toContain('评分区域为按表头自动识别，已设为本表的名称');
    expect(screen.getByText('评分区域：按表头自动识别')).toBeTruthy();
  });

  it('when nothing can be found: the refusal, and the checklist says what is missing', async () => {
    const controller = fakeController({
      getSheetStatus: jest.fn().mockResolvedValue({ ok: true, status: STATUS_NEW_SHEET }),
      readLayout: jest.fn().mockResolvedValue({ ok: true, layout: emptyLayout('Sheet1') }),
      score: jest.fn().mockResolvedValue({
        status: 'refused',
        sheet: 'Sheet1',
        refusal: {
          sheet: 'Sheet1',
          code: 'not-found',
          message: '工作表 Sheet1 未能自动识别评分区域：工作表是空的',
        },
      }),
    });
    renderApp(controller);
    await screen.findByTestId('ranges-list');
    fireEvent.click(screen.getByRole('button', { name: '评分本表' }));
    expect((await screen.findByTestId('notice')).textContent).toContain('未能自动识别评分区域');
    expect(screen.getByTestId('setup-card')).toBeTruthy();
    expect(screen.queryByTestId('total')).toBeNull();
  });
});

describe('the rules shown belong to the sheet too', () => {
  it('a choice made on one sheet without PE_Profile is not shown (nor used) on another', async () => {
    let activated: () => void = () => undefined;
    const noCell = { ...STATUS_SET_UP, profile: null, hasProfileCell: false };
    const controller = fakeController({
      getSheetStatus: jest.fn().mockResolvedValue({ ok: true, status: noCell }),
      setProfile: jest.fn().mockResolvedValue({ ok: true, stored: 'session' }),
      watchActiveSheet: jest.fn(async (onChange: () => void) => {
        activated = onChange;
        return true;
      }),
    });
    renderApp(controller);
    await screen.findByText('工作表：绩效指标');
    const select = () => screen.getByRole('combobox', { name: '评分规则' }) as HTMLSelectElement;
    await act(async () => fireEvent.change(select(), { target: { value: 'national-project' } }));
    expect(select().value).toBe('national-project');

    controller.getSheetStatus.mockResolvedValue({ ok: true, status: { ...noCell, sheet: '部门表' } });
    await act(async () => activated());
    await screen.findByText('工作表：部门表');
    expect(select().value).toBe('guangzhou-dept');

    controller.getSheetStatus.mockResolvedValue({ ok: true, status: noCell });
    await act(async () => activated());
    await screen.findByText('工作表：绩效指标');
    expect(select().value).toBe('national-project');
  });

  it('after a run on a sheet without PE_Profile, the header shows the rules that run used', async () => {
    const project = {
      ...SCORED,
      layout: 'detected',
      result: { ...SEED_RESULT, profile: 'national-project' },
    } as RunOutcome;
    const controller = fakeController({
      getSheetStatus: jest
        .fn()
        .mockResolvedValue({ ok: true, status: { ...STATUS_SET_UP, profile: null, hasProfileCell: false } }),
      score: jest.fn().mockResolvedValue(project),
    });
    await scoreOnce(controller);
    await waitFor(() =>
      expect((screen.getByRole('combobox', { name: '评分规则' }) as HTMLSelectElement).value).toBe(
        'national-project',
      ),
    );
  });
});

describe('a write that failed part-way', () => {
  it('offers the undo of what was written, and applies it', async () => {
    const partialUndo = { ...EMPTY_UNDO, deleteSheets: ['评分汇总'] };
    const controller = fakeController({
      score: jest.fn().mockResolvedValue({
        status: 'failed',
        sheet: '绩效指标',
        message: '写入中途失败，已写入：新增工作表 评分汇总。',
        written: ['新增工作表 评分汇总'],
        undo: partialUndo,
      }),
    });
    renderApp(controller);
    await screen.findByText('工作表：绩效指标');
    fireEvent.click(screen.getByRole('button', { name: '评分本表' }));
    const button = await screen.findByRole('button', { name: '撤销已写入的部分' });
    expect(screen.getByTestId('notice').textContent).toContain('新增工作表 评分汇总');
    fireEvent.click(button);
    await waitFor(() => expect(controller.undo).toHaveBeenCalledWith(partialUndo, null));
    await waitFor(() => expect(screen.queryByRole('button', { name: '撤销已写入的部分' })).toBeNull());
  });
});

describe('a structure-protected workbook', () => {
  it('is explained in the pane’s language', async () => {
    const controller = fakeController({
      score: jest.fn().mockResolvedValue({
        status: 'refused',
        sheet: '绩效指标',
        refusal: { sheet: '绩效指标', code: 'protected', message: STRUCTURE_PROTECTED_MESSAGE },
      }),
    });
    renderApp(controller, 'en-US');
    await screen.findByText('Sheet: 绩效指标');
    fireEvent.click(screen.getByRole('button', { name: 'Score this sheet' }));
    expect(await screen.findByText(/workbook structure is protected/)).toBeTruthy();
  });
});

describe('the last run kept in the workbook (a ribbon run)', () => {
  it('is offered for undo on its sheet when the pane has no result of its own', async () => {
    const controller = fakeController({
      getSheetStatus: jest
        .fn()
        .mockResolvedValue({ ok: true, status: { ...STATUS_SET_UP, canUndoLastRun: true } }),
    });
    renderApp(controller);
    const button = await screen.findByRole('button', { name: '撤销上次评分（含功能区发起的评分）' });
    fireEvent.click(button);
    await waitFor(() => expect(controller.undoLastRun).toHaveBeenCalledWith('绩效指标'));
    expect(await screen.findByText('已撤销本次评分，表格已恢复。')).toBeTruthy();
  });
});

describe('the last 评分全部工作表 kept in the workbook (a ribbon run)', () => {
  const ALL_RECORD = { ...STATUS_SET_UP, canUndoLastRun: true, lastRunAllSheets: true };

  it('is offered as the whole run’s undo, in Chinese and in English', async () => {
    const controller = fakeController({
      getSheetStatus: jest.fn().mockResolvedValue({ ok: true, status: ALL_RECORD }),
    });
    renderApp(controller);
    const button = await screen.findByRole('button', {
      name: '撤销上次“评分全部工作表”（所有已评分的工作表及各表评分汇总）',
    });
    expect(screen.queryByRole('button', { name: '撤销上次评分（含功能区发起的评分）' })).toBeNull();
    fireEvent.click(button);
    await waitFor(() => expect(controller.undoLastRun).toHaveBeenCalledWith('绩效指标'));
    expect(
      await screen.findByText('已撤销上次“评分全部工作表”：各工作表及各表评分汇总均已恢复为评分前的状态。'),
    ).toBeTruthy();
  });

  it('undone from 各表评分汇总 (then gone, another sheet on screen): the notice stays', async () => {
    const controller = fakeController({
      getSheetStatus: jest
        .fn()
        .mockResolvedValueOnce({ ok: true, status: { ...ALL_RECORD, sheet: '各表评分汇总', names: [] } })
        .mockResolvedValue({ ok: true, status: STATUS_SET_UP }),
    });
    renderApp(controller);
    await screen.findByText('工作表：各表评分汇总');
    fireEvent.click(screen.getByTestId('undo-last-run'));
    await waitFor(() => expect(controller.undoLastRun).toHaveBeenCalledWith('各表评分汇总'));
    await screen.findByText('工作表：绩效指标');
    expect(
      await screen.findByText('已撤销上次“评分全部工作表”：各工作表及各表评分汇总均已恢复为评分前的状态。'),
    ).toBeTruthy();
  });

  it('speaks English when the pane does', async () => {
    const controller = fakeController({
      getSheetStatus: jest.fn().mockResolvedValue({ ok: true, status: ALL_RECORD }),
    });
    renderApp(controller, 'en-US');
    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Undo the last “Score all sheets” (every sheet it scored and 各表评分汇总)',
      }),
    );
    expect(
      await screen.findByText(
        'The last “Score all sheets” was undone; every sheet it scored and 各表评分汇总 are as they were.',
      ),
    ).toBeTruthy();
  });

  it('is not offered twice after the pane’s own run: its list has the undo', async () => {
    const controller = fakeController({
      getSheetStatus: jest.fn().mockResolvedValue({ ok: true, status: STATUS_SET_UP }),
      scoreAll: jest.fn().mockResolvedValue({ ...ALL_SCORED, sheetStatus: ALL_RECORD }),
    });
    renderApp(controller);
    await screen.findByText('工作表：绩效指标');
    fireEvent.click(screen.getByRole('button', { name: '评分全部工作表' }));
    await screen.findByRole('button', { name: '撤销全部工作表的评分' });
    expect(screen.queryByTestId('undo-last-run')).toBeNull();
  });
});

/**
 * The pane in a shared runtime with the ribbon (src/app/pane-requests.ts): when 评分本表 could not
 * find the ranges it opens the pane, which must show the sheet the ribbon ran on (read again, not the
 * one shown before) at its setup card, with the ribbon's message; after a ribbon run the pane
 * re-reads the sheet; a request sent before the pane listens is not lost.
 */
import { act, render, screen, within } from '@testing-library/react';
import { createPaneRequests } from '../../src/app/pane-requests';
import { App } from '../../src/taskpane/App';
import { emptyLayout, fakeController, STATUS_NEW_SHEET, STATUS_SET_UP } from './fixtures';

const MESSAGE = '无法评分：工作表 说明 未能自动识别评分区域：未找到年度目标值列。未写入任何内容。';
const PROSE = { ...STATUS_NEW_SHEET, sheet: '说明' };

describe('ribbon requests', () => {
  it('setup: re-reads the active sheet and shows its setup card with the ribbon’s message', async () => {
    const requests = createPaneRequests();
    const controller = fakeController({
      getSheetStatus: jest
        .fn()
        .mockResolvedValueOnce({ ok: true, status: STATUS_SET_UP })
        .mockResolvedValue({ ok: true, status: PROSE }),
      readLayout: jest.fn().mockResolvedValue({ ok: true, layout: emptyLayout('说明') }),
    });
    render(<App controller={controller} requests={requests} />);
    await screen.findByText('工作表：绩效指标');
    expect(screen.queryByText('本表尚未设置评分区域')).toBeNull();

    act(() => requests.send({ kind: 'setup', sheet: '说明', message: MESSAGE }));
    await screen.findByText('工作表：说明');
    await screen.findByText('本表尚未设置评分区域');
    expect(within(await screen.findByTestId('notice')).getByText(MESSAGE)).toBeTruthy();
    expect(controller.score).not.toHaveBeenCalled();
  });

  it('a request sent before the pane listens (the ribbon started the runtime) is delivered', async () => {
    const requests = createPaneRequests();
    requests.send({ kind: 'setup', sheet: '说明', message: MESSAGE });
    const controller = fakeController({
      getSheetStatus: jest.fn().mockResolvedValue({ ok: true, status: PROSE }),
      readLayout: jest.fn().mockResolvedValue({ ok: true, layout: emptyLayout('说明') }),
    });
    render(<App controller={controller} requests={requests} />);
    await screen.findByText('本表尚未设置评分区域');
    expect(within(await screen.findByTestId('notice')).getByText(MESSAGE)).toBeTruthy();
  });

  it('refresh: after a ribbon run the pane reads the sheet again (撤销上次评分 appears)', async () => {
    const requests = createPaneRequests();
    const controller = fakeController({
      getSheetStatus: jest
        .fn()
        .mockResolvedValueOnce({ ok: true, status: STATUS_SET_UP })
        .mockResolvedValue({ ok: true, status: { ...STATUS_SET_UP, canUndoLastRun: true } }),
    });
    render(<App controller={controller} requests={requests} />);
    await screen.findByText('工作表：绩效指标');
    expect(screen.queryByRole('button', { name: /^撤销上次评分/ })).toBeNull();
    act(() => requests.send({ kind: 'refresh' }));
    await screen.findByRole('button', { name: /^撤销上次评分/ });
  });
});

/**
 * The pane's 评分全部工作表: the button (zh/en), the ranked list (total and grade per sheet, the
 * sheets not scored with why), a click on a line activates that sheet, undo of the whole run.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { PaneAllOutcome } from '../../src/app/controller';
import { App } from '../../src/taskpane/App';
import { ALL_SCORED, fakeController, STATUS_SET_UP } from './fixtures';

describe('评分全部工作表 in the pane', () => {
  it('lists every sheet by total, then those not scored, and activates a sheet on click', async () => {
    const controller = fakeController({
      scoreAll: jest.fn().mockResolvedValue({ ...ALL_SCORED, sheetStatus: STATUS_SET_UP }),
    });
    render(<App controller={controller} initialLocale="zh-CN" />);
    await screen.findByText('工作表：绩效指标');
    fireEvent.click(screen.getByRole('button', { name: '评分全部工作表' }));

    await screen.findByTestId('league-results');
    const rows = screen.getAllByTestId('league-row').map((row) => row.textContent);
    expect(rows).toEqual([
      '1. 局机关94.46 优',
      '2. 分局193.96 优',
      '3. 分局278.50 良',
      '分局3未评分工作表 分局3 缺少 PE_Actuals',
    ]);
    expect(screen.getByTestId('league-skipped').textContent).toBe('填表说明未评分未找到指标表的表头');
    expect(screen.getByTestId('notice').textContent).toContain(
      '已评分 3 张工作表，排名写入工作表“各表评分汇总”。',
    );
    // The status came with the outcome: no read after the click.
    expect(controller.getSheetStatus).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getAllByTestId('league-row')[1]);
    await waitFor(() => expect(controller.selectCell).toHaveBeenCalledWith('分局1', 'A1'));
    fireEvent.click(screen.getByRole('button', { name: '查看各表评分汇总' }));
    await waitFor(() => expect(controller.selectCell).toHaveBeenCalledWith('各表评分汇总', 'A1'));

    fireEvent.click(screen.getByRole('button', { name: '撤销全部工作表的评分' }));
    await waitFor(() => expect(controller.undo).toHaveBeenCalledWith(ALL_SCORED.undo, null));
    await waitFor(() => expect(screen.queryByTestId('league-results')).toBeNull());
  });

  it('in English', async () => {
    const controller = fakeController();
    render(<App controller={controller} initialLocale="en-US" />);
    const button = await screen.findByRole('button', { name: 'Score all sheets' });
    fireEvent.click(button);
    await screen.findByTestId('league-results');
    expect(screen.getAllByTestId('league-row')[3].textContent).toContain('Not scored');
    expect(screen.getByRole('button', { name: 'Undo scoring all sheets' })).toBeTruthy();
  });

  it('nothing to score: the reason, nothing listed', async () => {
    const refused: PaneAllOutcome = {
      status: 'refused',
      code: 'no-ranges',
      message: '没有可评分的工作表，未写入任何内容。',
      skipped: [],
    };
    const controller = fakeController({ scoreAll: jest.fn().mockResolvedValue(refused) });
    render(<App controller={controller} initialLocale="zh-CN" />);
    await screen.findByText('工作表：绩效指标');
    fireEvent.click(screen.getByRole('button', { name: '评分全部工作表' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('没有可评分的工作表'));
    expect(screen.queryByTestId('league-results')).toBeNull();
  });
});

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { DetectedSetup } from '../../src/app/controller';
import { App } from '../../src/taskpane/App';
import { fakeController, STATUS_NEW_SHEET, STATUS_SET_UP, type FakeController } from './fixtures';

const DETECTED: DetectedSetup = {
  sheet: 'Sheet1',
  proposal: {
    headerRow: 1,
    firstRow: 2,
    lastRow: 25,
    missingRequired: [],
    ranges: [
      { name: 'PE_Names', header: '三级指标', top: 2, bottom: 25, col: 2, address: 'C3:C26' },
      { name: 'PE_Targets', header: '年度\n目标值', top: 2, bottom: 25, col: 3, address: 'D3:D26' },
      { name: 'PE_Actuals', header: '年度实现值', top: 2, bottom: 25, col: 4, address: 'E3:E26' },
    ],
  },
};

/** A controller for a fresh sheet that becomes set up once names are defined. */
function newSheetController(overrides: Partial<FakeController> = {}): FakeController {
  return fakeController({
    getSheetStatus: jest
      .fn()
      .mockResolvedValueOnce({ ok: true, status: STATUS_NEW_SHEET })
      .mockResolvedValue({ ok: true, status: STATUS_SET_UP }),
    detectSetup: jest.fn().mockResolvedValue({ ok: true, detected: DETECTED }),
    ...overrides,
  });
}

async function openSetup(controller: FakeController) {
  render(<App controller={controller} />);
  await screen.findByText('本表尚未设置评分区域');
}

describe('setup card: detect from headers', () => {
  it('shows what it found, and defines those names once confirmed', async () => {
    const controller = newSheetController();
    await openSetup(controller);

    fireEvent.click(screen.getByRole('button', { name: '自动识别表头' }));
    const found = await screen.findByTestId('setup-found');
    expect(found.textContent).toContain('年度目标值 → D3:D26');
    expect(found.textContent).toContain('年度实现值 → E3:E26');
    expect(controller.defineNames).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: '确认并设置' }));
    expect((await screen.findByTestId('notice')).textContent).toContain('已设置 3 个评分区域。');
    expect(controller.defineNames).toHaveBeenCalledWith([
      { name: 'PE_Names', address: 'C3:C26' },
      { name: 'PE_Targets', address: 'D3:D26' },
      { name: 'PE_Actuals', address: 'E3:E26' },
    ]);
    // The sheet is re-read: now set up, the card goes away.
    await waitFor(() => expect(screen.queryByTestId('setup-card')).toBeNull());
    expect(screen.getByText('工作表：绩效指标')).toBeTruthy();
  });

  it('will not define names when a required header is missing', async () => {
    const partial: DetectedSetup = {
      ...DETECTED,
      proposal: {
        ...DETECTED.proposal,
        missingRequired: ['PE_Actuals'],
        ranges: DETECTED.proposal.ranges.slice(0, 2),
      },
    };
    const controller = newSheetController({
      detectSetup: jest.fn().mockResolvedValue({ ok: true, detected: partial }),
    });
    await openSetup(controller);
    fireEvent.click(screen.getByRole('button', { name: '自动识别表头' }));
    expect((await screen.findByTestId('setup-found')).textContent).toContain('未找到必需的表头：PE_Actuals');
    expect((screen.getByRole('button', { name: '确认并设置' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('explains when no table was found', async () => {
    const controller = newSheetController({
      detectSetup: jest
        .fn()
        .mockResolvedValue({ ok: false, problem: { code: 'no-table', detail: 'Sheet1' } }),
    });
    await openSetup(controller);
    fireEvent.click(screen.getByRole('button', { name: '自动识别表头' }));
    expect((await screen.findByTestId('notice')).textContent).toContain(
      '没有找到包含“年度目标值”“年度实现值”的表头',
    );
  });
});

describe('setup card: use the selection as…', () => {
  it('offers the names in a menu and defines the chosen one', async () => {
    const controller = newSheetController();
    await openSetup(controller);
    const menu = screen.getByRole('combobox', { name: '用所选区域设为…' });
    expect([...menu.querySelectorAll('option')].map((el) => el.textContent)).toContain(
      'PE_BudgetPlanned（年度预算）',
    );
    await act(async () => fireEvent.change(menu, { target: { value: 'PE_Targets' } }));
    expect((await screen.findByTestId('notice')).textContent).toContain('已将 D3:D26 设为 PE_Targets。');
    expect(controller.useSelectionAs).toHaveBeenCalledWith('PE_Targets');
  });

  it('explains a selection of the wrong shape', async () => {
    const controller = newSheetController({
      useSelectionAs: jest
        .fn()
        .mockResolvedValue({ ok: false, problem: { code: 'selection-shape', detail: 'B29:C30' } }),
    });
    await openSetup(controller);
    const menu = screen.getByRole('combobox', { name: '用所选区域设为…' });
    await act(async () => fireEvent.change(menu, { target: { value: 'PE_BudgetPlanned' } }));
    expect((await screen.findByTestId('notice')).textContent).toContain('所选区域 B29:C30 的形状不对');
  });
});

describe('setup card: insert the example', () => {
  it('inserts it and tells the officer which sheet to score', async () => {
    const controller = newSheetController();
    await openSetup(controller);
    fireEvent.click(screen.getByRole('button', { name: '插入示例表' }));
    expect((await screen.findByTestId('notice')).textContent).toContain('已插入示例表“示例-绩效指标”');
    expect(controller.insertExample).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(controller.getSheetStatus).toHaveBeenCalledTimes(2));
  });

  it('speaks English when switched', async () => {
    const controller = newSheetController();
    await openSetup(controller);
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByText('This sheet has no scoring ranges yet')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Detect from headers' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Use the selection as…' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Insert example sheet' })).toBeTruthy();
  });
});

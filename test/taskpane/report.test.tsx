/**
 * 生成自评报告 and 复制全文 in the pane (with a fake controller): the button runs generateReport, says
 * where the report went, offers 复制全文, which writes the run's text to the clipboard — through
 * navigator.clipboard, else a selected textarea and execCommand('copy'), else a message saying how
 * to copy from the sheet.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { RunOutcome } from '../../src/workbook/runOutcome';
import { App } from '../../src/taskpane/App';
import { fakeController, REPORTED, type FakeController } from './fixtures';

const TEXT = (REPORTED as Extract<RunOutcome, { status: 'scored' }>).report!.text;

async function generate(controller: FakeController) {
  render(<App controller={controller} initialLocale="zh-CN" />);
  await screen.findByText('工作表：绩效指标');
  fireEvent.click(screen.getByRole('button', { name: '生成自评报告' }));
  await screen.findByTestId('total');
}

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
}

function setExecCommand(result: boolean | 'missing') {
  const execCommand = jest.fn().mockReturnValue(result === true);
  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    value: result === 'missing' ? undefined : execCommand,
  });
  return execCommand;
}

afterEach(() => {
  setClipboard(undefined);
  setExecCommand('missing');
});

describe('生成自评报告', () => {
  it('scores with the report, says which sheet holds it, offers 复制全文', async () => {
    const controller = fakeController();
    expect(screen.queryByRole('button', { name: '复制全文' })).toBeNull();
    await generate(controller);
    expect(controller.generateReport).toHaveBeenCalledTimes(1);
    expect(controller.score).not.toHaveBeenCalled();
    expect(screen.getByTestId('notice').textContent).toContain(
      '已评分并生成工作表“自评报告”：94.46 分，等级 优。',
    );
    expect(screen.getByRole('button', { name: '复制全文' })).toBeTruthy();
    expect(screen.getByTestId('total').textContent).toBe('94.46');
  });

  it('评分本表 on a sheet without a report offers no 复制全文', async () => {
    const controller = fakeController();
    render(<App controller={controller} initialLocale="zh-CN" />);
    await screen.findByText('工作表：绩效指标');
    fireEvent.click(screen.getByRole('button', { name: '评分本表' }));
    await screen.findByTestId('total');
    expect(screen.queryByRole('button', { name: '复制全文' })).toBeNull();
  });

  it('a later 评分本表 that rewrote the report keeps 复制全文 on the new text', async () => {
    const rewritten = { ...REPORTED, report: { sheet: '自评报告', text: '新的全文\n' } } as RunOutcome;
    const controller = fakeController({ score: jest.fn().mockResolvedValue(rewritten) });
    await generate(controller);
    fireEvent.click(screen.getByRole('button', { name: '评分本表' }));
    await waitFor(() => expect(controller.score).toHaveBeenCalled());
    const writeText = jest.fn().mockResolvedValue(undefined);
    setClipboard(writeText);
    fireEvent.click(await screen.findByRole('button', { name: '复制全文' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('新的全文\n'));
  });

  it('a refused run shows the refusal and no copy button', async () => {
    const controller = fakeController({
      generateReport: jest.fn().mockResolvedValue({
        status: 'refused',
        sheet: '绩效指标',
        refusal: { sheet: '绩效指标', code: 'protected', message: 'x' },
      }),
    });
    render(<App controller={controller} initialLocale="zh-CN" />);
    await screen.findByText('工作表：绩效指标');
    fireEvent.click(screen.getByRole('button', { name: '生成自评报告' }));
    await screen.findByTestId('notice');
    expect(screen.queryByRole('button', { name: '复制全文' })).toBeNull();
  });
});

describe('复制全文', () => {
  it('writes the report text with navigator.clipboard.writeText', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    setClipboard(writeText);
    const execCommand = setExecCommand(true);
    await generate(fakeController());
    fireEvent.click(screen.getByRole('button', { name: '复制全文' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已复制自评报告全文'));
    expect(writeText).toHaveBeenCalledWith(TEXT);
    expect(execCommand).not.toHaveBeenCalled();
    expect(screen.getByTestId('notice').textContent).toContain(`（${[...TEXT.trim()].length} 字）`);
  });

  it('falls back to a selected textarea and execCommand("copy") when the clipboard API refuses', async () => {
    setClipboard(jest.fn().mockRejectedValue(new Error('NotAllowedError')));
    let selected = '';
    const execCommand = setExecCommand(true);
    execCommand.mockImplementation(() => {
      const area = document.querySelector('textarea');
      selected = area ? area.value.slice(area.selectionStart, area.selectionEnd) : '';
      return true;
    });
    await generate(fakeController());
    fireEvent.click(screen.getByRole('button', { name: '复制全文' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已复制自评报告全文'));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(selected).toBe(TEXT);
    expect(document.querySelector('textarea')).toBeNull(); // removed again
  });

  it('says how to copy from the sheet when neither works', async () => {
    setClipboard(undefined);
    setExecCommand(false);
    await generate(fakeController());
    fireEvent.click(screen.getByRole('button', { name: '复制全文' }));
    await waitFor(() =>
      expect(screen.getByTestId('notice').textContent).toContain(
        '无法写入剪贴板。请打开工作表“自评报告”，选中 A 列后复制。',
      ),
    );
  });
});

/**
 * @jest-environment jsdom
 */
import type { RunOutcome } from '../../src/app/types';

const scoreActiveSheet = jest.fn<Promise<RunOutcome>, unknown[]>();
jest.mock('../../src/hosts/office', () => ({
  scoreActiveSheet: (...args: unknown[]) => scoreActiveSheet(...args),
  describeOfficeError: (error: unknown) => `Excel 错误：${String(error)}`,
}));

type Handler = (event: { completed(): void }) => Promise<void>;

interface FakeDialog {
  url: string;
  handlers: Record<string, () => void>;
  close: jest.Mock;
}

/** A stand-in for the Office global with just what commands.ts uses. */
function installOffice(language = 'zh-CN') {
  const associated: Record<string, Handler> = {};
  const dialogs: FakeDialog[] = [];
  (globalThis as Record<string, unknown>).Office = {
    onReady: (callback: () => void) => {
      callback();
      return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' });
    },
    actions: { associate: (id: string, handler: Handler) => (associated[id] = handler) },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    context: {
      displayLanguage: language,
      requirements: { isSetSupported: () => true },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
          const dialog: FakeDialog = { url, handlers: {}, close: jest.fn() };
          dialogs.push(dialog);
          callback({
            status: 'succeeded',
            value: {
              addEventHandler: (type: string, handler: () => void) => (dialog.handlers[type] = handler),
              close: dialog.close,
            },
          });
        },
      },
    },
  };
  (globalThis as Record<string, unknown>).Excel = { run: jest.fn() };
  return { associated, dialogs };
}

async function loadCommands(language?: string) {
  const office = installOffice(language);
  await jest.isolateModulesAsync(async () => {
    await import('../../src/commands/commands');
  });
  return office;
}

const SCORED = {
  status: 'scored',
  sheet: '绩效指标',
  result: {
    total: 94.46,
    grade: '优',
    complete: true,
    counts: { indicators: 24, fullMarks: 21, over150: 2, review: 0, under100: 1, errors: 0 },
  },
  undo: {},
  syncs: 2,
} as unknown as RunOutcome;

/** Runs the handler, lets the dialog open, then closes it the way the officer would. */
async function runAndClose(handler: Handler, dialogs: FakeDialog[], how: 'button' | 'x' = 'button') {
  const event = { completed: jest.fn() };
  const running = handler(event);
  await new Promise((r) => setTimeout(r, 0));
  const dialog = dialogs[dialogs.length - 1];
  dialog?.handlers[how === 'button' ? 'dialogMessageReceived' : 'dialogEventReceived']();
  await running;
  return { event, dialog, message: dialog ? new URL(dialog.url).searchParams.get('m') : null };
}

describe('commands.ts', () => {
  beforeEach(() => scoreActiveSheet.mockReset());

  it('registers the handler under exactly the manifest id scoreThisSheet', async () => {
    const { associated } = await loadCommands();
    expect(Object.keys(associated)).toEqual(['scoreThisSheet']);
  });

  it('on success shows total and grade in dialog.html and completes', async () => {
    scoreActiveSheet.mockResolvedValue(SCORED);
    const { associated, dialogs } = await loadCommands();
    const { event, dialog, message } = await runAndClose(associated.scoreThisSheet, dialogs);
    expect(new URL(dialog.url).pathname.endsWith('/dialog.html')).toBe(true);
    expect(message).toContain('自评得分 94.46，等级：优');
    expect(dialog.close).toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('on refusal shows the refusal and completes', async () => {
    scoreActiveSheet.mockResolvedValue({
      status: 'refused',
      sheet: '绩效指标',
      refusal: { sheet: '绩效指标', message: '受保护', code: 'protected' },
    });
    const { associated, dialogs } = await loadCommands();
    const { event, message } = await runAndClose(associated.scoreThisSheet, dialogs, 'x');
    expect(message).toBe('工作表受保护，未写入任何内容。请撤销保护后重试。');
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('on a thrown error shows Excel’s error in words and completes', async () => {
    scoreActiveSheet.mockRejectedValue('GeneralException');
    const { associated, dialogs } = await loadCommands();
    const { event, message } = await runAndClose(associated.scoreThisSheet, dialogs);
    expect(message).toBe('Excel 错误：GeneralException');
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('passes the feature-detected capabilities to the scoring run', async () => {
    scoreActiveSheet.mockResolvedValue(SCORED);
    const { associated, dialogs } = await loadCommands();
    await runAndClose(associated.scoreThisSheet, dialogs);
    expect(scoreActiveSheet).toHaveBeenCalledWith(expect.any(Function), {
      capabilities: { cellProperties: true },
    });
  });

  it('speaks English when Office does', async () => {
    scoreActiveSheet.mockResolvedValue(SCORED);
    const { associated, dialogs } = await loadCommands('en-US');
    const { message } = await runAndClose(associated.scoreThisSheet, dialogs);
    expect(message).toContain('grade: Excellent');
  });
});

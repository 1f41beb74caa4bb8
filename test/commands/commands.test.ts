/**
 * @jest-environment jsdom
 */
import { createPaneRequests, type PaneRequest } from '../../src/app/pane-requests';
import type { AllSheetsOutcome } from '../../src/workbook/allSheetsOutcome';
import type { RunOutcome } from '../../src/workbook/runOutcome';

const scoreActiveSheet = jest.fn<Promise<RunOutcome>, unknown[]>();
const scoreAllSheets = jest.fn<Promise<AllSheetsOutcome>, unknown[]>();
jest.mock('../../src/hosts/office', () => ({
  scoreActiveSheet: (...args: unknown[]) => scoreActiveSheet(...args),
  scoreAllSheets: (...args: unknown[]) => scoreAllSheets(...args),
  describeOfficeError: (error: unknown) => `Excel 错误：${String(error)}`,
}));

type Handler = (event: { completed(): void }) => Promise<void>;

interface FakeDialog {
  url: string;
  handlers: Record<string, () => void>;
  close: jest.Mock;
}

/** A stand-in for the Office global with just what commands.ts uses. */
function installOffice(language = 'zh-CN', addin?: { showAsTaskpane: jest.Mock }) {
  const associated: Record<string, Handler> = {};
  const dialogs: FakeDialog[] = [];
  (globalThis as Record<string, unknown>).Office = {
    onReady: (callback: () => void) => {
      callback();
      return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' });
    },
    actions: { associate: (id: string, handler: Handler) => (associated[id] = handler) },
    ...(addin ? { addin } : {}),
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

/** Loads commands.ts afresh and registers the ribbon's commands; `pane` collects what the pane is asked. */
async function loadCommands(language?: string, addin?: { showAsTaskpane: jest.Mock }, withPane = false) {
  const office = installOffice(language, addin);
  const requests = createPaneRequests();
  const pane: PaneRequest[] = [];
  if (withPane) requests.listen((request) => pane.push(request));
  await jest.isolateModulesAsync(async () => {
    const { registerRibbonCommands } = await import('../../src/commands/commands');
    registerRibbonCommands(withPane ? requests : undefined);
  });
  return { ...office, pane };
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

  it('registers the handlers under exactly the manifest ids scoreThisSheet and scoreAllSheets', async () => {
    const { associated } = await loadCommands();
    expect(Object.keys(associated)).toEqual(['scoreThisSheet', 'scoreAllSheets']);
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
      detect: true,
      outputSheets: [],
    });
  });

  const NOT_FOUND = {
    status: 'refused',
    sheet: 'Sheet1',
    refusal: {
      sheet: 'Sheet1',
      code: 'not-found',
      message: '工作表 Sheet1 未能自动识别评分区域：未找到年度目标值列：无法评分',
    },
  } as RunOutcome;

  it('when the ranges cannot be found, in a shared runtime: opens the pane at that sheet’s setup card with the message, no dialog', async () => {
    scoreActiveSheet.mockResolvedValue(NOT_FOUND);
    const addin = { showAsTaskpane: jest.fn().mockResolvedValue(undefined) };
    const { associated, dialogs, pane } = await loadCommands('zh-CN', addin, true);
    const event = { completed: jest.fn() };
    await associated.scoreThisSheet(event);
    expect(addin.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(dialogs).toEqual([]);
    expect(pane).toEqual([{ kind: 'setup', sheet: 'Sheet1', message: expect.any(String) }]);
    const [{ message }] = pane as Extract<PaneRequest, { kind: 'setup' }>[];
    expect(message).toContain('未找到年度目标值列');
    expect(message).toContain('未写入任何内容');
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('when the pane opened but is not in this runtime: the dialog says it was opened', async () => {
    scoreActiveSheet.mockResolvedValue(NOT_FOUND);
    const addin = { showAsTaskpane: jest.fn().mockResolvedValue(undefined) };
    const { associated, dialogs } = await loadCommands('zh-CN', addin);
    const { event, message } = await runAndClose(associated.scoreThisSheet, dialogs);
    expect(message).toContain('未找到年度目标值列');
    expect(message).toContain('已打开“绩效评分”窗格');
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('after a scored run in a shared runtime, the pane is told to re-read the sheet', async () => {
    scoreActiveSheet.mockResolvedValue(SCORED);
    const { associated, dialogs, pane } = await loadCommands('zh-CN', undefined, true);
    await runAndClose(associated.scoreThisSheet, dialogs);
    expect(pane).toEqual([{ kind: 'refresh' }]);
  });

  it('when the ranges cannot be found and this runtime cannot open the pane: tells how to open it', async () => {
    scoreActiveSheet.mockResolvedValue(NOT_FOUND);
    const { associated, dialogs, pane } = await loadCommands('zh-CN', undefined, true);
    const { message } = await runAndClose(associated.scoreThisSheet, dialogs);
    expect(message).toContain('未写入任何内容');
    expect(message).toContain('请点击“开始”选项卡上的“绩效评分”打开窗格');
    expect(pane).toEqual([]);
  });

  it('without SharedRuntime 1.1 it does not even try showAsTaskpane', async () => {
    scoreActiveSheet.mockResolvedValue(NOT_FOUND);
    const addin = { showAsTaskpane: jest.fn().mockResolvedValue(undefined) };
    const { associated, dialogs } = await loadCommands('zh-CN', addin);
    const office = (globalThis as { Office: { context: { requirements: unknown } } }).Office;
    office.context.requirements = { isSetSupported: (name: string) => name !== 'SharedRuntime' };
    const { message } = await runAndClose(associated.scoreThisSheet, dialogs);
    expect(addin.showAsTaskpane).not.toHaveBeenCalled();
    expect(message).toContain('请点击“开始”选项卡上的“绩效评分”打开窗格');
  });

  it('a refused showAsTaskpane (no shared runtime) falls back to the words', async () => {
    scoreActiveSheet.mockResolvedValue(NOT_FOUND);
    const addin = { showAsTaskpane: jest.fn().mockRejectedValue(new Error('not supported')) };
    const { associated, dialogs } = await loadCommands('en-US', addin);
    const { message } = await runAndClose(associated.scoreThisSheet, dialogs);
    expect(message).toContain('Click 绩效评分 (Performance scoring) on the Home tab');
  });

  it('speaks English when Office does', async () => {
    scoreActiveSheet.mockResolvedValue(SCORED);
    const { associated, dialogs } = await loadCommands('en-US');
    const { message } = await runAndClose(associated.scoreThisSheet, dialogs);
    expect(message).toContain('grade: Excellent');
  });
});

const ALL_SCORED = {
  status: 'scored',
  league: '各表评分汇总',
  rows: [
    { sheet: '局机关', total: 94.46, grade: '优', over150: 2, under100: 1, errors: 0 },
    { sheet: '分局1', total: 90.1, grade: '优', over150: 1, under100: 3, errors: 1 },
    { sheet: '受保护', total: null, grade: '未评分', over150: null, under100: null, errors: null },
  ],
  skipped: [{ sheet: '说明', message: '未找到' }],
  undo: {},
  syncs: 2,
  sheetNames: ['局机关', '分局1', '受保护', '说明', '评分汇总', '扣分明细', '各表评分汇总'],
  activeSheet: '局机关',
} as unknown as AllSheetsOutcome;

const NOTHING: AllSheetsOutcome = {
  status: 'refused',
  code: 'no-ranges',
  message: '没有可评分的工作表，未写入任何内容。(No sheet could be scored; nothing was written.)',
  skipped: [{ sheet: '说明', message: '工作表 说明 未能自动识别评分区域' }],
};

describe('commands.ts: 评分全部工作表 (scoreAllSheets)', () => {
  beforeEach(() => scoreAllSheets.mockReset());

  it('runs the pane’s all-sheets run and reports the count line in the dialog, then completes', async () => {
    scoreAllSheets.mockResolvedValue(ALL_SCORED);
    const { associated, dialogs } = await loadCommands();
    const { event, message } = await runAndClose(associated.scoreAllSheets, dialogs);
    expect(scoreAllSheets).toHaveBeenCalledWith(expect.any(Function), {
      capabilities: { cellProperties: true },
      sheetNames: [],
    });
    expect(message?.split('\n')).toEqual([
      '已评分 2 张工作表，排名写入工作表“各表评分汇总”。',
      '合计：需调整目标 3 项，未完成 4 项，无法评分 1 项。',
      '未能评分 1 张工作表：受保护（原因见“各表评分汇总”）。',
      '跳过 1 张没有评分表的工作表：说明。',
      '详见“各表评分汇总”工作表及各表的“评分汇总”，或打开任务窗格。',
    ]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('the next run reads the sheets the last one left (its guess), and the pane re-reads', async () => {
    scoreAllSheets.mockResolvedValue(ALL_SCORED);
    const { associated, dialogs, pane } = await loadCommands('zh-CN', undefined, true);
    await runAndClose(associated.scoreAllSheets, dialogs);
    await runAndClose(associated.scoreAllSheets, dialogs);
    expect(scoreAllSheets.mock.calls[1][1]).toEqual(
      expect.objectContaining({ sheetNames: (ALL_SCORED as { sheetNames: string[] }).sheetNames }),
    );
    expect(pane).toEqual([{ kind: 'refresh' }, { kind: 'refresh' }]);
  });

  it('nothing scorable, shared runtime: opens the pane at the active sheet’s setup card, no dialog', async () => {
    scoreAllSheets.mockResolvedValue(NOTHING);
    const addin = { showAsTaskpane: jest.fn().mockResolvedValue(undefined) };
    const { associated, dialogs, pane } = await loadCommands('zh-CN', addin, true);
    const event = { completed: jest.fn() };
    await associated.scoreAllSheets(event);
    expect(addin.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(dialogs).toEqual([]);
    expect(pane).toEqual([
      { kind: 'setup', sheet: null, message: expect.stringContaining('没有可评分的工作表') },
    ]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('nothing scorable, no SharedRuntime: the dialog says why and how to open the pane', async () => {
    scoreAllSheets.mockResolvedValue(NOTHING);
    const addin = { showAsTaskpane: jest.fn().mockResolvedValue(undefined) };
    const { associated, dialogs, pane } = await loadCommands('zh-CN', addin, true);
    const office = (globalThis as { Office: { context: { requirements: unknown } } }).Office;
    office.context.requirements = { isSetSupported: (name: string) => name !== 'SharedRuntime' };
    const { event, message } = await runAndClose(associated.scoreAllSheets, dialogs);
    expect(addin.showAsTaskpane).not.toHaveBeenCalled();
    expect(message).toContain('没有可评分的工作表');
    expect(message).toContain('跳过 1 张没有评分表的工作表：说明。');
    expect(message).toContain('请点击“开始”选项卡上的“绩效评分”打开窗格');
    expect(pane).toEqual([]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('a protected workbook structure: the reason in the dialog, the pane not opened', async () => {
    scoreAllSheets.mockResolvedValue({
      status: 'refused',
      code: 'protected',
      message: '工作簿结构受保护',
      skipped: [],
    });
    const addin = { showAsTaskpane: jest.fn().mockResolvedValue(undefined) };
    const { associated, dialogs, pane } = await loadCommands('zh-CN', addin, true);
    const { message } = await runAndClose(associated.scoreAllSheets, dialogs);
    expect(message).toBe('无法评分：工作簿结构受保护');
    expect(addin.showAsTaskpane).not.toHaveBeenCalled();
    expect(pane).toEqual([]);
  });

  it('speaks English when Office does', async () => {
    scoreAllSheets.mockResolvedValue(ALL_SCORED);
    const { associated, dialogs } = await loadCommands('en-US');
    const { message } = await runAndClose(associated.scoreAllSheets, dialogs);
    expect(message?.split('\n').slice(0, 2)).toEqual([
      'Scored 2 sheet(s); the ranking is on the sheet “各表评分汇总”.',
      'In all: Target needs revision 3, Not met 4, Cannot be scored 1.',
    ]);
  });

  it('a failed run (partly written) says so; the pane re-reads', async () => {
    scoreAllSheets.mockResolvedValue({ status: 'failed', message: 'Excel 服务暂时不可用' });
    const { associated, dialogs, pane } = await loadCommands('zh-CN', undefined, true);
    const { event, message } = await runAndClose(associated.scoreAllSheets, dialogs);
    expect(message).toBe('评分未完成：Excel 服务暂时不可用');
    expect(pane).toEqual([{ kind: 'refresh' }]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

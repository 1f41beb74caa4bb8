import { screen } from '@testing-library/react';
import { TextEncoder } from 'util';
import { bootMessage, isDarkOfficeTheme } from '../../src/taskpane/boot';
import { localeFromDisplayLanguage } from '../../src/taskpane/i18n';

describe('start-up decisions', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['ZH-cn', 'zh-CN'],
    ['en-US', 'en-US'],
    ['en-GB', 'en-US'],
    ['fr-FR', 'en-US'],
    ['', 'zh-CN'],
    [undefined, 'zh-CN'],
  ])('Office language %j -> pane locale %s', (language, locale) => {
    expect(localeFromDisplayLanguage(language)).toBe(locale);
  });

  it.each([
    [{ bodyBackgroundColor: '#262626' }, true],
    [{ bodyBackgroundColor: '#000000' }, true],
    [{ bodyBackgroundColor: '#FFFFFF' }, false],
    [{ bodyBackgroundColor: '#e6e6e6' }, false],
    [{}, false],
    [undefined, false],
  ])('Office theme %j is dark: %s', (theme, dark) => {
    expect(isDarkOfficeTheme(theme)).toBe(dark);
  });

  it('words a boot message in Chinese first, then English', () => {
    expect(bootMessage('bootNotExcel')).toBe('请在 Excel 中打开此加载项\nOpen this add-in in Excel');
  });
});

describe('index.tsx bootstrap', () => {
  // Each case loads the whole pane afresh (React, Fluent, the host): slow under ts-jest.
  jest.setTimeout(30_000);
  const globals = globalThis as Record<string, unknown>;
  // jsdom lacks TextEncoder, which the Office host uses to size its requests (browsers have it).
  globals.TextEncoder ??= TextEncoder;

  function page() {
    document.body.replaceChildren();
    const message = document.createElement('div');
    message.id = 'boot-message';
    message.textContent = '正在加载…';
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(message, root);
    return { message, root };
  }

  async function boot() {
    await jest.isolateModulesAsync(async () => {
      await import('../../src/taskpane/index');
    });
  }

  // The pane under test is loaded in an isolated module registry, so it renders with its own copy of
  // react-dom, which testing-library's act() does not reach: tell that copy it is not in an act()
  // environment rather than let it warn about every update.
  let actEnvironment: unknown;
  beforeAll(() => {
    actEnvironment = globals.IS_REACT_ACT_ENVIRONMENT;
    globals.IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterAll(() => {
    globals.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  });

  afterEach(() => {
    delete globals.Office;
    delete globals.Excel;
    delete globals.scoreThisSheet;
    delete globals.scoreAllSheets;
  });

  /** An Office inside Excel whose requirement sets are `sets` (name -> highest version). */
  function officeInExcel(sets: Record<string, string>) {
    const associated: Record<string, unknown> = {};
    globals.Office = {
      onReady: (callback: (info: unknown) => void) => (
        callback({ host: 'Excel', platform: 'PC' }),
        Promise.resolve({ host: 'Excel' })
      ),
      actions: { associate: (id: string, handler: unknown) => (associated[id] = handler) },
      context: {
        displayLanguage: 'zh-CN',
        requirements: {
          isSetSupported: (name: string, version = '1.1') =>
            sets[name] !== undefined && Number(sets[name]) >= Number(version),
        },
      },
    };
    return associated;
  }

  it('in Excel 2016 (ExcelApi 1.1 only): the support message with both ways, and 评分本表 explains', async () => {
    const { message, root } = page();
    const associated = officeInExcel({ ExcelApi: '1.1' });
    globals.Excel = { run: jest.fn() };
    await boot();
    const text = message.textContent ?? '';
    expect(text).toContain('需要 ExcelApi 1.7');
    expect(text).toContain('WPS');
    expect(text).toContain('perfscore');
    expect(text.indexOf('此版本的 Excel')).toBeLessThan(text.indexOf('This version of Excel'));
    expect(root.childElementCount).toBe(0);
    expect(Object.keys(associated)).toEqual(['scoreThisSheet', 'scoreAllSheets']);
    expect(globals.Excel).toEqual({ run: expect.any(Function) });
    expect((globals.Excel as { run: jest.Mock }).run).not.toHaveBeenCalled();
  });

  it('in Excel with ExcelApi 1.7: registers the scoring command and renders the pane', async () => {
    const { message } = page();
    const associated = officeInExcel({ ExcelApi: '1.7' });
    globals.Excel = { run: () => Promise.reject({ code: 'GeneralException', message: 'x' }) };
    await boot();
    expect(Object.keys(associated)).toEqual(['scoreThisSheet', 'scoreAllSheets']);
    expect(await screen.findByRole('button', { name: '评分本表' })).toBeTruthy();
    expect(message.hidden).toBe(true);
  });

  it('without office.js, says so in plain text', async () => {
    const { message, root } = page();
    await boot();
    expect(message.textContent).toContain('无法加载 Office.js');
    expect(root.childElementCount).toBe(0);
  });

  it('outside Excel, asks to open it in Excel', async () => {
    const { message } = page();
    globals.Office = { onReady: (callback: () => void) => (callback(), Promise.resolve()), context: {} };
    await boot();
    expect(message.textContent).toContain('请在 Excel 中打开此加载项');
  });

  it('with Excel.run available (even outside Office), renders the pane and hides the boot message', async () => {
    const { message } = page();
    globals.Office = {
      onReady: (callback: () => void) => (callback(), Promise.resolve({ host: null })),
      context: {
        displayLanguage: 'en-US',
        requirements: { isSetSupported: () => false },
      },
    };
    // A runner that fails every batch: the pane must still render and explain.
    globals.Excel = { run: () => Promise.reject({ code: 'GeneralException', message: 'x' }) };
    await boot();
    expect(message.hidden).toBe(true);
    expect(await screen.findByRole('button', { name: 'Score this sheet' })).toBeTruthy();
    expect((await screen.findByTestId('notice')).textContent).toContain(
      'Excel could not complete the action',
    );
  });
});

/**
 * @jest-environment jsdom
 */
/**
 * The ES5 preflight (src/preflight/preflight.ts), the first script of taskpane.html: on a browser the
 * bundle cannot run on, it shows the complete support message and makes 评分本表 open it in a dialog;
 * elsewhere it does nothing.
 */
import { TextEncoder } from 'util';

type Handler = (event: { completed(): void }) => void;

const globals = globalThis as Record<string, unknown>;
// jsdom lacks TextEncoder, which every browser the bundle runs on has.
globals.TextEncoder ??= TextEncoder;

function page(): HTMLElement {
  document.body.replaceChildren();
  const message = document.createElement('div');
  message.id = 'boot-message';
  message.textContent = '正在加载… / Loading…';
  document.body.append(message);
  return message;
}

function installOffice() {
  const associated: Record<string, Handler> = {};
  const dialogs: { url: string; options: unknown; handlers: Record<string, () => void> }[] = [];
  globals.Office = {
    onReady: (callback: () => void) => callback(),
    actions: { associate: (id: string, handler: Handler) => (associated[id] = handler) },
    AsyncResultStatus: { Succeeded: 'succeeded' },
    EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
    context: {
      ui: {
        displayDialogAsync: (url: string, options: unknown, callback: (r: unknown) => void) => {
          const dialog = { url, options, handlers: {} as Record<string, () => void> };
          dialogs.push(dialog);
          callback({
            status: 'succeeded',
            value: {
              addEventHandler: (type: string, h: () => void) => (dialog.handlers[type] = h),
              close: jest.fn(),
            },
          });
        },
      },
    },
  };
  return { associated, dialogs };
}

async function runPreflight(without: string[]) {
  const saved = without.map((name) => [name, globals[name]] as const);
  for (const name of without) delete globals[name];
  try {
    await jest.isolateModulesAsync(async () => {
      await import('../../src/preflight/preflight');
    });
  } finally {
    for (const [name, value] of saved) globals[name] = value;
  }
}

afterEach(() => {
  delete globals.Office;
  delete globals.scoreThisSheet;
  delete globals.scoreAllSheets;
});

describe('the preflight', () => {
  it('on a modern browser: leaves the page and the ribbon to the bundle', async () => {
    const message = page();
    const { associated } = installOffice();
    await runPreflight([]);
    expect(message.textContent).toBe('正在加载… / Loading…');
    expect(associated).toEqual({});
  });

  it('without BigInt: the complete message, Chinese first, both ways, one paragraph per line', async () => {
    const message = page();
    installOffice();
    await runPreflight(['BigInt']);
    const paragraphs = [...message.querySelectorAll('p')].map((p) => p.textContent ?? '');
    expect(paragraphs[0]).toContain('缺少 BigInt');
    expect(paragraphs.join('\n')).toContain('WPS');
    expect(paragraphs.join('\n')).toContain('perfscore');
    const english = paragraphs.findIndex((line) => line.includes('missing: BigInt'));
    expect(english).toBeGreaterThan(paragraphs.findIndex((line) => line.includes('财政局')));
    expect(paragraphs.slice(english).join('\n')).toContain('finance bureau');
    expect(message.querySelector('script, img')).toBeNull();
  });

  it.each(['scoreThisSheet', 'scoreAllSheets'])(
    'without BigInt: the ribbon’s %s opens dialog.html with the support key, and completes when it is closed',
    async (id) => {
      page();
      const { associated, dialogs } = installOffice();
      await runPreflight(['BigInt', 'Proxy']);
      expect(Object.keys(associated)).toEqual(['scoreThisSheet', 'scoreAllSheets']);
      expect(globals[id]).toBe(associated[id]); // the legacy global lookup too
      const event = { completed: jest.fn() };
      associated[id](event);
      expect(dialogs).toHaveLength(1);
      expect(dialogs[0].url).toMatch(/\/dialog\.html\?support=browser%3ABigInt%2CProxy$/);
      expect(event.completed).not.toHaveBeenCalled();
      dialogs[0].handlers.message();
      expect(event.completed).toHaveBeenCalledTimes(1);
    },
  );

  it('without office.js: still shows the message (nothing to register)', async () => {
    const message = page();
    await runPreflight(['BigInt']);
    expect(message.textContent).toContain('BigInt');
  });
});

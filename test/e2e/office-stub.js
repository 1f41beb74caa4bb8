/**
 * An Office stub served as office.js (browser.js `officeScript`) for the checks that need to say what
 * the host supports, which the real office.js cannot outside Office: inside Excel (onReady reports
 * host Excel), with the requirement sets and the shared runtime the page's query asks for:
 *   ?excelapi=1.1   the highest ExcelApi (default 1.8: like the main test, no getCellProperties)
 *   ?shared=0       no SharedRuntime 1.1 and no Office.addin (Excel 2016/2019 volume licence)
 * It records what the add-in does with it in window.__officeStub: the ribbon handlers it associated,
 * showAsTaskpane calls and the dialogs it opened (their URLs); closeDialogs() closes the open ones.
 */
/* global window, location, URLSearchParams -- the stub's source runs in the browser */
function officeStub() {
  const query = new URLSearchParams(location.search);
  const excelApi = query.get('excelapi') ?? '1.8';
  const shared = query.get('shared') !== '0';
  const minor = (version) => Number(String(version).split('.')[1] ?? 0);
  const stub = { handlers: {}, showAsTaskpane: 0, dialogs: [], open: [] };
  /** Closes every open dialog as the officer's 关闭 / Close would (the dialog messages its parent). */
  stub.closeDialogs = () => {
    for (const handlers of stub.open.splice(0)) handlers.dialogMessageReceived?.();
  };
  window.__officeStub = stub;
  const sets = { ExcelApi: excelApi, ...(shared ? { SharedRuntime: '1.1' } : {}) };
  window.Office = {
    onReady(callback) {
      const info = { host: 'Excel', platform: 'PC' };
      return Promise.resolve().then(() => {
        if (callback) callback(info);
        return info;
      });
    },
    context: {
      displayLanguage: 'zh-CN',
      officeTheme: { bodyBackgroundColor: '#FFFFFF' },
      requirements: {
        isSetSupported: (name, version = '1.1') =>
          sets[name] !== undefined && minor(version) <= minor(sets[name]),
      },
      ui: {
        displayDialogAsync(url, _options, callback) {
          stub.dialogs.push(url);
          const handlers = {};
          stub.open.push(handlers);
          callback({
            status: 'succeeded',
            value: { addEventHandler: (type, handler) => (handlers[type] = handler), close() {} },
          });
        },
        messageParent() {},
      },
    },
    actions: {
      associate(id, handler) {
        stub.handlers[id] = handler;
      },
    },
    ...(shared
      ? {
          addin: {
            showAsTaskpane() {
              stub.showAsTaskpane++;
              return Promise.resolve();
            },
            onVisibilityModeChanged() {
              return Promise.resolve(() => Promise.resolve());
            },
          },
        }
      : {}),
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
  };
}

/** The stub as the source of a classic script. */
const OFFICE_STUB_SOURCE = `(${officeStub.toString()})();`;

/** Runs before the page's scripts (with the Excel fake): `?nobigint` takes BigInt away. */
const NO_BIGINT_SOURCE = `if (/[?&]nobigint\\b/.test(location.search)) delete window.BigInt;`;

module.exports = { OFFICE_STUB_SOURCE, NO_BIGINT_SOURCE };

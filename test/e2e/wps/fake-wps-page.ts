/**
 * Injected before the WPS add-in's pages (index.html, taskpane.html) run: the ET fake holding the
 * 2023 example sheet as `window.Application`, with WPS's add-in runtime (CreateTaskPane records the
 * pane's URL, PluginStorage in memory), plus hooks for the test to look at the workbook.
 */
import { buildExampleSheet } from '../../../src/workbook/example';
import { createFakeEt } from '../../fakes/et';
import { dumpWorkbook, workbookFromExample, type WorkbookDump } from '../../fakes/excel';

interface WpsHooks {
  dump(): WorkbookDump;
  statusBar(): (string | boolean)[];
  panes: { ID: number; Visible: boolean; url: string }[];
  calls(): number;
}

declare global {
  interface Window {
    __wps: WpsHooks;
  }
}

const workbook = workbookFromExample(buildExampleSheet('绩效指标'));
const et = createFakeEt(workbook);
const panes: WpsHooks['panes'] = [];
const storage = new Map<string, string>();
const application = Object.assign(et.Application, {
  CreateTaskPane(url: string) {
    const pane = { ID: 100 + panes.length + 1, Visible: false, url };
    panes.push(pane);
    return pane;
  },
  GetTaskPane: (id: number) => panes.find((p) => p.ID === id) ?? null,
  // As declared (et-jsapi-declare): values come back as text.
  PluginStorage: {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string | number | boolean) => void storage.set(key, String(value)),
  },
});

Object.defineProperty(window, 'Application', { value: application, writable: false, configurable: false });
window.__wps = {
  dump: () => dumpWorkbook(workbook),
  statusBar: () => [...et.Application.statusBar],
  panes,
  calls: () => et.stats.calls,
};

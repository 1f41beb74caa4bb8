/**
 * Injected into the browser before taskpane.html's own scripts (page.addInitScript): the in-memory
 * Excel fake holding the 2023 example sheet, exposed as `window.Excel` so the pane runs exactly as
 * it would inside Excel, plus hooks for the test to look at the workbook.
 *
 * Workbook: 绩效指标 (the example with its PE_* names, active), 未设置 (the same table without
 * any names, for the setup flow), 说明 (a sheet of prose: no table to find, for the ribbon's
 * "write nothing, open the pane at the setup card"), 有问题 (the example with cells that raise row
 * errors, warnings and a 管理效率 error, for the pane's wording of findings), 受保护 (the example,
 * protected: refused) and 说明页 (a note and no table: nothing detected, refused with detection's
 * reason). With `?book=prose` in the page's address the workbook is 说明 and 说明页 alone: nothing
 * in it can be scored (the ribbon's 评分全部工作表 then opens the pane).
 */
import { buildExampleSheet } from '../../src/workbook/example';
import { a1 } from '../../src/workbook/references';
import {
  createFakeExcel,
  dumpWorkbook,
  workbookFromExample,
  FakeWorkbook,
  type WorkbookDump,
} from '../fakes/excel';

/** Same names as in checks.js, which asserts on them. */
const SCORED_SHEET = '绩效指标';
const UNNAMED_SHEET = '未设置';
const PROSE_SHEET = '说明';
const FINDINGS_SHEET = '有问题';
const PROTECTED_SHEET = '受保护';

export interface E2eHooks {
  /** The fake workbook as plain data, for assertions in the test process. */
  dump(): WorkbookDump;
  /** Makes a sheet the active one, as a user clicking its tab would. */
  activate(sheet: string): void;
  /** The selected range as "Sheet!A1:B2", null when nothing is selected. */
  selection(): string | null;
  /** Content Security Policy violations seen by the page. */
  cspViolations: string[];
  /** Round trips (context.sync calls) since the last reset, and the reset. */
  syncs(): number;
  resetSyncs(): void;
}

declare global {
  interface Window {
    __e2e: E2eHooks;
    /** The fake workbook itself, for poking at it from the browser's console while debugging. */
    __fakeWorkbook: FakeWorkbook;
  }
}

function addProse(workbook: FakeWorkbook): void {
  const prose = workbook.addSheet(PROSE_SHEET);
  prose.set('A1', '填表说明');
  prose.set('A2', '请按附件格式填写本单位的绩效自评表，并于规定日期前报送财政局。');
  prose.set('A3', '如有疑问，请联系预算绩效管理科。');
}

function proseWorkbook(): FakeWorkbook {
  const workbook = new FakeWorkbook();
  addProse(workbook);
  workbook.addSheet('说明页').set('A1', '本工作簿的填表说明').set('A2', '请在“绩效指标”表中填写');
  workbook.activate(workbook.sheet(PROSE_SHEET));
  return workbook;
}

function fullWorkbook(): FakeWorkbook {
  const example = buildExampleSheet(SCORED_SHEET);
  const workbook = workbookFromExample(example);
  workbookFromExample({ ...buildExampleSheet(UNNAMED_SHEET), names: [] }, workbook);
  addProse(workbook);
  /** The example on another sheet, its names scoped to that sheet (the workbook's belong to 绩效指标). */
  const sheetScoped = (name: string) => {
    const copy = buildExampleSheet(name);
    return { ...copy, names: copy.names.map((n) => ({ ...n, scope: { sheet: name } })) };
  };
  workbookFromExample(sheetScoped(FINDINGS_SHEET), workbook);
  // Each kind of thing the engine says about a sheet: unreadable, blank, error value, incomparable,
  // a deadline without a year, a reported rate that is words, a 管理效率 value and rule it cannot read.
  workbook
    .sheet(FINDINGS_SHEET)
    .set('E5', '约7万')
    .set('E6', null)
    .set('E7', { error: '#DIV/0!' })
    .set('D8', '9月前')
    .set('E8', '2023年8月')
    .set('F9', '很好')
    .set('G10', '两分')
    .set('C33', '不清楚')
    .set('D34', '随便扣');
  workbookFromExample(sheetScoped(PROTECTED_SHEET), workbook);
  workbook.sheet(PROTECTED_SHEET).protected = true;
  workbook.addSheet('说明页').set('A1', '本工作簿的填表说明').set('A2', '请在“绩效指标”表中填写');
  workbook.activate(workbook.sheet(SCORED_SHEET));
  return workbook;
}

const workbook = /[?&]book=prose\b/.test(location.search) ? proseWorkbook() : fullWorkbook();

const fake = createFakeExcel(workbook);

// Not writable: nothing loaded later (office.js included) can swap the fake for something else.
Object.defineProperty(window, 'Excel', { value: fake.Excel, writable: false, configurable: false });

const cspViolations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const source = event.sourceFile ? ` (by ${event.sourceFile.replace(/[?#].*$/, '')})` : '';
  cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}${source}`);
});

window.__fakeWorkbook = workbook;
window.__e2e = {
  dump: () => dumpWorkbook(workbook),
  activate: (sheet) => workbook.activate(workbook.sheet(sheet)),
  selection: () => {
    const selected = workbook.selection;
    if (!selected) return null;
    const { top, left, bottom, right } = selected.area;
    return `${selected.sheet.name}!${a1(top, left)}:${a1(bottom, right)}`;
  },
  cspViolations,
  syncs: () => fake.stats.syncs,
  resetSyncs: () => fake.resetStats(),
};

/**
 * 评分全部工作表 on both hosts: a workbook of department sheets (three named copies of the seed with
 * different actuals, the seed printed without names, a notes sheet without a table) gets every sheet
 * scored as 评分本表 would, and 各表评分汇总 ranked by total with a link per row to that sheet's
 * summary; the Office run costs two syncs with 1 or 10 department sheets; Office and WPS leave the
 * same workbook; the run's undo restores the workbook exactly.
 */
import { scoreActiveSheet as scoreOneOnOffice, applyUndo, scoreAllSheets } from '../../src/hosts/office';
import { applyUndo as undoOnWps, scoreAllSheets as scoreAllOnWps } from '../../src/hosts/wps';
import { createFakeEt, type EtFakeOptions } from '../fakes/et';
import type { FakeWorkbook } from '../fakes/excel';
import { fakeRunner } from '../fuzz/hosts';
import { comparableDump, firstDifference } from '../fuzz/compare';
import { DETECTED_SHEET, NOTES_SHEET, departmentNames, departmentsWorkbook } from './departments';

const runnerOf = (workbook: FakeWorkbook) => {
  const { fake: excel, run } = fakeRunner(workbook);
  return { excel, run };
};
const tabs = (workbook: FakeWorkbook) => workbook.sheets.map((s) => s.name);

async function scoreAllOnOffice(workbook: FakeWorkbook) {
  const { excel, run } = runnerOf(workbook);
  const outcome = await scoreAllSheets(run, { sheetNames: tabs(workbook) });
  return { outcome, syncs: excel.stats.syncs };
}

describe('评分全部工作表 (Office host on the Excel fake)', () => {
  it('scores every department, ranks them and links each row to its summary', async () => {
    const workbook = departmentsWorkbook(3);
    const { outcome, syncs } = await scoreAllOnOffice(workbook);
    if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
    expect(syncs).toBe(2);
    expect(outcome.league).toBe('各表评分汇总');
    expect(outcome.skipped.map((s) => s.sheet)).toEqual([NOTES_SHEET]);
    const rows = outcome.rows.map((r) => [r.sheet, r.total, r.grade]);
    expect(rows[0]).toEqual(['局机关', 94.46, '优']);
    expect(rows[1]).toEqual([DETECTED_SHEET, 94.46, '优']);
    expect(rows.map((r) => r[0])).toEqual(['局机关', DETECTED_SHEET, '分局1', '分局2']);
    expect((outcome.rows[2].total ?? 0) > (outcome.rows[3].total ?? 0)).toBe(true);
    expect(outcome.rows[1].name).toBe('天河区政务服务数据管理局');

    const league = workbook.sheets.find((s) => s.name === '各表评分汇总')!;
    expect(tabs(workbook).at(-1)).toBe('各表评分汇总');
    expect(league.getCell(0, 0)?.value).toBe('各表评分汇总');
    expect(league.getCell(2, 2)?.value).toBe('局机关');
    // Each sheet got its own summary; the link of each row names it.
    const links = [2, 3, 4, 5].map((r) => league.getCell(r, 9)?.formula);
    expect(links[0]).toBe('=HYPERLINK("#\'评分汇总\'!A1","评分汇总")');
    expect(new Set(links).size).toBe(4);
    for (const link of links) {
      const target = /#'((?:[^']|'')+)'!A1/.exec(link ?? '')![1];
      expect(
        workbook.sheets.some(
          (s) => s.name === target && s.getCell(0, 0)?.value?.toString().startsWith('绩效自评评分汇总：'),
        ),
      ).toBe(true);
    }
  });

  it('two syncs with 1 and with 10 department sheets', async () => {
    for (const copies of [1, 10]) {
      const workbook = departmentsWorkbook(copies, false);
      const { outcome, syncs } = await scoreAllOnOffice(workbook);
      if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
      expect(outcome.rows).toHaveLength(copies);
      expect(syncs).toBe(2);
      expect(outcome.syncs).toBe(2);
    }
  });

  it('each sheet is left exactly as 评分本表 leaves it (named, detected; the notes sheet untouched)', async () => {
    const all = departmentsWorkbook(2);
    await scoreAllOnOffice(all);
    const one = departmentsWorkbook(2);
    const { run } = runnerOf(one);
    for (const name of [...departmentNames(2), DETECTED_SHEET, NOTES_SHEET]) {
      one.activate(one.sheets.find((s) => s.name === name)!);
      const outcome = await scoreOneOnOffice(run, { detect: true });
      expect(outcome.status).toBe(name === NOTES_SHEET ? 'refused' : 'scored');
    }
    one.activate(one.sheets[0]);
    const dumpAll = comparableDump(all);
    const dumpOne = comparableDump(one);
    dumpAll.sheets = dumpAll.sheets.filter((s) => s.name !== '各表评分汇总');
    delete (dumpAll.names as Record<string, unknown>)['PE_OutLeague'];
    expect(firstDifference(dumpOne, dumpAll)).toBeNull();
  });

  it('scoring twice equals once; undo restores the workbook', async () => {
    const workbook = departmentsWorkbook(3);
    const before = comparableDump(workbook);
    const first = await scoreAllOnOffice(workbook);
    const once = comparableDump(workbook);
    const second = await scoreAllOnOffice(workbook);
    expect(firstDifference(once, comparableDump(workbook))).toBeNull();
    if (first.outcome.status !== 'scored' || second.outcome.status !== 'scored')
      throw new Error('not scored');
    const { run } = runnerOf(workbook);
    await applyUndo(run, second.outcome.undo);
    expect(firstDifference(once, comparableDump(workbook))).toBeNull();
    await applyUndo(run, first.outcome.undo);
    expect(firstDifference(before, comparableDump(workbook))).toBeNull();
  });
});

const QUIRKS: [string, EtFakeOptions][] = [
  ['default switches', {}],
  ['no Value(11), General spelt G/通用格式', { xmlSpreadsheet: false, generalFormat: 'G/通用格式' }],
  [
    'sheet names unprefixed, workbook Names listing every scope',
    { sheetNamePrefix: false, workbookNamesListAll: true },
  ],
];

describe('评分全部工作表 (WPS host on the ET fake)', () => {
  test.each(QUIRKS)('%s: the same workbook as the Office host; undo restores it', async (_t, quirks) => {
    const office = departmentsWorkbook(3);
    await scoreAllOnOffice(office);
    const wps = departmentsWorkbook(3);
    const before = comparableDump(wps);
    const et = createFakeEt(wps, quirks);
    const outcome = scoreAllOnWps(et.Application);
    if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
    expect(outcome.rows.map((r) => r.sheet)).toEqual(['局机关', DETECTED_SHEET, '分局1', '分局2']);
    expect(firstDifference(comparableDump(office), comparableDump(wps))).toBeNull();
    undoOnWps(et.Application, outcome.undo);
    expect(firstDifference(before, comparableDump(wps))).toBeNull();
  });
});

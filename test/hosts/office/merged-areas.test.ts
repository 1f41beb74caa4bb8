/**
 * SheetGrid.merged through Office.js: Range.getMergedAreasOrNullObject (ExcelApi 1.13) is loaded in the
 * same sync as the cells; on an older Excel the grid's `merged` is absent, and scoring still works.
 */
import { scoreActiveSheet, type HostCapabilities } from '../../../src/hosts/office';
import { joinMergedAreas, supportsMergedAreas } from '../../../src/hosts/office/merged-areas';
import { buildSnapshot, queueSnapshotRead } from '../../../src/hosts/office/read-snapshot';
import { readSnapshotInSlices } from '../../../src/hosts/office/read-slices';
import type { ScoringSnapshot } from '../../../src/workbook/types';
import { FakeWorkbook, type FakeExcelOptions } from '../../fakes/excel';
import { fakeRunner } from './helpers';

/** Header row, a category merged down A2:A4, a remark merged across F2:G3, names on B..E. */
function mergedBook(): FakeWorkbook {
  const workbook = new FakeWorkbook();
  const sheet = workbook.addSheet('绩效 表');
  sheet.setRows('A1', [
    ['类别', '指标名称', '年度目标值', '年度实现值', '分值', '备注'],
    ['数量指标', '甲', '≥100件', 90, 10, '合并备注'],
    [null, '乙', '≥100件', 100, 10, null],
    [null, '丙', '≥100件', 100, 10, null],
  ]);
  sheet.merges.push({ top: 1, left: 0, bottom: 3, right: 0 }, { top: 1, left: 5, bottom: 2, right: 6 });
  workbook.defineName('PE_Categories', "'绩效 表'!$A$2:$A$4");
  workbook.defineName('PE_Names', "'绩效 表'!$B$2:$B$4");
  workbook.defineName('PE_Targets', "'绩效 表'!$C$2:$C$4");
  workbook.defineName('PE_Actuals', "'绩效 表'!$D$2:$D$4");
  workbook.defineName('PE_Weights', "'绩效 表'!$E$2:$E$4");
  return workbook;
}

async function readOnce(
  workbook: FakeWorkbook,
  options: FakeExcelOptions,
  capabilities: HostCapabilities,
): Promise<{ snapshot: ScoringSnapshot; syncs: number }> {
  const { fake, run } = fakeRunner(workbook, options);
  const snapshot = await run(async (context) => {
    const proxies = queueSnapshotRead(context, capabilities);
    await context.sync();
    return buildSnapshot(proxies);
  });
  return { snapshot, syncs: fake.stats.syncs };
}

const SHEET = '绩效 表';
const CATEGORY = { sheet: SHEET, top: 1, left: 0, bottom: 3, right: 0 };
const REMARK = { sheet: SHEET, top: 1, left: 5, bottom: 2, right: 6 };

describe('merged areas in the grid (ExcelApi 1.13)', () => {
  it('are read in the same single sync as the cells, 0-based and inclusive, quoted sheet names parsed', async () => {
    const read = await readOnce(mergedBook(), {}, { cellProperties: true, mergedAreas: true });
    expect(read.syncs).toBe(1);
    expect(read.snapshot.sheet.grid.merged).toEqual([CATEGORY, REMARK]);
  });

  it('a sheet without merges reads as an empty list (the null object), not as "unknown"', async () => {
    const workbook = mergedBook();
    workbook.sheet(SHEET).merges.length = 0;
    const read = await readOnce(workbook, {}, { cellProperties: true, mergedAreas: true });
    expect(read.snapshot.sheet.grid.merged).toEqual([]);
  });

  it('are absent when the capability is off: nothing is asked of Excel', async () => {
    const read = await readOnce(
      mergedBook(),
      { mergedAreas: false },
      { cellProperties: true, mergedAreas: false },
    );
    expect(read.snapshot.sheet.grid.merged).toBeUndefined();
    expect(read.syncs).toBe(1);
  });

  it('are absent, and the read still succeeds, when Office.js refuses the call (older Excel)', async () => {
    const capabilities = { cellProperties: false, mergedAreas: true };
    const read = await readOnce(mergedBook(), { mergedAreas: false, cellProperties: false }, capabilities);
    expect(read.snapshot.sheet.grid.merged).toBeUndefined();
    expect(read.snapshot.sheet.grid.values[1][0]).toBe('数量指标');
    expect(capabilities.mergedAreas).toBe(false);
  });

  it('a sheet read in row slices reports each merged area once, even one spanning two slices', async () => {
    const { run } = fakeRunner(mergedBook());
    const sliced = await run((context) =>
      // A tiny limit: one row per slice, so the category merge A2:A4 is seen by three slices.
      readSnapshotInSlices(context, { cellProperties: true, mergedAreas: true }, 1),
    );
    expect(sliced.snapshot.sheet.grid.merged).toEqual([CATEGORY, REMARK]);
  });

  it('scoring a sheet with merges still takes two syncs', async () => {
    const { fake, run } = fakeRunner(mergedBook());
    const outcome = await scoreActiveSheet(run);
    expect(outcome.status).toBe('scored');
    expect(fake.stats.syncs).toBe(2);
  });
});

describe('supportsMergedAreas: who decides', () => {
  const globals = globalThis as { Office?: unknown };
  afterEach(() => delete globals.Office);

  it.each([
    ['the caller said yes', { cellProperties: true, mergedAreas: true }, undefined, true],
    ['the caller said no', { cellProperties: true, mergedAreas: false }, true, false],
    ['Office.js says 1.13 is there', undefined, true, true],
    ['Office.js says 1.13 is missing', undefined, false, false],
    ['no Office.js at all (the fake)', undefined, undefined, true],
  ])('%s', (_case, capabilities, officeSays, expected) => {
    if (officeSays !== undefined)
      globals.Office = {
        context: {
          requirements: {
            isSetSupported: (set: string, v: string) => set === 'ExcelApi' && v === '1.13' && officeSays,
          },
        },
      };
    expect(supportsMergedAreas(capabilities)).toBe(expected);
  });
});

describe('joinMergedAreas', () => {
  it('keeps each area once and is undefined as soon as one part could not read merges', () => {
    expect(joinMergedAreas([[CATEGORY], [CATEGORY, REMARK], []])).toEqual([CATEGORY, REMARK]);
    expect(joinMergedAreas([[CATEGORY], undefined])).toBeUndefined();
  });
});

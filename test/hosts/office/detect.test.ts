/**
 * The Office host on a sheet without names (the ribbon's 评分本表 with detection), on the Excel fake:
 * the seed's table as printed scores 94.46 优 exactly as the named version, defines the names
 * sheet-scoped in the same write sync, a second run changes nothing, undo removes the names;
 * a sheet without a detectable table writes nothing and hands back the detection.
 */
import { applyUndo, scoreActiveSheet } from '../../../src/hosts/office';
import type { RunOutcome } from '../../../src/workbook/runOutcome';
import { dumpWorkbook, workbookFromExample } from '../../fakes/excel';
import { exampleSheetOf, type Layout } from '../../workbook/detect/layout';
import { seedPrinted } from '../../workbook/detect/seedPrinted';
import { fakeRunner } from './helpers';

function scored(outcome: RunOutcome) {
  if (outcome.status !== 'scored') throw new Error(`expected a scored run, got ${JSON.stringify(outcome)}`);
  return outcome;
}

const layout = seedPrinted();
const q = `'${layout.name}'!`;
const NAMES: Record<string, string> = {
  PE_Targets: '$D$4:$D$27',
  PE_Actuals: '$E$4:$E$27',
  PE_Weights: '$G$4:$G$27',
  PE_Categories: '$B$4:$B$27',
  PE_Names: '$C$4:$C$27',
  PE_ReportedRates: '$F$4:$F$27',
  PE_Reasons: '$H$4:$H$27',
  PE_BudgetPlanned: '$B$31',
  PE_BudgetSpent: '$B$32',
  PE_MgmtItems: '$A$36:$A$39',
  PE_MgmtWeights: '$B$36:$B$39',
  PE_MgmtValues: '$C$36:$C$39',
  PE_MgmtRules: '$D$36:$D$39',
};

describe('评分本表 on the seed table as printed, without names', () => {
  it('scores 94.46 优 in two syncs, exactly as with the names, and defines them sheet-scoped', async () => {
    const workbook = workbookFromExample(exampleSheetOf(layout));
    const { fake, run } = fakeRunner(workbook);
    const outcome = scored(await scoreActiveSheet(run, { detect: true }));
    expect([outcome.result.total, outcome.result.grade]).toEqual([94.46, '优']);
    expect(fake.stats.syncs).toBe(2);
    const dump = dumpWorkbook(workbook);
    const sheet = dump.sheets.find((s) => s.name === layout.name)!;
    for (const [name, range] of Object.entries(NAMES)) {
      expect(sheet.names[name]?.replace(/'/g, '')).toBe(`=${layout.name}!${range}`);
    }

    const names = Object.entries(NAMES).map(([name, range]) => ({
      name,
      scope: 'workbook' as const,
      formula: `${q}${range}`,
    }));
    const namedBook = workbookFromExample(exampleSheetOf(layout, names));
    const named = scored(await scoreActiveSheet(fakeRunner(namedBook).run));
    expect({ ...outcome.result, findings: [] }).toEqual({ ...named.result, findings: [] });
    const namedSheet = dumpWorkbook(namedBook).sheets.find((s) => s.name === layout.name)!;
    expect(sheet.cells).toEqual(namedSheet.cells);
  });

  it('a second run changes nothing; undo of the first removes the names it defined', async () => {
    const workbook = workbookFromExample(exampleSheetOf(layout));
    const { run } = fakeRunner(workbook);
    const first = scored(await scoreActiveSheet(run, { detect: true }));
    const afterFirst = dumpWorkbook(workbook);
    const second = scored(await scoreActiveSheet(run, { detect: true }));
    expect(second.result.total).toBe(94.46);
    expect(dumpWorkbook(workbook)).toEqual(afterFirst);
    expect(first.undo.deleteNames.map((n) => n.name)).toEqual(expect.arrayContaining(Object.keys(NAMES)));
    await applyUndo(run, second.undo);
    await applyUndo(run, first.undo);
    const sheet = dumpWorkbook(workbook).sheets.find((s) => s.name === layout.name)!;
    expect(Object.keys(sheet.names)).toEqual([]);
  });
});

describe('评分本表 on a sheet without a detectable table', () => {
  it('writes nothing and hands back what detection found and did not', async () => {
    const prose: Layout = {
      name: '说明',
      rows: [['2023年度部门整体支出绩效自评报告'], ['一、部门基本情况']],
    };
    const workbook = workbookFromExample(exampleSheetOf(prose));
    const before = dumpWorkbook(workbook);
    const { fake, run } = fakeRunner(workbook);
    const outcome = await scoreActiveSheet(run, { detect: true });
    expect(outcome.status).toBe('refused');
    if (outcome.status !== 'refused') return;
    expect(outcome.refusal.code).toBe('not-found');
    expect(outcome.refusal.detection?.problem).toContain('未找到指标表的表头');
    expect(outcome.refusal.detection?.parts.find((p) => p.name === 'PE_Targets')?.status).toBe('not-found');
    expect(dumpWorkbook(workbook)).toEqual(before);
    expect(fake.stats.syncs).toBe(1);
  });

  it('without detect, a sheet without names is refused as before (no-names)', async () => {
    const workbook = workbookFromExample(exampleSheetOf(layout));
    const outcome = await scoreActiveSheet(fakeRunner(workbook).run);
    expect(outcome).toMatchObject({ status: 'refused', refusal: { code: 'no-names' } });
  });
});

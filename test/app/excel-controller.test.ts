/**
 * The app layer against the in-memory Excel fake: each controller operation does what the pane
 * promises, with one read and one write sync, and never touches what it should not.
 */
import type { PaneController } from '../../src/app/controller';
import { createExcelController } from '../../src/app/excel-controller';
import { applyUndo, scoreActiveSheet } from '../../src/hosts/office';
import { missingRequired, proposalsForUnset, type SheetLayout } from '../../src/app/sheet-layout';
import type { ExcelBatchRunner, ScoringHost } from '../../src/app/runner';
import { charactersToPoints } from '../../src/hosts/office/column-width';
import { describeOfficeError } from '../../src/hosts/office/errors';
import { findScorableSheets } from '../../src/workbook';
import { buildExampleSheet } from '../../src/workbook/example';
import { createFakeExcel, FakeWorkbook, workbookFromExample, type FakeExcel } from '../fakes/excel';

function hostDouble(): ScoringHost & { scoreActiveSheet: jest.Mock; applyUndo: jest.Mock } {
  return {
    scoreActiveSheet: jest
      .fn()
      .mockResolvedValue({ status: 'failed', sheet: null, message: 'not under test' }),
    applyUndo: jest.fn().mockResolvedValue(undefined),
    describeOfficeError,
  };
}

function controllerFor(workbook: FakeWorkbook) {
  const fake: FakeExcel = createFakeExcel(workbook);
  const host = hostDouble();
  const run = fake.Excel.run as unknown as ExcelBatchRunner;
  const controller: PaneController = createExcelController({
    run,
    host,
    capabilities: { cellProperties: true },
  });
  return { fake, host, controller };
}

/** A user's sheet laid out like the example (headers on row 2, indicators on rows 3-26) but with no names. */
function unnamedTableWorkbook(): FakeWorkbook {
  return workbookFromExample({ ...buildExampleSheet('2023年度绩效'), names: [] });
}

const sheetNames = (workbook: FakeWorkbook, sheet: string) =>
  workbook
    .sheet(sheet)
    .names.map((n) => n.name)
    .sort();
const formulaOf = (workbook: FakeWorkbook, sheet: string, name: string) => {
  const entry = workbook.sheet(sheet).names.find((n) => n.name === name);
  return entry ? workbook.nameFormulaText(entry.formula) : null;
};

describe('insertExample', () => {
  it('adds 示例-绩效指标 with the example table, activates it, and scopes every name to it', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1').set('A1', '我的数据');
    workbook.defineName('PE_Targets', 'Sheet1!$A$1:$A$3');
    const { controller, fake } = controllerFor(workbook);

    const outcome = await controller.insertExample();

    expect(outcome).toEqual({ ok: true, sheet: '示例-绩效指标' });
    const sheet = workbook.sheet('示例-绩效指标');
    expect(workbook.activeSheet).toBe(sheet);
    expect(sheet.getCell(2, 3)?.value).toBe('≥7万套'); // D3
    expect(sheet.getCell(1, 4)?.value).toBe('年度实现值'); // E2
    expect(sheet.getCell(1, 0)?.bold).toBe(true);
    expect(sheetNames(workbook, '示例-绩效指标')).toEqual(
      buildExampleSheet()
        .names.map((n) => n.name)
        .sort(),
    );
    expect(formulaOf(workbook, '示例-绩效指标', 'PE_Targets')).toBe("='示例-绩效指标'!$D$3:$D$26");
    expect(formulaOf(workbook, '示例-绩效指标', 'PE_Profile')).toBe("='示例-绩效指标'!$B$38");
    // The user's own workbook-scoped name is untouched and nothing workbook-scoped was added.
    expect(workbook.names.map((n) => [n.name, workbook.nameFormulaText(n.formula)])).toEqual([
      ['PE_Targets', '=Sheet1!$A$1:$A$3'],
    ]);
    expect(fake.stats.syncs).toBe(2);
  });

  it('writes every example cell as the value it is: text such as "100%" stays text, as in the .xlsx example', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1');
    const { controller } = controllerFor(workbook);
    await controller.insertExample();
    const sheet = workbook.sheet('示例-绩效指标');
    const example = buildExampleSheet('示例-绩效指标');
    const written = example.cells.map((c) => sheet.getCell(c.row, c.col)?.value ?? null);
    expect(written).toEqual(example.cells.map((c) => (c.value === '' ? null : c.value)));
    // The example has such text (a reviewer found "100%" typed into a number).
    expect(example.cells.some((c) => typeof c.value === 'string' && /^\d+(\.\d+)?%$/.test(c.value))).toBe(
      true,
    );
  });

  it('sets column widths with the same characters-to-points rule as the scorer’s own sheets', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1');
    const { controller } = controllerFor(workbook);
    await controller.insertExample();
    const example = buildExampleSheet('示例-绩效指标');
    const widths = workbook.sheet('示例-绩效指标').columnWidths;
    example.columnWidths.forEach((characters, col) =>
      expect(widths.get(col)).toBe(charactersToPoints(characters)),
    );
  });

  it('takes a free name case-insensitively, as Excel compares sheet names', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1');
    const { controller } = controllerFor(workbook);
    await controller.insertExample();
    workbook.sheet('示例-绩效指标').name = '示例-绩效指标 (2)';
    workbook.addSheet('示例-绩效指标');
    expect(await controller.insertExample()).toEqual({ ok: true, sheet: '示例-绩效指标 (3)' });
  });

  it('takes the next free name when the example is inserted again', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1');
    const { controller } = controllerFor(workbook);
    await controller.insertExample();
    const second = await controller.insertExample();
    expect(second).toEqual({ ok: true, sheet: '示例-绩效指标 (2)' });
    expect(formulaOf(workbook, '示例-绩效指标 (2)', 'PE_Actuals')).toBe("='示例-绩效指标 (2)'!$E$3:$E$26");
    expect(formulaOf(workbook, '示例-绩效指标', 'PE_Actuals')).toBe("='示例-绩效指标'!$E$3:$E$26");
  });
});

describe('getSheetStatus', () => {
  it('reports the active sheet, its input names and the profile stored in PE_Profile (names, then that cell: 2 syncs)', async () => {
    const workbook = workbookFromExample(buildExampleSheet());
    const { controller, fake } = controllerFor(workbook);
    const outcome = await controller.getSheetStatus();
    expect(fake.stats.syncs).toBe(2);
    expect(outcome.ok && outcome.status).toEqual({
      sheet: '绩效指标',
      names: buildExampleSheet()
        .names.map((n) => n.name)
        .sort(),
      profile: 'guangzhou-dept',
      hasProfileCell: true,
    });
  });

  it('a sheet without PE_Profile is read in one sync, without an error on a strict Excel', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Mine').set('A1', '指标');
    const { controller, fake } = controllerFor(workbook);
    const outcome = await controller.getSheetStatus();
    expect(fake.stats.syncs).toBe(1);
    expect(outcome).toEqual({
      ok: true,
      status: { sheet: 'Mine', names: [], profile: null, hasProfileCell: false },
    });
  });

  it('reads a sheet-scoped PE_Profile (the inserted example)', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1');
    const { controller } = controllerFor(workbook);
    await controller.insertExample();
    workbook.sheet('示例-绩效指标').set('B38', 'national-project');
    const outcome = await controller.getSheetStatus();
    expect(outcome.ok && outcome.status).toMatchObject({
      sheet: '示例-绩效指标',
      profile: 'national-project',
      hasProfileCell: true,
    });
  });

  it('treats a PE_Profile that refers to #REF! as no profile cell', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Mine');
    workbook.defineName('PE_Profile', '=#REF!$B$38', { sheet: 'Mine' });
    const { controller } = controllerFor(workbook);
    const outcome = await controller.getSheetStatus();
    expect(outcome.ok && outcome.status).toEqual({
      sheet: 'Mine',
      names: ['PE_Profile'],
      profile: null,
      hasProfileCell: false,
    });
  });

  it('ignores workbook names that point at another sheet, and the scorer’s own PE_Out names', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Other');
    workbook.addSheet('Mine');
    workbook.defineName('PE_Targets', 'Other!$A$1:$A$3');
    workbook.defineName('PE_OutScores', 'Mine!$H$1:$H$3', { sheet: 'Mine' });
    workbook.activate(workbook.sheet('Mine'));
    const { controller } = controllerFor(workbook);
    const outcome = await controller.getSheetStatus();
    expect(outcome.ok && outcome.status).toEqual({
      sheet: 'Mine',
      names: [],
      profile: null,
      hasProfileCell: false,
    });
  });
});

describe('getSheetStatus agrees with the scorer on which names a sheet has', () => {
  /** Names and the sheet they are on; the status must list what findScorableSheets/planScoring see. */
  function workbookWith(define: (workbook: FakeWorkbook) => void): FakeWorkbook {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Other');
    workbook.addSheet('Mine');
    define(workbook);
    workbook.activate(workbook.sheet('Mine'));
    return workbook;
  }

  it.each<[string, (workbook: FakeWorkbook) => void, string[]]>([
    [
      'names spelled in another case (Excel names are case-insensitive)',
      (wb) => {
        wb.defineName('pe_targets', 'Mine!$A$1:$A$3');
        wb.defineName('PE_ACTUALS', 'Mine!$B$1:$B$3', { sheet: 'Mine' });
      },
      ['PE_Actuals', 'PE_Targets'],
    ],
    [
      'a workbook name with one of its areas on this sheet (the scorer reports it as this sheet’s bad name)',
      (wb) => wb.defineName('PE_Targets', 'Mine!$A$1:$A$3,Other!$A$1:$A$3'),
      ['PE_Targets'],
    ],
    [
      'a sheet-scoped name pointing at another sheet (still this sheet’s name, reported as bad)',
      (wb) => wb.defineName('PE_Actuals', 'Other!$A$1:$A$3', { sheet: 'Mine' }),
      ['PE_Actuals'],
    ],
    ['a PE_ name the contract does not know', (wb) => wb.defineName('PE_Whatever', 'Mine!$A$1'), []],
  ])('%s', async (_case, define, expected) => {
    const workbook = workbookWith(define);
    const { controller } = controllerFor(workbook);
    const outcome = await controller.getSheetStatus();
    expect(outcome.ok && outcome.status.names).toEqual(expected);
    const snapshotNames = [
      ...workbook.names.map((n) => ({
        name: n.name,
        scope: 'workbook' as const,
        formula: workbook.nameFormulaText(n.formula),
      })),
      ...workbook.sheet('Mine').names.map((n) => ({
        name: n.name,
        scope: { sheet: 'Mine' },
        formula: workbook.nameFormulaText(n.formula),
      })),
    ];
    const scorer = findScorableSheets(snapshotNames, ['Mine']);
    const scorerSeesNames =
      scorer.scorable.includes('Mine') || scorer.incomplete.some((s) => s.sheet === 'Mine');
    expect(scorerSeesNames).toBe(expected.length > 0);
  });

  it('reads and writes a workbook-scoped pe_profile spelled in lower case', async () => {
    const workbook = workbookWith((wb) => {
      wb.sheet('Mine').set('B2', 'national-project');
      wb.defineName('pe_profile', 'Mine!$B$2');
    });
    const { controller } = controllerFor(workbook);
    const outcome = await controller.getSheetStatus();
    expect(outcome.ok && outcome.status).toMatchObject({ profile: 'national-project', hasProfileCell: true });
  });
});

describe('readLayout: every input name, set or not, and what detection proposes', () => {
  const proposals = (layout: SheetLayout) =>
    Object.fromEntries(layout.ranges.filter((r) => r.proposal).map((r) => [r.name, r.proposal!.address]));

  it('on a sheet without names proposes the whole table, the budget and the 管理效率 block, in one sync', async () => {
    const { controller, fake } = controllerFor(unnamedTableWorkbook());
    const outcome = await controller.readLayout();
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    const { layout } = outcome;
    expect(fake.stats.syncs).toBe(1);
    expect(layout.sheet).toBe('2023年度绩效');
    expect(layout.detection.ok).toBe(true);
    expect(layout.ranges.every((r) => r.address === null)).toBe(true);
    expect(proposals(layout)).toMatchObject({
      PE_Categories: 'B3:B26',
      PE_Names: 'C3:C26',
      PE_Targets: 'D3:D26',
      PE_Actuals: 'E3:E26',
      PE_ReportedRates: 'F3:F26',
      PE_Weights: 'G3:G26',
      PE_MgmtItems: 'A33:A36',
    });
    expect(Object.keys(proposals(layout))).toEqual(
      expect.arrayContaining(['PE_BudgetPlanned', 'PE_BudgetSpent', 'PE_MgmtWeights', 'PE_MgmtValues']),
    );
    expect(layout.ranges.find((r) => r.name === 'PE_Targets')?.proposal?.header).toBe('年度目标值');
    expect(layout.detection.profile.id).toBe('guangzhou-dept');
    // Every input name of the contract is listed, PE_Reasons and PE_ManualScores included.
    expect(layout.ranges.map((r) => r.name)).toEqual(
      expect.arrayContaining(['PE_Reasons', 'PE_ManualScores']),
    );
    expect(layout.ranges).toHaveLength(16);
  });

  it('defines the proposed names, scoped to the sheet, in one read and one write', async () => {
    const workbook = unnamedTableWorkbook();
    const { controller, fake } = controllerFor(workbook);
    const read = await controller.readLayout();
    if (!read.ok) throw new Error('no layout');
    fake.resetStats();

    const outcome = await controller.defineNames(proposalsForUnset(read.layout));

    expect(outcome).toEqual({ ok: true });
    expect(fake.stats.syncs).toBe(2);
    expect(formulaOf(workbook, '2023年度绩效', 'PE_Targets')).toBe("='2023年度绩效'!$D$3:$D$26");
    expect(formulaOf(workbook, '2023年度绩效', 'PE_Weights')).toBe("='2023年度绩效'!$G$3:$G$26");
    expect(formulaOf(workbook, '2023年度绩效', 'PE_MgmtItems')).toBe("='2023年度绩效'!$A$33:$A$36");
    expect(workbook.names).toEqual([]);
    const again = await controller.readLayout();
    if (!again.ok) throw new Error('no layout');
    expect(again.layout.ranges.find((r) => r.name === 'PE_Actuals')?.address).toBe('E3:E26');
    expect(proposalsForUnset(again.layout)).toEqual([]);
  });

  it('on a sheet with one name set by hand: says where it is, what is missing, and proposes the rest', async () => {
    const workbook = unnamedTableWorkbook();
    workbook.defineName('PE_Targets', "'2023年度绩效'!$D$3:$D$26", { sheet: '2023年度绩效' });
    const { controller } = controllerFor(workbook);
    const outcome = await controller.readLayout();
    if (!outcome.ok) throw new Error('no layout');
    const targets = outcome.layout.ranges.find((r) => r.name === 'PE_Targets')!;
    expect(targets.address).toBe('D3:D26');
    expect(missingRequired(outcome.layout).map((r) => r.name)).toEqual(['PE_Actuals']);
    const actuals = outcome.layout.ranges.find((r) => r.name === 'PE_Actuals')!;
    expect(actuals.proposal?.address).toBe('E3:E26');
    // Detected, so nothing is lost once it is defined; without the proposal it would cost the score.
    expect(actuals.consequence).toBeNull();
    const rest = proposalsForUnset(outcome.layout).map((d) => d.name);
    expect(rest).toContain('PE_Actuals');
    expect(rest).not.toContain('PE_Targets');
  });

  it('on an empty sheet says why nothing was found', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Empty');
    const { controller } = controllerFor(workbook);
    const outcome = await controller.readLayout();
    if (!outcome.ok) throw new Error('no layout');
    expect(outcome.layout.detection.ok).toBe(false);
    expect(outcome.layout.detection.problem).toBe('工作表是空的');
    expect(proposalsForUnset(outcome.layout)).toEqual([]);
  });
});

describe('useSelectionAs', () => {
  function withSelection(a1Area: { top: number; left: number; bottom: number; right: number }) {
    const workbook = unnamedTableWorkbook();
    workbook.selection = { sheet: workbook.sheet('2023年度绩效'), area: a1Area };
    return workbook;
  }

  it('defines one sheet-scoped name as the selected column', async () => {
    const workbook = withSelection({ top: 2, left: 3, bottom: 25, right: 3 });
    const { controller, fake } = controllerFor(workbook);
    expect(await controller.useSelectionAs('PE_Targets')).toEqual({ ok: true, address: 'D3:D26' });
    expect(sheetNames(workbook, '2023年度绩效')).toEqual(['PE_Targets']);
    expect(formulaOf(workbook, '2023年度绩效', 'PE_Targets')).toBe("='2023年度绩效'!$D$3:$D$26");
    expect(fake.stats.syncs).toBe(2);
  });

  it('replaces an earlier definition of the same name', async () => {
    const workbook = withSelection({ top: 2, left: 4, bottom: 25, right: 4 });
    workbook.defineName('PE_Actuals', "'2023年度绩效'!$F$3:$F$26", { sheet: '2023年度绩效' });
    const { controller } = controllerFor(workbook);
    await controller.useSelectionAs('PE_Actuals');
    expect(formulaOf(workbook, '2023年度绩效', 'PE_Actuals')).toBe("='2023年度绩效'!$E$3:$E$26");
  });

  it('accepts up to three adjacent columns for PE_Targets (指标性质 | 指标值 | 度量单位)', async () => {
    const workbook = withSelection({ top: 2, left: 3, bottom: 25, right: 5 });
    const { controller } = controllerFor(workbook);
    expect(await controller.useSelectionAs('PE_Targets')).toEqual({ ok: true, address: 'D3:F26' });
    expect(formulaOf(workbook, '2023年度绩效', 'PE_Targets')).toBe("='2023年度绩效'!$D$3:$F$26");
  });

  it.each([
    ['a block for a column name', 'PE_Actuals', { top: 2, left: 3, bottom: 25, right: 4 }, 'D3:E26'],
    ['four columns for PE_Targets', 'PE_Targets', { top: 2, left: 3, bottom: 25, right: 6 }, 'D3:G26'],
    [
      'a column for a single-cell name',
      'PE_BudgetPlanned',
      { top: 28, left: 1, bottom: 29, right: 1 },
      'B29:B30',
    ],
  ])('refuses %s and defines nothing', async (_label, name, area, address) => {
    const workbook = withSelection(area);
    const { controller } = controllerFor(workbook);
    expect(await controller.useSelectionAs(name)).toEqual({
      ok: false,
      problem: { code: 'selection-shape', detail: address },
    });
    expect(sheetNames(workbook, '2023年度绩效')).toEqual([]);
  });
});

describe('selectCell and showSummary', () => {
  it('activates the sheet and selects the cell', async () => {
    const workbook = workbookFromExample(buildExampleSheet());
    workbook.addSheet('Other');
    workbook.activate(workbook.sheet('Other'));
    const { controller } = controllerFor(workbook);
    expect(await controller.selectCell('绩效指标', 'E14')).toEqual({ ok: true });
    expect(workbook.activeSheet?.name).toBe('绩效指标');
    expect(workbook.selection?.area).toEqual({ top: 13, left: 4, bottom: 13, right: 4 });
  });

  it('explains a cell on a sheet that is gone', async () => {
    const workbook = workbookFromExample(buildExampleSheet());
    const { controller } = controllerFor(workbook);
    const outcome = await controller.selectCell('已删除', 'A1');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problem.code).toBe('office-error');
  });

  it('opens the summary sheet the scored sheet’s PE_OutSummary points at', async () => {
    const workbook = workbookFromExample(buildExampleSheet());
    workbook.addSheet('评分汇总 (2)');
    workbook.defineName('PE_OutSummary', "'评分汇总 (2)'!$A$1", { sheet: '绩效指标' });
    const { controller } = controllerFor(workbook);
    expect(await controller.showSummary('绩效指标')).toEqual({ ok: true });
    expect(workbook.activeSheet?.name).toBe('评分汇总 (2)');
  });

  it('follows only the sheet’s own PE_OutSummary (the scorer’s rule): a workbook-scoped one is nobody’s', async () => {
    const workbook = workbookFromExample(buildExampleSheet());
    workbook.addSheet('评分汇总');
    workbook.addSheet('别处');
    workbook.defineName('PE_OutSummary', "'别处'!$A$1");
    const { controller, fake } = controllerFor(workbook);
    expect(await controller.showSummary('绩效指标')).toEqual({ ok: true });
    expect(workbook.activeSheet?.name).toBe('评分汇总');
    expect(fake.stats.syncs).toBe(2);
  });
});

describe('setProfile', () => {
  it('writes the choice into PE_Profile when the sheet has it', async () => {
    const workbook = workbookFromExample(buildExampleSheet());
    const { controller, host } = controllerFor(workbook);
    expect(await controller.setProfile('national-project')).toEqual({ ok: true, stored: 'cell' });
    expect(workbook.sheet('绩效指标').getCell(37, 1)?.value).toBe('national-project');
    await controller.score();
    expect(host.scoreActiveSheet.mock.calls[0][1]).toEqual({
      capabilities: { cellProperties: true },
      detect: true,
      outputSheets: [],
    });
  });

  it('keeps the choice for this session’s runs of that sheet when there is no PE_Profile', async () => {
    const workbook = unnamedTableWorkbook();
    const { controller, host } = controllerFor(workbook);
    expect(await controller.setProfile('national-project')).toEqual({ ok: true, stored: 'session' });
    await controller.score();
    // By sheet: the run applies it only if the active sheet is 2023年度绩效.
    expect(host.scoreActiveSheet.mock.calls[0][1]).toEqual({
      profileBySheet: { '2023年度绩效': 'national-project' },
      capabilities: { cellProperties: true },
      detect: true,
      outputSheets: [],
    });
  });

  it('a session choice made on one sheet does not score another', async () => {
    const workbook = unnamedTableWorkbook();
    workbookFromExample({ ...buildExampleSheet('部门表'), names: [] }, workbook);
    workbook.activate(workbook.sheet('2023年度绩效'));
    const fake = createFakeExcel(workbook);
    const controller = createExcelController({
      run: fake.Excel.run as unknown as ExcelBatchRunner,
      host: { scoreActiveSheet, applyUndo, describeOfficeError },
      capabilities: { cellProperties: true },
    });
    await controller.setProfile('national-project');
    workbook.activate(workbook.sheet('部门表'));
    const other = await controller.score();
    expect(other.status === 'scored' && [other.result.profile, other.result.total]).toEqual([
      'guangzhou-dept',
      94.46,
    ]);
    workbook.activate(workbook.sheet('2023年度绩效'));
    const chosen = await controller.score();
    expect(chosen.status === 'scored' && chosen.result.profile).toBe('national-project');
  });

  it('reports a protected sheet instead of throwing', async () => {
    const workbook = workbookFromExample(buildExampleSheet());
    workbook.sheet('绩效指标').protected = true;
    const { controller } = controllerFor(workbook);
    const outcome = await controller.setProfile('national-project');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problem.detail).toContain('受保护，Excel 拒绝了写入');
    expect(workbook.sheet('绩效指标').getCell(37, 1)?.value).toBe('guangzhou-dept');
  });
});

describe('score and undo delegate to the Office host', () => {
  it('turns a thrown error into a failed outcome the pane can show', async () => {
    const workbook = workbookFromExample(buildExampleSheet());
    const { controller, host } = controllerFor(workbook);
    host.scoreActiveSheet.mockRejectedValue({ code: 'AccessDenied', message: 'denied' });
    const outcome = await controller.score();
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && outcome.message).toContain('没有权限修改');
  });

  it('passes the undo plan to applyUndo', async () => {
    const { controller, host } = controllerFor(workbookFromExample(buildExampleSheet()));
    const plan = {
      restore: { sheet: '绩效指标', blocks: [], fills: [], names: [], sheets: [] },
      deleteNames: [],
      deleteSheets: [],
    };
    expect(await controller.undo(plan)).toEqual({ ok: true });
    expect(host.applyUndo).toHaveBeenCalledWith(expect.any(Function), plan);
  });
});

describe('watchActiveSheet', () => {
  it('says false where Excel has no activation event (the fake), so the pane relies on focus', async () => {
    const { controller } = controllerFor(workbookFromExample(buildExampleSheet()));
    expect(await controller.watchActiveSheet(() => undefined)).toBe(false);
  });
});

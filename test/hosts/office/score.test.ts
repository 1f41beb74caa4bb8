/** scoreActiveSheet against the Excel fake: the example sheet, re-runs, protection, names. */
import { scoreActiveSheet } from '../../../src/hosts/office';
import type { RunOutcome } from '../../../src/workbook/runOutcome';
import { dumpWorkbook } from '../../fakes/excel';
import { exampleWorkbook, fakeRunner } from './helpers';

function dumpRow(workbook: ReturnType<typeof exampleWorkbook>, sheet: string, row: number, width: number) {
  return Array.from({ length: width }, (_, col) => workbook.sheet(sheet).getCell(row, col)?.value ?? null);
}

function scored(outcome: RunOutcome) {
  if (outcome.status !== 'scored') throw new Error(`expected a scored run, got ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('scoring the example sheet (天河 2023)', () => {
  it('scores 94.46 / 优 in exactly two syncs: one read, one write', async () => {
    const workbook = exampleWorkbook();
    const { fake, run } = fakeRunner(workbook);
    const outcome = scored(await scoreActiveSheet(run));
    expect([outcome.sheet, outcome.result.total, outcome.result.grade]).toEqual(['绩效指标', 94.46, '优']);
    expect(outcome.syncs).toBe(2);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.requests[0].mutations).toBe(0); // the first sync only reads
  });

  it('writes the four columns beside the table, highlights, both output sheets after the scored one, and its names', async () => {
    const workbook = exampleWorkbook();
    const { run } = fakeRunner(workbook);
    scored(await scoreActiveSheet(run));
    const dump = dumpWorkbook(workbook);
    expect(dump.sheets.map((s) => s.name)).toEqual(['绩效指标', '评分汇总', '扣分明细']);
    const sheet = dump.sheets[0];
    expect(['I2', 'J2', 'K2', 'L2'].map((a) => sheet.cells[a]?.value)).toEqual([
      '完成率',
      '得分',
      '标记',
      '说明',
    ]);
    // 区政务服务中心服务人数 is over 150%: flag words, strong fill on the flag and the target cell.
    const over = Object.entries(sheet.cells).filter(([, c]) => c.value === '需调整目标');
    expect(over).toHaveLength(2);
    for (const [address, cell] of over) {
      expect(cell.fill).toBeDefined();
      expect(sheet.cells[address.replace(/^K/, 'D')].fill).toBe(cell.fill);
    }
    const memory = [
      '_PerfScore_Fill_F4B183_NONE_1',
      '_PerfScore_Fill_FFE699_NONE_1',
      '_PerfScore_Filled_F4B183_NONE_1',
      '_PerfScore_Filled_FFE699_NONE_1',
      '_PerfScore_OutFlags',
      '_PerfScore_OutNotes',
      '_PerfScore_OutRates',
      '_PerfScore_OutScores',
    ];
    expect(Object.keys(sheet.names).sort()).toEqual(
      [
        'PE_OutDeductions',
        'PE_OutFlags',
        'PE_OutNotes',
        'PE_OutRates',
        'PE_OutScores',
        'PE_OutSummary',
        ...memory,
      ].sort(),
    );
    // The scorer's memory names are hidden (Name Manager does not list them); its PE_Out* are not.
    expect(sheet.hiddenNames).toEqual(memory);
    expect(sheet.names.PE_OutSummary).toBe('=评分汇总!$A$1');
  });

  it('a second run reuses the PE_Out* cells and changes nothing', async () => {
    const workbook = exampleWorkbook();
    const { fake, run } = fakeRunner(workbook);
    const first = scored(await scoreActiveSheet(run));
    const afterFirst = dumpWorkbook(workbook);
    fake.resetStats();
    const second = scored(await scoreActiveSheet(run, { outputSheets: first.after!.outputSheets }));
    expect(second.result.total).toBe(94.46);
    expect(second.syncs).toBe(2);
    expect(dumpWorkbook(workbook)).toEqual(afterFirst);
  });

  it('reads the output sheets the caller knows of in the same first sync (guess from the last run)', async () => {
    const workbook = exampleWorkbook();
    const { fake, run } = fakeRunner(workbook);
    const first = scored(await scoreActiveSheet(run));
    expect(first.after!.outputSheets).toEqual(['评分汇总', '扣分明细']);
    fake.resetStats();
    const second = scored(await scoreActiveSheet(run, { outputSheets: first.after!.outputSheets }));
    // The undo of the second run restores the summary sheet's previous contents: they were read.
    const restoredSummary = second.undo.restore.sheets.find((s) => s.name === '评分汇总');
    expect(restoredSummary?.rows.length).toBeGreaterThan(5);
    expect(restoredSummary?.rows[0]).toEqual(
      dumpRow(workbook, '评分汇总', 0, restoredSummary!.rows[0].length),
    );
    expect(fake.stats.syncs).toBe(2);
  });

  it('without a guess the outputs are read by name in one more sync, with the same result', async () => {
    const guessed = exampleWorkbook();
    const unguessed = exampleWorkbook();
    const a = fakeRunner(guessed);
    const b = fakeRunner(unguessed);
    const first = scored(await scoreActiveSheet(a.run));
    scored(await scoreActiveSheet(b.run));
    guessed.sheet('绩效指标').updateCell(4, 4, { value: 1 });
    unguessed.sheet('绩效指标').updateCell(4, 4, { value: 1 });
    const withGuess = scored(await scoreActiveSheet(a.run, { outputSheets: first.after!.outputSheets }));
    const withoutGuess = scored(await scoreActiveSheet(b.run));
    expect(withGuess.syncs).toBe(2);
    expect(withoutGuess.syncs).toBe(3);
    expect(dumpWorkbook(unguessed)).toEqual(dumpWorkbook(guessed));
    expect(withoutGuess.undo).toEqual(withGuess.undo);
  });

  it('a guess naming a user sheet that is not an output is read but not used', async () => {
    const workbook = exampleWorkbook();
    workbook.addSheet('说明').set('A1', '用户自己的表');
    const { run } = fakeRunner(workbook);
    const outcome = scored(await scoreActiveSheet(run, { outputSheets: ['说明'] }));
    expect(outcome.syncs).toBe(2);
    expect(outcome.undo.restore.sheets.map((s) => s.name)).not.toContain('说明');
    expect(workbook.sheet('说明').getCell(0, 0)?.value).toBe('用户自己的表');
  });
});

describe('output sheets that went missing', () => {
  it('a deleted 评分汇总 (its name now #REF!) is re-created and the name pointed at it again, in 2 syncs', async () => {
    const workbook = exampleWorkbook();
    const { fake, run } = fakeRunner(workbook);
    scored(await scoreActiveSheet(run));
    workbook.deleteSheet(workbook.sheet('评分汇总'));
    const names = workbook.sheet('绩效指标').names;
    expect(workbook.nameFormulaText(names.find((n) => n.name === 'PE_OutSummary')!.formula)).toBe(
      '=#REF!$A$1',
    );
    fake.resetStats();
    // The pane's status read after the deletion guesses only 扣分明细: 2 syncs.
    const outcome = scored(await scoreActiveSheet(run, { outputSheets: ['扣分明细'] }));
    expect(outcome.syncs).toBe(2);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['绩效指标', '评分汇总', '扣分明细']); // re-created right after the scored sheet
    expect(workbook.nameFormulaText(names.find((n) => n.name === 'PE_OutSummary')!.formula)).toBe(
      '=评分汇总!$A$1',
    );
  });

  it('a stale guess (the guessed sheet was deleted) costs two more syncs, not an error', async () => {
    const workbook = exampleWorkbook();
    const { run } = fakeRunner(workbook);
    const first = scored(await scoreActiveSheet(run));
    workbook.deleteSheet(workbook.sheet('评分汇总'));
    const outcome = scored(await scoreActiveSheet(run, { outputSheets: first.after!.outputSheets }));
    // The read fails (ItemNotFound), is redone without guesses, then 扣分明细 is read by name; the write.
    expect(outcome.syncs).toBe(4);
    expect(outcome.result.total).toBe(94.46);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['绩效指标', '评分汇总', '扣分明细']);
  });

  it('a PE_OutSummary typed as =#REF! does not break the read', async () => {
    const workbook = exampleWorkbook();
    workbook.defineName('PE_OutSummary', '=#REF!', { sheet: '绩效指标' });
    const { run } = fakeRunner(workbook);
    const outcome = scored(await scoreActiveSheet(run));
    expect(outcome.result.total).toBe(94.46);
    expect(workbook.findSheet('评分汇总')).toBeDefined();
  });
});

describe('a protected sheet', () => {
  it('is refused with the officer message and nothing reaches the workbook', async () => {
    const workbook = exampleWorkbook();
    workbook.sheet('绩效指标').protected = true;
    const before = dumpWorkbook(workbook);
    const { fake, run } = fakeRunner(workbook);
    const outcome = await scoreActiveSheet(run);
    expect(outcome).toMatchObject({
      status: 'refused',
      sheet: '绩效指标',
      refusal: { code: 'protected', message: '工作表受保护，未写入任何内容。请撤销保护后重试。' },
    });
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.mutations).toBe(0);
    expect(dumpWorkbook(workbook)).toEqual(before);
  });

  it('a protected output sheet from an earlier run is refused before anything is written', async () => {
    const workbook = exampleWorkbook();
    const { fake, run } = fakeRunner(workbook);
    scored(await scoreActiveSheet(run));
    workbook.sheet('评分汇总').protected = true;
    const before = dumpWorkbook(workbook);
    fake.resetStats();
    const outcome = await scoreActiveSheet(run);
    expect(outcome).toMatchObject({ status: 'refused', refusal: { code: 'protected' } });
    expect(outcome.status === 'refused' && outcome.refusal.message).toContain('评分汇总');
    expect(fake.stats.mutations).toBe(0);
    expect(dumpWorkbook(workbook)).toEqual(before);
  });
});

describe('names', () => {
  it('sheet-scoped input names score like workbook-scoped ones; workbook names are left as they were', async () => {
    const workbook = exampleWorkbook();
    const sheet = workbook.sheet('绩效指标');
    for (const name of workbook.names.splice(0)) sheet.names.push(name); // move every name to sheet scope
    const { run } = fakeRunner(workbook);
    const outcome = scored(await scoreActiveSheet(run));
    expect(outcome.result.total).toBe(94.46);
    expect(workbook.names).toHaveLength(0);
    expect(sheet.names.map((n) => n.name)).toEqual(expect.arrayContaining(['PE_Targets', 'PE_OutSummary']));
  });

  it('a workbook name broken into #REF! (its sheet deleted) is reported by name; scoring still completes', async () => {
    const workbook = exampleWorkbook();
    const names = workbook.names;
    names.splice(
      names.findIndex((n) => n.name === 'PE_Names'),
      1,
    );
    workbook.addSheet('旧表');
    workbook.defineName('PE_Names', "'旧表'!$C$3:$C$26");
    workbook.deleteSheet(workbook.sheet('旧表'));
    expect(workbook.nameFormulaText(names.find((n) => n.name === 'PE_Names')!.formula)).toBe(
      '=#REF!$C$3:$C$26',
    );
    const { run } = fakeRunner(workbook);
    const outcome = scored(await scoreActiveSheet(run));
    expect(outcome.result.total).toBe(94.46);
    expect(outcome.result.findings.some((f) => f.cell === 'PE_Names' || f.message.includes('PE_Names'))).toBe(
      true,
    );
    expect(workbook.nameFormulaText(names.find((n) => n.name === 'PE_Names')!.formula)).toBe(
      '=#REF!$C$3:$C$26',
    );
  });

  it('a required name pointing at #REF! refuses the sheet, naming it, and writes nothing', async () => {
    const workbook = exampleWorkbook();
    workbook.defineName('PE_Targets', '=#REF!', { sheet: '绩效指标' });
    const { fake, run } = fakeRunner(workbook);
    const outcome = await scoreActiveSheet(run);
    expect(outcome).toMatchObject({ status: 'refused', refusal: { code: 'bad-name' } });
    expect(outcome.status === 'refused' && outcome.refusal.message).toContain('PE_Targets');
    expect(fake.stats.mutations).toBe(0);
  });

  it('a sheet without PE_* names is refused with the setup message', async () => {
    const workbook = exampleWorkbook();
    workbook.activate(workbook.addSheet('Sheet2'));
    const { fake, run } = fakeRunner(workbook);
    const outcome = await scoreActiveSheet(run);
    expect(outcome).toMatchObject({ status: 'refused', sheet: 'Sheet2', refusal: { code: 'no-names' } });
    expect(fake.stats.mutations).toBe(0);
  });
});

describe('without ExcelApi 1.9 (no getCellProperties)', () => {
  it('still reads in one sync, with fills from the cell window, and scores the same', async () => {
    const workbook = exampleWorkbook();
    const { fake, run } = fakeRunner(workbook, { cellProperties: false });
    const outcome = scored(await scoreActiveSheet(run, { capabilities: { cellProperties: false } }));
    expect(outcome.result.total).toBe(94.46);
    expect(fake.stats.syncs).toBe(2);
  });

  it('falls back by itself when told the API is there but it is not', async () => {
    const workbook = exampleWorkbook();
    const { run } = fakeRunner(workbook, { cellProperties: false });
    const outcome = scored(await scoreActiveSheet(run, { capabilities: { cellProperties: true } }));
    expect(outcome.syncs).toBe(2);
  });
});

describe('highlights on user cells are given back by the next run', () => {
  it('reads the previous fills from the summary sheet (same first sync) and restores the user’s own fill', async () => {
    const workbook = exampleWorkbook();
    const sheet = workbook.sheet('绩效指标');
    const row = [...sheet.cells.entries()].find(([, c]) => c.value === '区政务服务中心服务人数')![0];
    const r = Number(row.split(',')[0]);
    sheet.updateCell(r, 3, { fill: '#DDEBF7' }); // the user's own fill on the target cell
    const { fake, run } = fakeRunner(workbook);
    const first = scored(await scoreActiveSheet(run));
    expect(sheet.getCell(r, 3)?.fill).not.toBe('#DDEBF7');
    sheet.updateCell(r, 4, { value: '100万' }); // no longer over 150%
    fake.resetStats();
    const second = scored(await scoreActiveSheet(run, { outputSheets: first.after!.outputSheets }));
    expect(second.syncs).toBe(2);
    expect(sheet.getCell(r, 3)?.fill).toBe('#DDEBF7');
  });
});

describe('profile choice', () => {
  it('options.profile overrides PE_Profile for the run', async () => {
    const { run } = fakeRunner(exampleWorkbook());
    const outcome = scored(await scoreActiveSheet(run, { profile: 'national-project' }));
    expect(outcome.result.profile).toBe('national-project');
  });
});

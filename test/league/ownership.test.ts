/**
 * 各表评分汇总's ownership and refusals: a user's sheet of that name is left alone (the league goes to
 * 各表评分汇总 (2) and stays there on later runs), PE_OutLeague pointing at a user's sheet is
 * redefined, a protected department sheet is listed with the reason, a structure-protected workbook
 * or nothing to score writes nothing, a sheet name with quotes is linked correctly.
 */
import { scoreAllSheets } from '../../src/hosts/office';
import { FakeWorkbook, workbookFromExample, type FakeWorkbook as Book } from '../fakes/excel';
import { comparableDump, firstDifference } from '../fuzz/compare';
import { fakeRunner } from '../fuzz/hosts';
import { scoreAllSheets as scoreAllOnWps } from '../../src/hosts/wps';
import { createFakeEt } from '../fakes/et';
import { DETECTED_SHEET, departmentSheet, departmentsWorkbook } from './departments';

const scoreAll = (workbook: Book) =>
  scoreAllSheets(fakeRunner(workbook).run, { sheetNames: workbook.sheets.map((s) => s.name) });

describe('各表评分汇总: whose sheet it is', () => {
  it("a user's 各表评分汇总 is left alone; ours goes beside it, and is reused by the next run", async () => {
    const workbook = departmentsWorkbook(2, false);
    workbook.addSheet('各表评分汇总').set('A1', '我们自己的汇总');
    const first = await scoreAll(workbook);
    expect(first.status === 'scored' && first.league).toBe('各表评分汇总 (2)');
    expect(workbook.sheet('各表评分汇总').getCell(0, 0)?.value).toBe('我们自己的汇总');
    const once = comparableDump(workbook);
    const second = await scoreAll(workbook);
    expect(second.status === 'scored' && second.league).toBe('各表评分汇总 (2)');
    expect(firstDifference(once, comparableDump(workbook))).toBeNull();
  });

  it("PE_OutLeague pointing at a user's sheet: that sheet untouched, the name redefined to ours", async () => {
    const workbook = departmentsWorkbook(1, false);
    workbook.addSheet('封面').set('A1', '2023年度绩效自评');
    workbook.defineName('PE_OutLeague', "'封面'!$A$1");
    const outcome = await scoreAll(workbook);
    expect(outcome.status === 'scored' && outcome.league).toBe('各表评分汇总');
    expect(workbook.sheet('封面').getCell(0, 0)?.value).toBe('2023年度绩效自评');
    expect(comparableDump(workbook).names.PE_OutLeague).toMatch(/各表评分汇总/);
  });
});

describe('PE_OutLeague is no claim on its own: a sheet is ours only as chooseLeagueSheet rules', () => {
  /** The department workbook with PE_OutLeague pointed at the officer's detected sheet (no names). */
  const pointedAtDepartment = () => {
    const workbook = departmentsWorkbook(1);
    workbook.defineName('PE_OutLeague', `'${DETECTED_SHEET}'!$A$1`);
    return workbook;
  };

  it('Office: the officer’s sheet PE_OutLeague points at is still scored, the league goes to a new sheet', async () => {
    const workbook = pointedAtDepartment();
    const outcome = await scoreAll(workbook);
    if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
    expect(outcome.rows.map((r) => r.sheet)).toContain(DETECTED_SHEET);
    expect(outcome.league).toBe('各表评分汇总');
    expect(comparableDump(workbook).names.PE_OutLeague).toMatch(/各表评分汇总/);
  });

  it('WPS: the same', () => {
    const workbook = pointedAtDepartment();
    const outcome = scoreAllOnWps(createFakeEt(workbook).Application);
    if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
    expect(outcome.rows.map((r) => r.sheet)).toContain(DETECTED_SHEET);
  });

  it('our own league sheet (PE_OutLeague and its title) is never scored, whatever it holds', async () => {
    const workbook = departmentsWorkbook(1);
    const first = await scoreAll(workbook);
    expect(first.status).toBe('scored');
    const second = await scoreAll(workbook);
    if (second.status !== 'scored') throw new Error(JSON.stringify(second));
    expect(second.rows.map((r) => r.sheet)).not.toContain('各表评分汇总');
  });
});

describe('refusals', () => {
  it('a protected department sheet is listed with the reason, the others scored', async () => {
    const workbook = departmentsWorkbook(2, false);
    workbook.sheet('分局1').protected = true;
    const outcome = await scoreAll(workbook);
    if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
    expect(outcome.rows.map((r) => [r.sheet, r.grade, r.reason])).toEqual([
      ['局机关', '优', ''],
      ['分局1', '未评分', '工作表受保护，未写入任何内容。请撤销保护后重试。'],
    ]);
    const league = workbook.sheet('各表评分汇总');
    expect(league.getCell(3, 0)?.value ?? null).toBeNull();
    expect(league.getCell(3, 10)?.value).toBe('工作表受保护，未写入任何内容。请撤销保护后重试。');
  });

  it('a structure-protected workbook, or nothing to score: nothing is written', async () => {
    const locked = departmentsWorkbook(1, false);
    locked.structureProtected = true;
    const before = comparableDump(locked);
    const outcome = await scoreAll(locked);
    expect(outcome.status).toBe('refused');
    // Every sheet refused for the structure (its output sheets cannot be added): not for want of ranges.
    expect(outcome.status === 'refused' && outcome.code).toBe('none-scored');
    expect(firstDifference(before, comparableDump(locked))).toBeNull();

    const notes = new FakeWorkbook();
    notes.addSheet('说明').set('A1', '本工作簿没有指标表');
    const nothing = await scoreAll(notes);
    expect(nothing).toEqual({
      status: 'refused',
      code: 'no-ranges',
      message: '没有可评分的工作表，未写入任何内容。(No sheet could be scored; nothing was written.)',
      skipped: [
        {
          sheet: '说明',
          message: expect.stringContaining('未找到'),
          text: expect.objectContaining({ code: 'refusal.not-found' }),
        },
      ],
    });
    expect(notes.sheets.map((s) => s.name)).toEqual(['说明']);
  });
});

it("a sheet named with quotes: its summary's link is escaped and points at it", async () => {
  const workbook = new FakeWorkbook();
  workbookFromExample(departmentSheet('局\'机关"', 0), workbook);
  const outcome = await scoreAll(workbook);
  if (outcome.status !== 'scored') throw new Error(JSON.stringify(outcome));
  const league = workbook.sheet('各表评分汇总');
  expect(league.getCell(2, 2)?.value).toBe('局\'机关"');
  expect(league.getCell(2, 9)?.formula).toBe(`=HYPERLINK("#'评分汇总'!A1","评分汇总")`);
  expect(workbook.sheet('评分汇总').getCell(0, 0)?.value).toBe('绩效自评评分汇总：局\'机关"');
});

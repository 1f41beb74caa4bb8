/**
 * WPS, workbook structure protected (保护工作簿): a run that would add its output sheets, or
 * 评分全部工作表's league sheet, is refused in the read, before anything is written — as in Excel.
 * Once the output sheets exist, the run adds none and scores.
 */
import { scoreActiveSheet, scoreAllSheets } from '../../../src/hosts/wps';
import { createFakeEt } from '../../fakes/et';
import type { FakeWorkbook } from '../../fakes/excel';
import { exampleWorkbook } from '../office/helpers';
import { comparableDump, firstDifference } from '../../fuzz/compare';
import { departmentsWorkbook } from '../../league/departments';

const example = (): FakeWorkbook => exampleWorkbook();

it('评分本表 on a first run: refused with the structure message, nothing written', () => {
  const workbook = example();
  workbook.structureProtected = true;
  const before = comparableDump(workbook);
  const et = createFakeEt(workbook);
  const outcome = scoreActiveSheet(et.Application);
  expect(outcome.status).toBe('refused');
  expect(outcome.status === 'refused' && outcome.refusal.message).toContain('工作簿结构受保护');
  expect(firstDifference(before, comparableDump(workbook))).toBeNull();
});

it('评分本表 once the output sheets exist: scored (no sheet is added)', () => {
  const workbook = example();
  expect(scoreActiveSheet(createFakeEt(workbook).Application).status).toBe('scored');
  workbook.structureProtected = true;
  expect(scoreActiveSheet(createFakeEt(workbook).Application).status).toBe('scored');
});

it('评分全部工作表: refused before anything is written', () => {
  const workbook = departmentsWorkbook(2, false);
  workbook.structureProtected = true;
  const before = comparableDump(workbook);
  const outcome = scoreAllSheets(createFakeEt(workbook).Application);
  expect(outcome.status).toBe('refused');
  expect(firstDifference(before, comparableDump(workbook))).toBeNull();
});

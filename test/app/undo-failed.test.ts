/**
 * An undo Office refuses: the pane's problem says the undo failed (Chinese first; the message code
 * words it in English), never "评分时出现意外错误" (an unexpected error while scoring): an unknown error
 * is the undo's unexpected error, an Office error with a sentence of its own follows 撤销未完成.
 */
import { createExcelController } from '../../src/app/excel-controller';
import type { ExcelBatchRunner } from '../../src/app/runner';
import { renderMessage, type AnyTable } from '../../src/engine/messages';
import { applyUndo, describeOfficeError, scoreActiveSheet } from '../../src/hosts/office';
import { OFFICE_EN } from '../../src/hosts/office/messages-en';
import { buildExampleSheet } from '../../src/workbook/example';
import { createFakeExcel, workbookFromExample } from '../fakes/excel';

const seed = () => workbookFromExample(buildExampleSheet());

function controllerOver(failWrite?: { at: number; error?: () => Error }) {
  const fake = createFakeExcel(seed(), failWrite ? { failWrite } : {});
  const run = fake.Excel.run as unknown as ExcelBatchRunner;
  return {
    fake,
    controller: createExcelController({ run, host: { scoreActiveSheet, applyUndo, describeOfficeError } }),
  };
}

/** The write attempts of a clean score, and of the undo after it. */
async function cleanCounts() {
  const { fake, controller } = controllerOver();
  const scored = await controller.score();
  if (scored.status !== 'scored') throw new Error(scored.status);
  const scoring = fake.stats.writeAttempts;
  expect((await controller.undo(scored.undo, scored.undoRecordId ?? null)).ok).toBe(true);
  return { scoring, undoing: fake.stats.writeAttempts - scoring };
}

async function failedUndo(error?: () => Error) {
  const { scoring, undoing } = await cleanCounts();
  expect(undoing).toBeGreaterThan(1);
  const { controller } = controllerOver({ at: scoring + 1, ...(error ? { error } : {}) });
  const scored = await controller.score();
  if (scored.status !== 'scored') throw new Error(scored.status);
  const result = await controller.undo(scored.undo, scored.undoRecordId ?? null);
  if (result.ok) throw new Error('the undo should have failed');
  const english = renderMessage(result.problem.detailText!, [OFFICE_EN as unknown as AnyTable]);
  return { chinese: result.problem.detail ?? '', english: english ?? '' };
}

describe('Excel: an undo that fails', () => {
  it('an unknown error: 撤销时出现意外错误 / The undo failed', async () => {
    const said = await failedUndo(() => new Error('disk gone'));
    expect(said.chinese).toMatch(/^撤销时出现意外错误：disk gone/);
    expect(said.chinese).not.toContain('评分时');
    expect(said.english).toBe('The undo failed: unexpected error: disk gone.');
  });

  it('an Office error with its own sentence: 撤销未完成： then the sentence', async () => {
    const said = await failedUndo(); // the fake's GeneralException
    expect(said.chinese).toMatch(/^撤销未完成：Excel 内部错误/);
    expect(said.english).toMatch(/^The undo did not finish: /);
  });
});

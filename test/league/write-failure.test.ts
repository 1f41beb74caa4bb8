/**
 * 评分全部工作表 when a write fails part-way (Office batches are not transactions): the workbook is
 * either unchanged with "工作簿未被改动", or changed with an exact account and an undo of exactly what
 * landed, which puts the workbook back. Failures are injected at write operations spread over the
 * whole run (every sheet's plan, then the league's).
 */
import { applyUndo, scoreAllSheets } from '../../src/hosts/office';
import { FakeOfficeError, type FakeWorkbook } from '../fakes/excel';
import { dumpWorkbook } from '../fakes/excel';
import { fakeRunner } from '../hosts/office/helpers';
import { departmentsWorkbook } from './departments';

const tabs = (workbook: FakeWorkbook) => workbook.sheets.map((s) => s.name);

async function writesOfRun(): Promise<number> {
  const workbook = departmentsWorkbook(2);
  const { fake, run } = fakeRunner(workbook);
  const outcome = await scoreAllSheets(run, { sheetNames: tabs(workbook) });
  expect(outcome.status).toBe('scored');
  return fake.stats.writeAttempts;
}

it('each injected failure leaves the workbook unchanged, or changed with a working undo of what landed', async () => {
  const total = await writesOfRun();
  expect(total).toBeGreaterThan(20);
  const stride = Math.max(1, Math.floor(total / 25));
  const points = new Set([1, 2, 3, total - 1, total]);
  for (let at = 1; at <= total; at += stride) points.add(at);
  const kinds = { unchanged: 0, undone: 0 };
  for (const at of [...points].sort((a, b) => a - b)) {
    const workbook = departmentsWorkbook(2);
    const original = dumpWorkbook(workbook);
    const { run } = fakeRunner(workbook, {
      failWrite: { at, error: () => new FakeOfficeError('GeneralException', 'injected') },
    });
    const outcome = await scoreAllSheets(run, { sheetNames: tabs(workbook) });
    if (outcome.status !== 'failed') throw new Error(`write ${at}: expected failed, got ${outcome.status}`);
    if (JSON.stringify(dumpWorkbook(workbook)) === JSON.stringify(original)) {
      kinds.unchanged += 1;
      expect(outcome.message).toContain('工作簿未被改动');
      expect(outcome.undo).toBeUndefined();
      continue;
    }
    kinds.undone += 1;
    expect(outcome.message).toContain('已写入');
    expect(outcome.message).not.toContain('未写入任何内容');
    expect(outcome.undo).toBeDefined();
    await applyUndo(fakeRunner(workbook).run, outcome.undo!); // a fresh fake: no injected failure
    expect(dumpWorkbook(workbook)).toEqual(original);
  }
  expect(kinds.undone).toBeGreaterThan(0);
});

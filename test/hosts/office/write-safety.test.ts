/**
 * issue 11, "never half-written": every write of a run is made to fail in turn (first run, second
 * run, chunked writes); the workbook is then either unchanged and the message says so, or changed
 * and the message lists exactly what was written, with an undo that puts the workbook back. Workbook
 * structure protection and a protected sheet are refused before anything is written. User text that
 * looks like a formula is written as text, and undo gives back a text constant as text.
 */
import { applyUndo, scoreActiveSheet } from '../../../src/hosts/office';
import type { RunOutcome } from '../../../src/workbook/runOutcome';
import { dumpWorkbook, FakeOfficeError, PROTECTED_SHEET_MESSAGE, type FakeWorkbook } from '../../fakes/excel';
import { exampleWorkbook, fakeRunner } from './helpers';

/** Cells of `sheet` that differ between two dumps. */
function changedCells(
  before: ReturnType<typeof dumpWorkbook>,
  after: ReturnType<typeof dumpWorkbook>,
  sheet: string,
) {
  const a = before.sheets.find((s) => s.name === sheet)?.cells ?? {};
  const b = after.sheets.find((s) => s.name === sheet)?.cells ?? {};
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter(
    (k) =>
      JSON.stringify(a[k]?.value ?? null) !== JSON.stringify(b[k]?.value ?? null) ||
      (a[k]?.formula ?? null) !== (b[k]?.formula ?? null),
  ).length;
}

/** Writes attempted by a successful run from this state. */
async function writesOf(
  prepare: () => Promise<FakeWorkbook>,
  limit?: number,
  report = false,
): Promise<number> {
  const workbook = await prepare();
  const { fake, run } = fakeRunner(workbook);
  const outcome = await scoreActiveSheet(run, runOptions(limit, report));
  expect(outcome.status).toBe('scored');
  return fake.stats.writeAttempts;
}

/** The run's options: a smaller request limit (chunked writes), 生成自评报告. */
const runOptions = (limit: number | undefined, report: boolean) => ({
  ...(limit ? { payloadLimitBytes: limit } : {}),
  ...(report ? { report: true } : {}),
});

async function failEachWrite(prepare: () => Promise<FakeWorkbook>, limit?: number, report = false) {
  const total = await writesOf(prepare, limit, report);
  expect(total).toBeGreaterThan(5);
  const kinds = { unchanged: 0, undone: 0 };
  for (let at = 1; at <= total; at += 1) {
    const workbook = await prepare();
    const original = dumpWorkbook(workbook);
    const { run } = fakeRunner(workbook, {
      failWrite: { at, error: () => new FakeOfficeError('AccessDenied', PROTECTED_SHEET_MESSAGE) },
    });
    const outcome = await scoreActiveSheet(run, runOptions(limit, report));
    if (outcome.status !== 'failed') throw new Error(`write ${at}: expected failed, got ${outcome.status}`);
    expect(outcome.message).toContain('受保护，Excel 拒绝了写入');
    const after = dumpWorkbook(workbook);
    if (JSON.stringify(after) === JSON.stringify(original)) {
      kinds.unchanged += 1;
      expect(outcome.message).toContain('工作簿未被改动');
      expect(outcome.undo).toBeUndefined();
      continue;
    }
    kinds.undone += 1;
    // Exactly what was written: new sheets, and the number of changed cells on the scored sheet.
    expect(outcome.written).toBeDefined();
    for (const sheet of after.sheets.filter((s) => !original.sheets.some((o) => o.name === s.name)))
      expect(outcome.written).toContain(`新增工作表 ${sheet.name}`);
    const cells = changedCells(original, after, '绩效指标');
    if (cells > 0) expect(outcome.written).toContain(`工作表 绩效指标 的 ${cells} 个单元格`);
    expect(outcome.message).not.toContain('未写入任何内容');
    expect(outcome.undo).toBeDefined();
    await applyUndo(fakeRunner(workbook).run, outcome.undo!); // a fresh fake: no injected failure

    expect(dumpWorkbook(workbook)).toEqual(original);
  }
  return kinds;
}

const fresh = async () => exampleWorkbook();
const scoredOnce = async () => {
  const workbook = exampleWorkbook();
  const { run } = fakeRunner(workbook);
  await scoreActiveSheet(run);
  workbook.sheet('绩效指标').updateCell(4, 4, { value: 1 }); // something for the second run to change
  return workbook;
};

/** A second run that redefines one memory name and deletes another (hidden _PerfScore_ names). */
const memoryChanges = async () => {
  const workbook = exampleWorkbook();
  await scoreActiveSheet(fakeRunner(workbook).run);
  workbook.sheet('绩效指标').updateCell(12, 4, { value: '100万' }); // row 13: no longer over 150%
  workbook.sheet('绩效指标').updateCell(16, 4, { value: 1 }); // row 17: no longer under 100%
  return workbook;
};

describe('a write that fails part-way', () => {
  it('first run: each write failing in turn leaves the workbook unchanged or exactly described and undoable', async () => {
    const kinds = await failEachWrite(fresh);
    expect(kinds.unchanged).toBeGreaterThan(0);
    expect(kinds.undone).toBeGreaterThan(0);
  });

  it('second run (output sheets replaced): the same', async () => {
    const kinds = await failEachWrite(scoredOnce);
    expect(kinds.undone).toBeGreaterThan(0);
  });

  it('生成自评报告 on a scored sheet (the report sheet added, laid out): the same', async () => {
    const kinds = await failEachWrite(scoredOnce, undefined, true);
    expect(kinds.undone).toBeGreaterThan(0);
  });

  it('second run changing the scorer’s hidden memory names (one redefined, one deleted): the same', async () => {
    const kinds = await failEachWrite(memoryChanges);
    expect(kinds.undone).toBeGreaterThan(0);
  });

  it('chunked writes (several write syncs): the same', async () => {
    const kinds = await failEachWrite(fresh, 20_000);
    expect(kinds.undone).toBeGreaterThan(0);
  });

  it('adding sheets and defining names come before any cell is written', async () => {
    const workbook = exampleWorkbook();
    const { run } = fakeRunner(workbook, { failWrite: { at: 5 } });
    const outcome = (await scoreActiveSheet(run)) as Extract<RunOutcome, { status: 'failed' }>;
    expect(outcome.written?.some((w) => w.includes('单元格'))).toBe(false);
  });
});

describe('protection, before anything is written', () => {
  it('a structure-protected workbook is refused when the run would add its sheets; nothing written', async () => {
    const workbook = exampleWorkbook();
    workbook.structureProtected = true;
    const original = dumpWorkbook(workbook);
    const { fake, run } = fakeRunner(workbook);
    const outcome = await scoreActiveSheet(run);
    expect(outcome.status).toBe('refused');
    expect(outcome.status === 'refused' && outcome.refusal.message).toContain('工作簿结构受保护');
    expect(fake.stats.mutations).toBe(0);
    expect(dumpWorkbook(workbook)).toEqual(original);
  });

  it('once the output sheets exist, a structure-protected workbook is scored (no sheet is added)', async () => {
    const workbook = await scoredOnce();
    workbook.structureProtected = true;
    const { run } = fakeRunner(workbook);
    const outcome = await scoreActiveSheet(run, { outputSheets: ['评分汇总', '扣分明细'] });
    expect(outcome.status).toBe('scored');
  });

  it('a protected sheet is refused; nothing written', async () => {
    const workbook = exampleWorkbook();
    workbook.sheet('绩效指标').protected = true;
    const { fake, run } = fakeRunner(workbook);
    const outcome = await scoreActiveSheet(run);
    expect(outcome.status).toBe('refused');
    expect(fake.stats.mutations).toBe(0);
  });
});

describe('user text is text', () => {
  it('an indicator named like a formula reaches 扣分明细 as text, never as a formula', async () => {
    const workbook = exampleWorkbook();
    const sheet = workbook.sheet('绩效指标');
    const [key] = [...sheet.cells.entries()].find(([, c]) => c.value === '区政务服务中心服务人数')!;
    const [row, col] = key.split(',').map(Number);
    const name = '=HYPERLINK("http://example.invalid","点我")';
    sheet.updateCell(row, col, { value: name });
    const { run } = fakeRunner(workbook);
    const outcome = await scoreActiveSheet(run);
    expect(outcome.status).toBe('scored');
    const cells = [
      ...workbook.sheet('扣分明细').cells.values(),
      ...workbook.sheet('评分汇总').cells.values(),
    ];
    expect(cells.some((c) => c.value === name)).toBe(true);
    expect(cells.some((c) => typeof c.formula === 'string' && c.formula.includes('HYPERLINK'))).toBe(false);
  });

  it('undo gives back a text constant that starts with "=" as text, and a formula as a formula', async () => {
    const workbook = exampleWorkbook();
    const { run } = fakeRunner(workbook);
    const first = await scoreActiveSheet(run);
    if (first.status !== 'scored') throw new Error('not scored');
    // Cells the run writes on the scored sheet: put a text "=x" and a formula there, run, undo.
    const block = first.undo.restore.blocks[0];
    const sheet = workbook.sheet('绩效指标');
    sheet.updateCell(block.top, block.left, { value: '=不是公式', numberFormat: 'General' });
    sheet.updateCell(block.top + 1, block.left, { value: 3, formula: '=1+2' });
    const before = dumpWorkbook(workbook);
    const second = await scoreActiveSheet(run, { outputSheets: ['评分汇总', '扣分明细'] });
    if (second.status !== 'scored') throw new Error('not scored');
    await applyUndo(run, second.undo);
    expect(dumpWorkbook(workbook)).toEqual(before);
    expect(sheet.getCell(block.top, block.left)?.formula ?? null).toBeNull();
  });
});

/**
 * A write ET refuses part-way (WPS): the failure is injected at every write call of a run in turn
 * (cells, number formats, fills, Worksheets.Add and the new sheet's name, Names.Add, Visible,
 * RefersTo, Name.Delete, Cells.Clear, the output sheets' contents). Each time the run says 'failed'
 * and either nothing changed ("工作簿未被改动", no undo) or it lists exactly what changed (worked out
 * from the workbook itself, write-failure-support.ts) and offers an undo that puts the whole workbook
 * back as it was before the run (dumpWorkbook: cells, formats, fills, bold, wrap, page, names and
 * their visibility, sheets, the active sheet). Before, such a run said 'failed' with no undo and no
 * account. The same for 评分全部工作表 over several sheets, and for an undo that fails part-way.
 */
import {
  applyUndo,
  describeWpsError,
  scoreActiveSheet,
  scoreAllSheets,
  wpsErrorText,
} from '../../../src/hosts/wps';
import type { RunOutcome } from '../../../src/workbook/runOutcome';
import { renderMessage, type AnyTable } from '../../../src/engine/messages';
import { OFFICE_EN } from '../../../src/hosts/office/messages-en';
import type { AllSheetsOutcome } from '../../../src/workbook/allSheetsOutcome';
import { buildExampleSheet } from '../../../src/workbook/example';
import { createFakeEt } from '../../fakes/et';
import { dumpWorkbook, workbookFromExample, type FakeWorkbook } from '../../fakes/excel';
import { exampleSheetOf } from '../../workbook/detect/layout';
import { seedPrinted } from '../../workbook/detect/seedPrinted';
import { departmentsWorkbook } from '../../league/departments';
import { accountIn, expectedAccount } from './write-failure-support';

interface Scenario {
  /** A fresh workbook in the state the run starts from. */
  workbook(): FakeWorkbook;
  run(et: ReturnType<typeof createFakeEt>): RunOutcome | AllSheetsOutcome;
}

const outputsOf = (workbook: FakeWorkbook, before: string[]) =>
  workbook.sheets.map((s) => s.name).filter((name) => !before.includes(name));

/** The write calls of a clean run, in order. */
function writesOf(scenario: Scenario): string[] {
  const et = createFakeEt(scenario.workbook());
  const outcome = scenario.run(et);
  expect(outcome.status).toBe('scored');
  return [...et.stats.writes];
}

/**
 * Injects a failure at each of `points` (1-based write numbers); checks the outcome against the
 * workbook. Returns how often the workbook was left unchanged and how often it was changed and undone.
 */
function injectAt(scenario: Scenario, points: number[], writes: string[], outputs: string[]) {
  const kinds = { unchanged: 0, undone: 0, members: new Set<string>() };
  for (const at of points) {
    const workbook = scenario.workbook();
    const before = dumpWorkbook(workbook);
    const et = createFakeEt(workbook);
    et.failWriteAt(at);
    const outcome = scenario.run(et);
    const member = writes[at - 1];
    if (member.startsWith('PageSetup.')) {
      expect(outcome.status).toBe('scored'); // a page ET refuses is left as it is (no printer)
      continue;
    }
    if (outcome.status !== 'failed') throw new Error(`write ${at} (${member}): got ${outcome.status}`);
    kinds.members.add(member);
    expect(outcome.message).toContain('写入失败 (injected failure');
    const after = dumpWorkbook(workbook);
    expect(after.activeSheet).toBe(before.activeSheet);
    if (JSON.stringify(after) === JSON.stringify(before)) {
      kinds.unchanged += 1;
      expect(outcome.message).toContain('工作簿未被改动');
      expect(outcome.undo).toBeUndefined();
      if ('written' in outcome) expect(outcome.written).toEqual([]);
      continue;
    }
    kinds.undone += 1;
    const account = expectedAccount(before, after, outputs);
    expect({ at, member, account: accountIn(outcome.message) }).toEqual({ at, member, account });
    if ('written' in outcome)
      expect(accountIn(`已写入：${outcome.written!.join('；')}。(The write stopped`)).toEqual(account);
    expect(outcome.undo).toBeDefined();
    applyUndo(createFakeEt(workbook).Application, outcome.undo!); // a fresh fake: no injected failure
    expect({ at, member, dump: dumpWorkbook(workbook) }).toEqual({ at, member, dump: before });
  }
  return kinds;
}

const every = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('WPS: a write refused part-way', () => {
  const seed: Scenario = {
    workbook: () => workbookFromExample(buildExampleSheet()),
    run: (et) => scoreActiveSheet(et.Application, { detect: true, report: true }),
  };
  const detected: Scenario = {
    workbook: () => workbookFromExample(exampleSheetOf(seedPrinted('绩效自评表'))),
    run: (et) => scoreActiveSheet(et.Application, { detect: true }),
  };

  test('the seed with its 自评报告: every write refused in turn', () => {
    const writes = writesOf(seed);
    const kinds = injectAt(seed, every(writes.length), writes, []);
    expect(kinds.undone).toBeGreaterThan(0);
    for (const member of [
      'Worksheets.Add',
      'Worksheet.Name=',
      'Names.Add',
      'Name.Visible=',
      'Range.NumberFormat=',
      'Range.Value2=',
      'Interior.Color=',
      'Font.Bold=',
      'Range.ColumnWidth=',
    ])
      expect(kinds.members).toContain(member);
  });

  test('the seed printed without names (detection): every write refused in turn', () => {
    const writes = writesOf(detected);
    const kinds = injectAt(detected, every(writes.length), writes, []);
    expect(kinds.undone).toBeGreaterThan(0);
  });

  test('a second run (output sheets and names exist, actuals changed): every write refused in turn', () => {
    const scoredOnce = () => {
      const workbook = workbookFromExample(buildExampleSheet());
      expect(scoreActiveSheet(createFakeEt(workbook).Application).status).toBe('scored');
      // The first indicator over 150%, the one under 100% completed: the outputs and fills change,
      // one colour of the scorer's memory covers other cells (its name is redefined), the other is
      // no longer used (its name is deleted).
      workbook.sheets[0].set('E3', '20万套');
      workbook.sheets[0].set('E17', '100%');
      return workbook;
    };
    const outputs = outputsOf(scoredOnce(), [buildExampleSheet().name]);
    const rerun: Scenario = { workbook: scoredOnce, run: (et) => scoreActiveSheet(et.Application) };
    const writes = writesOf(rerun);
    const kinds = injectAt(rerun, every(writes.length), writes, outputs);
    for (const member of ['Name.RefersTo=', 'Name.Delete', 'Range.Clear', 'Interior.ColorIndex='])
      expect(kinds.members).toContain(member);
    expect(kinds.undone).toBeGreaterThan(0);
  });

  test('评分全部工作表 over several sheets: every write refused in turn', () => {
    const all: Scenario = {
      workbook: () => departmentsWorkbook(2),
      run: (et) => scoreAllSheets(et.Application),
    };
    const writes = writesOf(all);
    const kinds = injectAt(all, every(writes.length), writes, []);
    expect(kinds.undone).toBeGreaterThan(0);
    expect(kinds.members).toContain('Worksheets.Add');
  });
});

describe('WPS: an undo refused part-way', () => {
  /**
   * The seed scored again (names redefined and deleted, sheets replaced), and its undo (without the
   * 自评报告; its undo is undo-format.test.ts').
   */
  function scored() {
    const workbook = workbookFromExample(buildExampleSheet());
    expect(scoreActiveSheet(createFakeEt(workbook).Application).status).toBe('scored');
    workbook.sheets[0].set('E3', '20万套');
    workbook.sheets[0].set('E17', '100%');
    const before = dumpWorkbook(workbook);
    const outcome = scoreActiveSheet(createFakeEt(workbook).Application);
    if (outcome.status !== 'scored') throw new Error(outcome.status);
    return { workbook, before, undo: outcome.undo };
  }
  const fresh = () => {
    const workbook = workbookFromExample(buildExampleSheet());
    const before = dumpWorkbook(workbook);
    const outcome = scoreActiveSheet(createFakeEt(workbook).Application, { report: true });
    if (outcome.status !== 'scored') throw new Error(outcome.status);
    return { workbook, before, undo: outcome.undo };
  };

  test.each([
    ['a first run (sheets and names deleted)', fresh],
    ['a second run (names and sheets restored)', scored],
  ])('%s: each write refused in turn says what was restored; undoing again finishes it', (_t, make) => {
    const clean = make();
    const et = createFakeEt(clean.workbook);
    applyUndo(et.Application, clean.undo);
    expect(dumpWorkbook(clean.workbook)).toEqual(clean.before);
    const writes = [...et.stats.writes];
    expect(writes.length).toBeGreaterThan(3);
    const members = new Set<string>();
    for (const at of every(writes.length)) {
      const { workbook, before, undo } = make();
      const runDump = dumpWorkbook(workbook);
      const failing = createFakeEt(workbook);
      failing.failWriteAt(at);
      let said = '';
      try {
        applyUndo(failing.Application, undo);
      } catch (error) {
        said = describeWpsError(error);
        expect(wpsErrorText(error).code).toBe('write.failed');
        // The first line says the undo failed (it was an undo, not a scoring run), in both languages.
        expect(said.split('\n')[0]).toMatch(/^撤销时出现意外错误：EtFake: 写入失败/);
        expect(said).not.toContain('评分时');
        expect(renderMessage(wpsErrorText(error), [OFFICE_EN as unknown as AnyTable])).toMatch(
          /^The undo failed: unexpected error: EtFake/,
        );
      }
      expect({ at, said: said !== '' }).toEqual({ at, said: true });
      members.add(writes[at - 1]);
      const after = dumpWorkbook(workbook);
      if (JSON.stringify(after) === JSON.stringify(runDump))
        expect(said).toContain('撤销未能进行，工作簿未被改动');
      else {
        expect(said).toContain('撤销中途失败，已恢复：');
        // Names and sheets the undo removed are listed, exactly.
        const gone = runDump.sheets.filter((s) => !after.sheets.some((a) => a.name === s.name));
        for (const sheet of gone) expect(said).toContain(`删除工作表 ${sheet.name}`);
        expect(said.match(/删除工作表/g)?.length ?? 0).toBe(gone.length);
        // Names the undo deleted (on sheets still there), exactly.
        const namesOf = (dump: typeof after) =>
          dump.sheets.flatMap((s) => Object.keys(s.names).map((n) => `${s.name}!${n}`));
        const kept = new Set(namesOf(after));
        const deleted = namesOf(runDump)
          .filter((n) => !kept.has(n) && after.sheets.some((s) => n.startsWith(`${s.name}!`)))
          .map((n) => n.slice(n.indexOf('!') + 1));
        const listed = /删除名称 ([^；。]*)/.exec(said)?.[1].split('、') ?? [];
        expect(listed.sort()).toEqual(deleted.sort());
      }
      applyUndo(createFakeEt(workbook).Application, undo); // again, nothing refused: finishes it
      expect({ at, dump: dumpWorkbook(workbook) }).toEqual({ at, dump: before });
    }
    expect(members).toContain('Range.Value2=');
  });
});

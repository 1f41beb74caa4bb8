/**
 * ET calls (each crosses into WPS, ~0.2 ms) must not grow with rows: the stretched seed at 24 and
 * 1,000 rows is read with the same calls, and written with the same calls but one per ~30
 * highlighted cells (fills of one colour share one Range("A1,C3,…") under ET's 255-character
 * address limit) — except the scorer's memory names, one per colour pair and ~2,000 characters of
 * the cells it filled (memoryNames.ts), a few calls each. The bisection route (no Value(11)) is
 * measured too, and is what grows.
 */
import { scoreActiveSheet } from '../../../src/hosts/wps';
import { stretchedExample } from '../../../bench/workload';
import { createFakeEt, type EtFakeOptions } from '../../fakes/et';
import { workbookFromExample } from '../../fakes/excel';

function calls(rows: number, options: EtFakeOptions = {}) {
  const et = createFakeEt(workbookFromExample(stretchedExample(rows)), options);
  const outcome = scoreActiveSheet(et.Application);
  if (outcome.status !== 'scored') throw new Error(outcome.status);
  const highlighted = outcome.undo.restore.fills.length; // one per cell the run fills
  const memoryNames = outcome.undo.deleteNames.filter((n) => n.name.startsWith('_PerfScore_')).length;
  const reads = Object.entries(et.stats.byMember)
    .filter(
      ([member]) => !member.endsWith('=') && member !== 'Range.Interior' && member !== 'Worksheet.Range',
    )
    .reduce((sum, [, n]) => sum + n, 0);
  return { total: et.stats.calls, reads, highlighted, memoryNames, byMember: { ...et.stats.byMember } };
}

describe('WPS host: ET calls', () => {
  test('24 vs 1,000 rows: the same calls but one per ~30 highlighted cells', () => {
    const small = calls(24);
    const large = calls(1000);
    // Adding a memory name: Names.Add (+ Visible=, a write); the sheet's Names is fetched once a run.
    const extraNames = large.memoryNames - small.memoryNames;
    expect(extraNames).toBeLessThanOrEqual(2);
    expect(large.reads - small.reads).toBe(extraNames);
    const fillBatches = (n: number) => Math.ceil(n / 30) + 2;
    // Each batch: Range() + Interior + Color= (3 calls).
    expect(large.total - small.total).toBeLessThanOrEqual(
      fillBatches(large.highlighted) * 3 + 2 * extraNames,
    );
    expect(small.byMember['Range.Value']).toBe(1); // one Value(11): the scored sheet (no output sheets yet)
  });

  test('a second run (output sheets exist, fills to compare) costs the same at 24 and 1,000 rows', () => {
    const run = (rows: number) => {
      const et = createFakeEt(workbookFromExample(stretchedExample(rows)));
      scoreActiveSheet(et.Application);
      et.resetStats();
      scoreActiveSheet(et.Application);
      return et.stats.byMember;
    };
    const small = run(24);
    const large = run(1000);
    for (const member of ['Range.Value2', 'Range.Formula', 'Range.Value', 'Range.Value2='])
      expect(large[member]).toBe(small[member]);
    // One Names.Item per name read: the larger memory holds at most two more names.
    expect(large['Names.Item'] - small['Names.Item']).toBeGreaterThanOrEqual(0);
    expect(large['Names.Item'] - small['Names.Item']).toBeLessThanOrEqual(2);
  });

  test('without Value(11) the bisection route is used, and grows with varied rows (documented)', () => {
    const small = calls(24, { xmlSpreadsheet: false });
    const large = calls(1000, { xmlSpreadsheet: false });
    expect(small.byMember['Range.NumberFormat']).toBeGreaterThan(0);
    expect(large.total).toBeGreaterThan(small.total);
  });
});

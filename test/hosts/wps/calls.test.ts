/**
 * ET calls (each crosses into WPS, ~0.2 ms) must not grow with rows: the stretched seed at 24 and
 * 1,000 rows is read with the same calls, and written with the same calls but one per ~30
 * highlighted cells (fills of one colour share one Range("A1,C3,…") under ET's 255-character
 * address limit). The bisection route (no Value(11)) is measured too, and is what grows.
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
  const reads = Object.entries(et.stats.byMember)
    .filter(
      ([member]) => !member.endsWith('=') && member !== 'Range.Interior' && member !== 'Worksheet.Range',
    )
    .reduce((sum, [, n]) => sum + n, 0);
  return { total: et.stats.calls, reads, highlighted, byMember: { ...et.stats.byMember } };
}

describe('WPS host: ET calls', () => {
  test('24 vs 1,000 rows: the same calls but one per ~30 highlighted cells', () => {
    const small = calls(24);
    const large = calls(1000);
    expect(large.reads).toBe(small.reads);
    const fillBatches = (n: number) => Math.ceil(n / 30) + 2;
    // Each batch: Range() + Interior + Color= (3 calls).
    expect(large.total - small.total).toBeLessThanOrEqual(fillBatches(large.highlighted) * 3);
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
    for (const member of ['Range.Value2', 'Range.Formula', 'Range.Value', 'Names.Item', 'Range.Value2='])
      expect(large[member]).toBe(small[member]);
  });

  test('without Value(11) the bisection route is used, and grows with varied rows (documented)', () => {
    const small = calls(24, { xmlSpreadsheet: false });
    const large = calls(1000, { xmlSpreadsheet: false });
    expect(small.byMember['Range.NumberFormat']).toBeGreaterThan(0);
    expect(large.total).toBeGreaterThan(small.total);
  });
});

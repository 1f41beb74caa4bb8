/** Packing write steps into requests under the limit, in order. */
import { packChunks, planChunks } from '../../../src/hosts/office/chunks';
import { splitBlock, type WriteStep } from '../../../src/hosts/office/write-steps';
import type { WritePlan } from '../../../src/workbook/types';

const step = (bytes: number): WriteStep => ({ bytes, queue: () => undefined });

describe('packChunks', () => {
  it.each([
    ['everything fits: one chunk', [10, 20, 30], 100, [[10, 20, 30]]],
    ['starts a new chunk when the next step would not fit', [60, 30, 20], 100, [[60, 30], [20]]],
    ['a step alone over the budget still goes (in its own chunk)', [150, 10], 100, [[150], [10]]],
    ['keeps the order of the steps', [50, 60, 40, 10], 100, [[50], [60, 40], [10]]],
  ])('%s', (_label, sizes, budget, expected) => {
    const chunks = packChunks(sizes.map(step), budget);
    expect(chunks.map((chunk) => chunk.map((s) => s.bytes))).toEqual(expected);
  });
});

describe('splitBlock', () => {
  it('cuts a block into row slices under the size, keeping rows, formats and positions', () => {
    const values = Array.from({ length: 10 }, (_, i) => [`第${i}行`, i]);
    const numberFormats = values.map(() => ['General', '0.00']);
    const slices = splitBlock({ sheet: 'S', top: 3, left: 2, values, numberFormats }, 60);
    expect(slices.length).toBeGreaterThan(2);
    expect(slices.flatMap((s) => s.values)).toEqual(values);
    expect(slices.flatMap((s) => s.numberFormats ?? [])).toEqual(numberFormats);
    let top = 3;
    for (const slice of slices) {
      expect([slice.sheet, slice.top, slice.left]).toEqual(['S', top, 2]);
      top += slice.values.length;
    }
  });
});

describe('planChunks', () => {
  const plan = (rows: number): WritePlan => ({
    sheet: 'S',
    blocks: [
      { sheet: 'S', top: 0, left: 5, values: Array.from({ length: rows }, () => ['完成率100.00%，得满分']) },
    ],
    fills: [],
    names: [{ name: 'PE_OutNotes', scope: { sheet: 'S' }, formula: 'S!$F$1:$F$2' }],
    sheets: [],
  });
  const options = { sheetNames: ['S'], nameExists: () => false };

  it('a plan under the limit is one chunk', () => {
    expect(planChunks(plan(10), options, 100_000)).toHaveLength(1);
  });

  it('a plan over the limit is several chunks, each under the limit', () => {
    const limit = 20_000;
    const chunks = planChunks(plan(2_000), options, limit);
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) expect(chunk.reduce((sum, s) => sum + s.bytes, 0)).toBeLessThanOrEqual(limit);
  });
});

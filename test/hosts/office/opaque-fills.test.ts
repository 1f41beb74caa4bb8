/**
 * Fills Office.js cannot give back: with getCellProperties (ExcelApi 1.9) the fill's pattern is read in
 * the same request; a non-solid pattern (hatching, a gradient) reads as OPAQUE_FILL, and a plan fill of
 * OPAQUE_FILL is never written as a colour.
 */
import { toFill } from '../../../src/hosts/office/read-grid';
import { buildSnapshot, queueSnapshotRead } from '../../../src/hosts/office/read-snapshot';
import { applyChunks, planChunks } from '../../../src/hosts/office/chunks';
import { OPAQUE_FILL, type WritePlan } from '../../../src/workbook/types';
import { FakeWorkbook } from '../../fakes/excel';
import { fakeRunner } from './helpers';

describe('toFill: colour and pattern as getCellProperties reports them', () => {
  it.each([
    ['#FFC7CE', 'Solid', '#FFC7CE'],
    ['#ffc7ce', undefined, '#FFC7CE'],
    ['#FFFFFF', 'None', null],
    ['#FFFFFF', undefined, null], // no pattern known (older Excel): white is how Excel reports "no fill"
    ['#FFFFFF', 'Solid', '#FFFFFF'], // a white fill the user chose
    ['#000000', 'Gray25', OPAQUE_FILL],
    ['#4472C4', 'LinearGradient', OPAQUE_FILL],
    [null, 'Checker', OPAQUE_FILL],
  ])('color %s, pattern %s -> %s', (color, pattern, expected) => {
    expect(toFill(color, pattern)).toBe(expected);
  });
});

function book(): FakeWorkbook {
  const workbook = new FakeWorkbook();
  const sheet = workbook.addSheet('S');
  sheet.set('A1', 'solid', { fill: '#FFC7CE' });
  sheet.set('B1', 'hatched', { fill: '#000000', fillPattern: 'Gray25' });
  sheet.set('C1', 'none');
  return workbook;
}

describe('the Office host reads fill patterns', () => {
  it('with ExcelApi 1.9: a hatched fill is opaque, in the one read sync', async () => {
    const { fake, run } = fakeRunner(book());
    const snapshot = await run(async (context) => {
      const proxies = queueSnapshotRead(context, { cellProperties: true, mergedAreas: false });
      await context.sync();
      return buildSnapshot(proxies);
    });
    expect(snapshot.sheet.grid.fills).toEqual([['#FFC7CE', OPAQUE_FILL, null]]);
    expect(fake.stats.syncs).toBe(1);
  });

  it('a plan fill of OPAQUE_FILL leaves the cell alone; real colours and clears still apply', async () => {
    const workbook = book();
    const { run } = fakeRunner(workbook);
    const plan: WritePlan = {
      sheet: 'S',
      blocks: [],
      names: [],
      sheets: [],
      fills: [
        { sheet: 'S', row: 0, col: 1, color: OPAQUE_FILL },
        { sheet: 'S', row: 0, col: 0, color: null },
        { sheet: 'S', row: 0, col: 2, color: '#F4B183' },
      ],
    };
    await run(async (context) => {
      const chunks = planChunks(plan, { sheetNames: ['S'], nameExists: () => false }, 5_000_000);
      await applyChunks(context, chunks);
    });
    const sheet = workbook.sheet('S');
    expect(sheet.getCell(0, 1)).toMatchObject({ fill: '#000000', fillPattern: 'Gray25' });
    expect(sheet.getCell(0, 0)?.fill).toBeUndefined();
    expect(sheet.getCell(0, 2)?.fill).toBe('#F4B183');
  });
});

/** Native unzip for reading: same parts as the original package, or null (caller falls back). */
import { readFileSync } from 'fs';
import JSZip from 'jszip';
import { join } from 'path';
import { featuresLostOnSave, storedCopy, unzipEntries } from '../../../src/hosts/xlsx/zip-reader';
import { zipEntries } from '../../../src/hosts/xlsx/zip-writer';

const EXAMPLE = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'tianhe-2023.xlsx'));

describe('unzipEntries / storedCopy', () => {
  it('reads every part of a JSZip-written package (folders skipped), identical to JSZip', async () => {
    const jszip = new JSZip();
    jszip.file('xl/workbook.xml', '<workbook>'.repeat(100));
    jszip.file('xl/名字.xml', 'x');
    const bytes = await jszip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const entries = unzipEntries(bytes)!;
    expect(entries.map((e) => [e.name, e.data.toString()])).toEqual([
      ['xl/workbook.xml', '<workbook>'.repeat(100)],
      ['xl/名字.xml', 'x'],
    ]);
  });

  it('re-packs the example uncompressed with the same parts', async () => {
    const original = await JSZip.loadAsync(EXAMPLE);
    const copy = await JSZip.loadAsync(storedCopy(EXAMPLE).bytes!);
    const files = (zip: JSZip) =>
      Object.values(zip.files)
        .filter((f) => !f.dir)
        .map((f) => f.name);
    expect(files(copy)).toEqual(files(original));
    for (const name of files(original)) {
      expect(await copy.file(name)!.async('string')).toBe(await original.file(name)!.async('string'));
    }
  });

  it.each([
    ['not a zip', Buffer.from('hello world, not a zip at all')],
    ['empty', Buffer.alloc(0)],
    ['truncated', zipEntries([{ name: 'a.xml', data: Buffer.from('<a/>'.repeat(100)) }]).subarray(0, 40)],
  ])('gives null for %s', (_label, bytes) => {
    expect(storedCopy(bytes)).toEqual({ bytes: null, partNames: [], customPalette: false });
  });
});

describe('featuresLostOnSave', () => {
  it.each<[string[], string[]]>([
    [['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/styles.xml'], []],
    [['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml'], ['图表 (charts)']],
    [
      ['xl/pivotTables/pivotTable1.xml', 'xl/pivotCache/pivotCacheDefinition1.xml'],
      ['数据透视表 (pivot tables)'],
    ],
    [
      ['xl/externalLinks/externalLink1.xml', 'xl/vbaProject.bin'],
      ['外部链接 (external links)', '宏 (macros)'],
    ],
  ])('%j -> %j', (parts, lost) => {
    expect(featuresLostOnSave(parts)).toEqual(lost);
  });

  it('names the parts of the example (nothing lost)', () => {
    const { partNames } = storedCopy(EXAMPLE);
    expect(partNames).toContain('xl/workbook.xml');
    expect(featuresLostOnSave(partNames)).toEqual([]);
  });
});

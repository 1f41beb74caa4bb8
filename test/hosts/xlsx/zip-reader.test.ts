/** Reading a zip without inflating it: every part, the stored bytes kept for a byte-for-byte copy. */
import { readFileSync } from 'fs';
import JSZip from 'jszip';
import { join } from 'path';
import { deflateRawSync } from 'zlib';
import { listZip, partData, readZip } from '../../../src/hosts/xlsx/zip-reader';
import { zipEntries } from '../../../src/hosts/xlsx/zip-writer';

const EXAMPLE = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'tianhe-2023.xlsx'));

describe('listZip / readZip', () => {
  it('reads every part of a JSZip-written package (folders skipped), identical to JSZip', async () => {
    const jszip = new JSZip();
    jszip.file('xl/workbook.xml', '<workbook>'.repeat(100));
    jszip.file('xl/名字.xml', 'x');
    jszip.folder('xl/empty');
    const bytes = await jszip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const parts = listZip(bytes)!;
    expect(parts.map((p) => [p.name, partData(p).toString()])).toEqual([
      ['xl/workbook.xml', '<workbook>'.repeat(100)],
      ['xl/名字.xml', 'x'],
    ]);
  });

  it('copies stored entries verbatim: a zip of the listed parts has the same content', async () => {
    const parts = listZip(EXAMPLE)!;
    const copy = zipEntries(parts.map((p) => ({ name: p.name, stored: p.stored! })));
    const [original, copied] = await Promise.all([JSZip.loadAsync(EXAMPLE), JSZip.loadAsync(copy)]);
    for (const part of parts) {
      expect(await copied.file(part.name)!.async('string')).toBe(
        await original.file(part.name)!.async('string'),
      );
    }
  });

  it.each([
    ['not a zip', Buffer.from('hello world, not a zip at all')],
    ['empty', Buffer.alloc(0)],
    ['truncated', zipEntries([{ name: 'a.xml', data: Buffer.from('<a/>'.repeat(100)) }]).subarray(0, 40)],
  ])('gives null for %s, and readZip refuses it', async (_label, bytes) => {
    expect(listZip(bytes)).toBeNull();
    await expect(readZip(bytes)).rejects.toThrow();
  });

  it('readZip gives the stored parts of a zip it walks natively', async () => {
    const parts = await readZip(EXAMPLE);
    expect(parts.every((p) => p.stored !== undefined)).toBe(true);
    expect(parts.map((p) => p.name)).toContain('xl/workbook.xml');
  });
});

describe('partData', () => {
  it('an entry whose recorded size is smaller than its stream is refused as damaged, without inflating it all', () => {
    const body = deflateRawSync(Buffer.alloc(20_000_000, 65));
    const part = { name: 'xl/worksheets/sheet1.xml', stored: { method: 8, body, crc: 0, size: 10 } };
    expect(() => partData(part as Parameters<typeof partData>[0])).toThrow(
      'zip entry xl/worksheets/sheet1.xml is damaged',
    );
  });

  it('an entry whose recorded size is larger than its content is refused as damaged', () => {
    const body = deflateRawSync(Buffer.from('<a/>'));
    const part = { name: 'a.xml', stored: { method: 8, body, crc: 0, size: 100 } };
    expect(() => partData(part as Parameters<typeof partData>[0])).toThrow('zip entry a.xml is damaged');
  });
});

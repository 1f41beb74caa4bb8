/** The native-zlib zip writer: what it writes, any zip reader (here JSZip, exceljs's own) reads back. */
import JSZip from 'jszip';
import { zipEntries } from '../../../src/hosts/xlsx/zip-writer';

describe('zipEntries', () => {
  const entries = [
    { name: '[Content_Types].xml', data: Buffer.from('<Types>'.repeat(500)) },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<c r="A1"><v>1</v></c>'.repeat(2000)) },
    { name: 'xl/tiny.txt', data: Buffer.from('x') },
    { name: 'xl/空.xml', data: Buffer.alloc(0) },
    {
      name: 'xl/media/image1.png',
      data: Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)),
    },
  ];

  it('round-trips every entry, in order, byte for byte', async () => {
    const zip = await JSZip.loadAsync(zipEntries(entries));
    const names = Object.keys(zip.files);
    expect(names).toEqual(entries.map((e) => e.name));
    for (const entry of entries) {
      expect((await zip.file(entry.name)!.async('nodebuffer')).equals(entry.data)).toBe(true);
    }
  });

  it('deflates what compresses and stores what does not', () => {
    const bytes = zipEntries(entries);
    expect(bytes.length).toBeLessThan(entries.reduce((n, e) => n + e.data.length, 0) / 4);
    const tiny = zipEntries([entries[2]]);
    expect(tiny.readUInt16LE(8)).toBe(0); // method: stored
    expect(zipEntries([entries[1]]).readUInt16LE(8)).toBe(8); // method: deflated
  });

  it('gives the same bytes for the same content', () => {
    expect(zipEntries(entries).equals(zipEntries(entries))).toBe(true);
  });
});

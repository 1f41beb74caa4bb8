/**
 * The scored copy is written from its pieces (zipChunks: headers, the input's stored bodies, new
 * parts), never joined into one buffer: the file holds exactly the bytes the joined zip would.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { writeAtomically } from '../../../src/hosts/xlsx/save';
import { zipChunks, zipEntries } from '../../../src/hosts/xlsx/zip-writer';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'perfscore-chunks-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('zipChunks', () => {
  it('are the pieces of zipEntries, in order', () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({
      name: `xl/part${i}.xml`,
      data: Buffer.from(`<p n="${i}">${'x'.repeat(i * 37)}</p>`),
    }));
    const chunks = zipChunks(entries);
    expect(chunks.length).toBeGreaterThan(entries.length);
    expect(Buffer.concat(chunks).equals(zipEntries(entries))).toBe(true);
  });
});

describe('writeAtomically with pieces', () => {
  it('writes every piece, more of them than one system call takes, and leaves no temporary file', async () => {
    // 3,000 pieces: above the 1,024 buffers a single writev accepts on Linux.
    const chunks = Array.from({ length: 3000 }, (_, i) => Buffer.from(`${i},`));
    const out = join(dir, 'copy.xlsx');
    await writeAtomically(chunks, out, []);
    expect(readFileSync(out).equals(Buffer.concat(chunks))).toBe(true);
    expect(readdirSync(dir)).toEqual(['copy.xlsx']);
  });

  it('writes no pieces as an empty file', async () => {
    const out = join(dir, 'empty.xlsx');
    await writeAtomically([], out, []);
    expect(readFileSync(out).length).toBe(0);
  });
});

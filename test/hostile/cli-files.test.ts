/**
 * Hostile files on the command line (in-process `main`, as `npx perfscore score` runs it): not a
 * workbook, a truncated or bit-flipped workbook, a folder named like a workbook, an .xlsx with no
 * PE_* names. Each: exit status 1 with a readable line naming the file on stderr, nothing on
 * stdout but the JSON, no output file, the input untouched; never an exception or a hang.
 * A fast-check run corrupts the example file at random places (fixed seed; FUZZ_RUNS scales it).
 */
import fc from 'fast-check';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'tianhe-2023.xlsx');
const RUNS = process.env.FUZZ_RUNS ? Math.max(10, Math.round(Number(process.env.FUZZ_RUNS) / 4)) : 25;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'perfscore-cli-hostile-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

const outputsIn = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.scored.xlsx'));

describe('hostile files on the command line', () => {
  test.each([
    ['an empty file', Buffer.alloc(0)],
    ['a text file named .xlsx', Buffer.from('年度目标值,年度实现值\n≥7万套,9.9735万套\n')],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ['a zip that is not a workbook', Buffer.from('504b0506000000000000000000000000000000000000', 'hex')],
    [
      'the first half of the example',
      readFileSync(EXAMPLE).subarray(0, Math.floor(readFileSync(EXAMPLE).length / 2)),
    ],
  ])('%s: exit 1, a line naming the file, no output', async (_label, bytes) => {
    const input = join(dir, 'dept.xlsx');
    writeFileSync(input, bytes);
    const { code, stdout, stderr } = await cli('score', input, '--json');
    expect(code).toBe(1);
    expect(stderr).toContain('dept.xlsx');
    expect(JSON.parse(stdout).files[0].output).toBeNull();
    expect(outputsIn(dir)).toEqual([]);
    expect(readFileSync(input).equals(bytes)).toBe(true);
  });

  test('a folder named like a workbook is not mistaken for a file', async () => {
    mkdirSync(join(dir, 'odd.xlsx'));
    const { code, stderr } = await cli('score', join(dir, 'odd.xlsx'), '--out', join(dir, 'out'));
    expect(code).toBe(1);
    expect(stderr.length).toBeGreaterThan(0);
  });

  test('a real workbook without PE_* names: exit 1, says so, no output', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').getCell('A1').value = '年度目标值';
    const input = join(dir, 'plain.xlsx');
    await workbook.xlsx.writeFile(input);
    const { code, stderr } = await cli('score', input);
    expect(code).toBe(1);
    expect(stderr).toMatch(/PE_/);
    expect(outputsIn(dir)).toEqual([]);
  });

  test('one bad file among good ones: the good ones are scored, exit 0, the bad one is reported', async () => {
    const inDir = join(dir, 'in');
    mkdirSync(inDir);
    copyFileSync(EXAMPLE, join(inDir, 'a.xlsx'));
    writeFileSync(join(inDir, 'b.xlsx'), 'not a workbook');
    copyFileSync(EXAMPLE, join(inDir, 'c.xlsx'));
    const out = join(dir, 'out');
    const { code, stderr } = await cli('score', inDir, '--out', out);
    expect(code).toBe(0);
    expect(stderr).toContain('b.xlsx');
    expect(readdirSync(out).sort()).toEqual(['a.scored.xlsx', 'c.scored.xlsx']);
  });

  test(`${RUNS} corrupted copies of the example (random bytes overwritten or cut): never thrown, exit 0 or 1, input untouched`, async () => {
    const original = readFileSync(EXAMPLE);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.option(fc.nat(original.length - 1), { nil: undefined }),
        async (flips, cut) => {
          const bytes = Buffer.from(original.subarray(0, cut ?? original.length));
          for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
          const input = join(dir, `corrupt-${Date.now()}-${Math.random().toString(36).slice(2)}.xlsx`);
          writeFileSync(input, bytes);
          const { code, stdout } = await cli('score', input, '--json', '--out', join(dir, 'out'));
          expect([0, 1]).toContain(code);
          expect(() => JSON.parse(stdout)).not.toThrow();
          expect(readFileSync(input).equals(bytes)).toBe(true);
          const outputs = existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')) : [];
          // An output exists only for a run that scored; a temp file is never left behind.
          expect(outputs.filter((f) => !f.endsWith('.scored.xlsx'))).toEqual([]);
        },
      ),
      { seed: Number(process.env.FUZZ_SEED ?? 20231231), numRuns: RUNS },
    );
  }, 300_000);
});

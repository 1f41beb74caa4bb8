/**
 * sheetHead: the first rows of a sheet without inflating or parsing the rest, so the command line's
 * detection never reads a big data sheet whole (src/cli/score-file.ts), and prepareFile skips such
 * a sheet without parsing it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildBigWorkbook } from '../../../bench/big-workbook';
import { bookFromBytes, sheetHead, readSnapshot } from '../../../src/hosts/xlsx';
import { detectLayout } from '../../../src/workbook';

const EXAMPLE = join(__dirname, '..', '..', '..', 'examples', 'tianhe-2023.xlsx');
const DATA_ROWS = 20_000;

let dir: string;
let input: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'perfscore-head-'));
  input = join(dir, 'big.xlsx');
  await buildBigWorkbook(EXAMPLE, DATA_ROWS, input);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a big data sheet: only its first rows are read, and it is not parsed', async () => {
  const book = await bookFromBytes(readFileSync(input));
  const head = sheetHead(book, '明细数据');
  expect(head.grid.values.length).toBeGreaterThan(0);
  expect(head.grid.values.length).toBeLessThanOrEqual(300);
  expect(head.grid.values[0]).toHaveLength(10);
  expect(typeof head.grid.values[0][0]).toBe('number');
  expect(book.parsed.size).toBe(0);
  // No header among those rows: detection gives up on the sheet without reading more.
  expect(detectLayout(head.grid, '明细数据').table).toBeNull();
});

test('a small sheet reads whole, the same as its full snapshot', async () => {
  const book = await bookFromBytes(readFileSync(EXAMPLE));
  const sheet = book.sheets[0].name;
  expect(sheetHead(book, sheet).grid).toEqual(readSnapshot(book, sheet).sheet.grid);
});

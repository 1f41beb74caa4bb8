/**
 * The package corpus (test/fixtures/packages, made by scripts/make-corpus.js): the example with
 * charts, images, comments, validation, conditional formats, tables, a pivot table, an external link
 * and macros, written by hand (relative and absolute targets), exceljs, openpyxl and LibreOffice.
 * Each goes through `perfscore score`: right scores, every part the scorer does not own copied byte
 * for byte, a macro-enabled file stays one, scoring the copy again writes the same bytes, and LibreOffice
 * opens every copy (converts it to PDF; skipped with a message where soffice is not installed —
 * .ci/run installs it, so CI always runs it).
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import { readSnapshot, readWorkbook } from '../../src/hosts/xlsx';
import { runCli } from './run-cli';

const CORPUS = join(__dirname, '..', 'fixtures', 'packages');
const FILES = readdirSync(CORPUS)
  .filter((name) => /\.xls[xm]$/.test(name))
  .sort();
const out = mkdtempSync(join(tmpdir(), 'perfscore-corpus-'));
const SHEET = '绩效指标';
const MACRO_WORKBOOK = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

const scoredName = (name: string) => name.replace(/\.(xls[xm])$/, '.scored.$1');

async function parts(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const entries = new Map<string, Buffer>();
  for (const file of Object.values(zip.files))
    if (!file.dir) entries.set(file.name, await file.async('nodebuffer'));
  return entries;
}

/** The parts scoring may edit: the scored sheet, the workbook part and its relationships, styles, content types. */
async function ownedParts(path: string): Promise<Set<string>> {
  const book = await readWorkbook(path);
  const rels = book.pkg.relationships(book.workbookPart);
  const styles = rels.find((r) => r.type.endsWith('/styles'))?.part;
  const slash = book.workbookPart.lastIndexOf('/');
  return new Set(
    [
      book.sheets.find((s) => s.name === SHEET)!.part!,
      book.workbookPart,
      `${book.workbookPart.slice(0, slash + 1)}_rels/${book.workbookPart.slice(slash + 1)}.rels`,
      '[Content_Types].xml',
      styles,
    ].filter((name): name is string => name !== undefined),
  );
}

it('has at least ten workbooks, every feature from at least two producers', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(10);
  const features = ['chart', 'image', 'comment', 'validation', 'table', 'pivot', 'external-link', 'macro'];
  for (const feature of features) {
    const producers = new Set(FILES.filter((f) => f.includes(feature)).map((f) => f.split('-')[0]));
    expect([feature, producers.size >= 2]).toEqual([feature, true]);
  }
});

describe.each(FILES)('%s', (name) => {
  const input = join(CORPUS, name);
  const output = join(out, scoredName(name));

  it('is scored like the seed', async () => {
    const run = await runCli('score', input, '--out', output, '--json');
    expect([run.code, run.stderr]).toEqual([0, expect.not.stringContaining('注意')]);
    const [sheet] = JSON.parse(run.stdout).files[0].sheets;
    expect(sheet.total).toBe(94.46);
    expect(sheet.sections.map((s: { score: number }) => s.score)).toEqual([20, 18.98, 9.94, 45.54]);
    const flags = sheet.indicators.map((i: { flag: string }) => i.flag);
    expect([
      flags.filter((f: string) => f === 'over150').length,
      flags.filter((f: string) => f === 'under100').length,
    ]).toEqual([2, 1]);
    // The written cells read back: 得分 of the two indicators over 150% is half their weight.
    const grid = readSnapshot(await readWorkbook(output), SHEET).sheet.grid;
    const at = (row: number, col: number) => grid.values[row - grid.top]?.[col - grid.left];
    expect([at(12, 9), at(12, 10), at(20, 9), at(20, 10)]).toEqual([0.5, '需调整目标', 0.5, '需调整目标']);
  });

  it('keeps every part it does not own byte for byte, and adds only its two sheets', async () => {
    const [before, after, owned] = await Promise.all([parts(input), parts(output), ownedParts(input)]);
    for (const [part, bytes] of before) {
      expect([part, after.has(part)]).toEqual([part, true]);
      if (!owned.has(part)) expect([part, after.get(part)!.equals(bytes)]).toEqual([part, true]);
    }
    const added = [...after.keys()].filter((part) => !before.has(part));
    expect(added).toHaveLength(2);
    expect(added.every((part) => /worksheets\/sheet\d+\.xml$/.test(part))).toBe(true);
  });

  it('keeps the workbook type (an .xlsm stays macro-enabled)', async () => {
    const types = async (path: string) => (await parts(path)).get('[Content_Types].xml')!.toString();
    const macro = (await types(input)).includes(MACRO_WORKBOOK);
    expect((await types(output)).includes(MACRO_WORKBOOK)).toBe(macro);
  });

  it('writes the same bytes when the copy is scored again (scoring twice = scoring once)', async () => {
    const twice = join(out, `twice-${scoredName(name)}`);
    expect((await runCli('score', output, '--out', twice)).code).toBe(0);
    expect(readFileSync(twice).equals(readFileSync(output))).toBe(true);
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!soffice) {
  console.warn(
    'LibreOffice (soffice) is not installed: the PDF conversion of the corpus copies is skipped here; .ci/run installs it.',
  );
}

(soffice ? it : it.skip)(
  'LibreOffice headless converts every scored copy to PDF',
  () => {
    const copies = FILES.map((name) => join(out, scoredName(name)));
    expect(copies.every((path) => existsSync(path))).toBe(true);
    const pdf = join(out, 'pdf');
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(out, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        pdf,
        ...copies,
      ],
      { stdio: 'pipe', timeout: 170_000 },
    );
    for (const name of FILES) {
      const file = join(pdf, scoredName(name).replace(/\.xls[xm]$/, '.pdf'));
      expect([name, existsSync(file) && statSync(file).size > 1000]).toEqual([name, true]);
    }
  },
  180_000,
);

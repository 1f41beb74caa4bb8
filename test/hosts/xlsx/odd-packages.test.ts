/**
 * Valid packages that no mainstream producer of the corpus writes, but other systems' exports do:
 * every SpreadsheetML element with a namespace prefix, the workbook part somewhere other than
 * xl/workbook.xml (found through _rels/.rels) with absolute targets, no styles part at all, and a
 * zip written with data descriptors. Each is scored like the seed and its copy read back.
 */
import { readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { join } from 'path';
import { readSnapshot, readWorkbook, sheetNames } from '../../../src/hosts/xlsx';
import { tempDir } from '../../fixtures/xlsx/build';
import { runCli } from '../../cli/run-cli';

const EXAMPLE = join(__dirname, '..', '..', '..', 'examples', 'tianhe-2023.xlsx');
const dir = tempDir('perfscore-odd-');
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

async function edit(
  name: string,
  change: (zip: JSZip) => Promise<void>,
  options: { streamFiles?: boolean } = {},
): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(EXAMPLE));
  await change(zip);
  const path = join(dir, name);
  writeFileSync(
    path,
    await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', streamFiles: options.streamFiles }),
  );
  return path;
}

const text = (zip: JSZip, name: string) => zip.file(name)!.async('string');

/** Every element of the main namespace written as x:element. */
function prefixed(xml: string): string {
  return xml
    .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`)
    .replace(/<(\/?)(?![?!])([A-Za-z][\w]*)(?=[\s/>])/g, (match, slash: string, name: string) =>
      name.includes(':') ? match : `<${slash}x:${name}`,
    );
}

async function expectScored(path: string): Promise<void> {
  const out = path.replace(/\.xlsx$/, '.scored.xlsx');
  const run = await runCli('score', path, '--out', out, '--json');
  expect([run.code, run.stderr.includes('无法读取')]).toEqual([0, false]);
  expect(JSON.parse(run.stdout).files[0].sheets[0].total).toBe(94.46);
  const book = await readWorkbook(out);
  expect(sheetNames(book)).toEqual(['绩效指标', '评分汇总', '扣分明细']);
  const grid = readSnapshot(book, '绩效指标').sheet.grid;
  expect(grid.values[12 - grid.top][10 - grid.left]).toBe('需调整目标');
  // The copy scores the same again and changes nothing.
  const again = out.replace(/\.xlsx$/, '.again.xlsx');
  expect((await runCli('score', out, '--out', again)).code).toBe(0);
  expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
}

describe('odd but valid packages', () => {
  it('every SpreadsheetML element prefixed (x:worksheet, x:c, x:definedName, x:xf …)', async () => {
    const path = await edit('prefixed.xlsx', async (zip) => {
      for (const part of [
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
        'xl/styles.xml',
        'xl/sharedStrings.xml',
      ]) {
        zip.file(part, prefixed(await text(zip, part)));
      }
    });
    await expectScored(path);
  });

  it('the workbook part at xl/book.xml, every target absolute', async () => {
    const path = await edit('moved.xlsx', async (zip) => {
      zip.file('xl/book.xml', await text(zip, 'xl/workbook.xml'));
      zip.remove('xl/workbook.xml');
      const rels = (await text(zip, 'xl/_rels/workbook.xml.rels')).replace(
        /Target="([^"/][^"]*)"/g,
        'Target="/xl/$1"',
      );
      zip.file('xl/_rels/book.xml.rels', rels);
      zip.remove('xl/_rels/workbook.xml.rels');
      zip.file(
        '_rels/.rels',
        (await text(zip, '_rels/.rels')).replace('Target="xl/workbook.xml"', 'Target="/xl/book.xml"'),
      );
      zip.file(
        '[Content_Types].xml',
        (await text(zip, '[Content_Types].xml')).replace('/xl/workbook.xml', '/xl/book.xml'),
      );
    });
    await expectScored(path);
  });

  it('no styles part: the scorer adds one for its formats and fills', async () => {
    const path = await edit('unstyled.xlsx', async (zip) => {
      zip.remove('xl/styles.xml');
      zip.file(
        'xl/_rels/workbook.xml.rels',
        (await text(zip, 'xl/_rels/workbook.xml.rels')).replace(/<Relationship [^>]*styles[^>]*\/>/, ''),
      );
      zip.file(
        '[Content_Types].xml',
        (await text(zip, '[Content_Types].xml')).replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, ''),
      );
      const sheet = await text(zip, 'xl/worksheets/sheet1.xml');
      zip.file('xl/worksheets/sheet1.xml', sheet.replace(/ s="\d+"/g, ''));
    });
    await expectScored(path);
    const out = await JSZip.loadAsync(readFileSync(path.replace(/\.xlsx$/, '.scored.xlsx')));
    expect(await out.file('xl/_rels/workbook.xml.rels')!.async('string')).toContain('/styles"');
    expect(out.file('xl/styles.xml')).not.toBeNull();
  });

  it('a zip written with data descriptors (streamed)', async () => {
    await expectScored(await edit('streamed.xlsx', async () => undefined, { streamFiles: true }));
  });
});

/**
 * exceljs internals that the reference exceljs host (test/reference/exceljs-host, the old CLI path
 * kept to check the package host against: test/hosts/xlsx/package-vs-exceljs.test.ts) patches or
 * reads. src/ uses none of them any more (src/hosts/xlsx reads and edits the package itself; exceljs
 * only builds new files there through its public API). They are not part of exceljs's API, so
 * package.json pins exceljs exactly, and this test fails loudly when an upgrade moves them:
 * re-check the reference host's patches before changing the pin.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Readable, Writable } from 'stream';
import * as zlib from 'zlib';
import ExcelJS from 'exceljs';

const root = join(__dirname, '..', '..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
};
const PINNED = '4.4.0';

interface Internals {
  parseWorkbook(stream: Readable): Promise<{ definedNames?: unknown[] }>;
  addContentTypes(
    zip: { append(data: unknown, options: { name: string }): void },
    model: unknown,
  ): Promise<void>;
  _finalize(zip: unknown): Promise<unknown>;
}

async function smallWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('绩效指标');
  sheet.getCell('A1').value = '合并';
  sheet.mergeCells('A1:B2');
  workbook.definedNames.add("'绩效指标'!$C$1", 'PE_Profile');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe(`exceljs internals the reference host relies on (exceljs ${PINNED}; if this fails, exceljs changed them)`, () => {
  it(`package.json pins exceljs to exactly ${PINNED}, and that is the version installed`, () => {
    expect(packageJson.dependencies.exceljs).toBe(PINNED);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect((require('exceljs/package.json') as { version: string }).version).toBe(PINNED);
  });

  it('XLSX.parseWorkbook takes the workbook.xml stream on load and returns its model with definedNames', async () => {
    const workbook = new ExcelJS.Workbook();
    const xlsx = workbook.xlsx as unknown as Internals;
    expect(typeof xlsx.parseWorkbook).toBe('function');
    const original = xlsx.parseWorkbook.bind(xlsx);
    const seen: string[] = [];
    xlsx.parseWorkbook = async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream)
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
      const xml = Buffer.concat(chunks).toString('utf8');
      seen.push(xml);
      const model = await original(Readable.from([xml]));
      expect(model.definedNames).toHaveLength(1);
      return model;
    };
    await workbook.xlsx.load((await smallWorkbook()) as unknown as ExcelJS.Buffer);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/<workbook[\s>]/);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['绩效指标']);
  });

  it('a loaded workbook keeps its theme XML in _themes.theme1', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await smallWorkbook()) as unknown as ExcelJS.Buffer);
    const themes = (workbook as unknown as { _themes?: Record<string, string> })._themes;
    expect(typeof themes?.theme1).toBe('string');
    expect(themes!.theme1).toContain('<a:clrScheme');
  });

  it('a worksheet keeps its merged areas, 1-based, in _merges keyed by master cell', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await smallWorkbook()) as unknown as ExcelJS.Buffer);
    const merges = (workbook.worksheets[0] as unknown as { _merges?: Record<string, object> })._merges;
    expect(merges).toBeDefined();
    expect(Object.keys(merges!)).toEqual(['A1']);
    expect(merges!.A1).toMatchObject({ top: 1, left: 1, bottom: 2, right: 2 });
  });

  it('writing calls addContentTypes first with the zip writer, appends every part, then _finalize', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('绩效指标').getCell('A1').value = 1;
    const xlsx = workbook.xlsx as unknown as Internals & { write(stream: Writable): Promise<unknown> };
    expect(typeof xlsx.addContentTypes).toBe('function');
    expect(typeof xlsx._finalize).toBe('function');
    const events: string[] = [];
    const { addContentTypes } = xlsx;
    xlsx.addContentTypes = async (zip, model) => {
      events.push('addContentTypes');
      zip.append = (_data, options) => {
        events.push(options.name.replace(/^\//, ''));
      };
      await addContentTypes.call(xlsx, zip, model);
    };
    xlsx._finalize = async () => {
      events.push('_finalize');
      return xlsx;
    };
    await xlsx.write(new Writable({ write: (_chunk, _encoding, done) => done() }));
    expect(events[0]).toBe('addContentTypes');
    expect(events.at(-1)).toBe('_finalize');
    expect(events).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']),
    );
  });
});

describe('Node.js', () => {
  it('package.json asks for Node.js 20.15 or later, which has zlib.crc32 (the zip writer uses it)', () => {
    expect(packageJson.engines.node).toBe('>=20.15');
    expect(typeof (zlib as { crc32?: unknown }).crc32).toBe('function');
  });
});

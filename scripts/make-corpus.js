#!/usr/bin/env node
/**
 * Builds the package corpus of test/fixtures/packages/: the example workbook with the content an
 * officer's file carries (charts, images, comments, validation, conditional formats, tables, a
 * pivot table, an external link, macros), each kind written by at least two producers:
 *
 *   hand-*        parts added by hand (scripts/corpus/hand-parts.js), relative and absolute targets
 *   exceljs-*     exceljs (image, note, validation, conditional format, table)
 *   openpyxl-*    openpyxl (python3 scripts/corpus/openpyxl_corpus.py; absolute targets)
 *   libreoffice-* LibreOffice headless re-saves of the files above
 *
 * Run once when the corpus changes (needs lib/ from `npm run build:cli`, python3 with openpyxl and
 * Pillow, and soffice); the files are committed, so the tests need none of these.
 * Usage: node scripts/make-corpus.js [<out folder>]
 */
'use strict';

const { execFileSync } = require('child_process');
const { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync, renameSync } = require('fs');
const { tmpdir } = require('os');
const path = require('path');
const JSZip = require('jszip');
const hand = require('./corpus/hand-parts');

const ROOT = path.join(__dirname, '..');
const EXAMPLE = path.join(ROOT, 'examples', 'tianhe-2023.xlsx');
const out = path.resolve(process.argv[2] || path.join(ROOT, 'test', 'fixtures', 'packages'));
const work = mkdtempSync(path.join(tmpdir(), 'perfscore-corpus-'));

async function handMade(name, ...additions) {
  const zip = await JSZip.loadAsync(readFileSync(EXAMPLE));
  for (const add of additions) await add(zip);
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  writeFileSync(path.join(out, name), bytes);
  console.log(`wrote ${name}`);
}

async function exceljsMade() {
  const { buildExampleWorkbook, bytesWithNames } = require(
    path.join(ROOT, 'lib/hosts/xlsx/example-workbook.js'),
  );
  const { workbook, names } = buildExampleWorkbook();
  const sheet = workbook.worksheets[0];
  const seal = workbook.addImage({ buffer: readFileSync(path.join(work, 'seal.png')), extension: 'png' });
  sheet.addImage(seal, { tl: { col: 13, row: 2 }, ext: { width: 64, height: 64 } });
  sheet.getCell('E13').note = '完成率过高，请核实';
  for (let r = 3; r <= 26; r++) {
    sheet.getCell(`G${r}`).dataValidation = {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [0, 100],
    };
  }
  sheet.addConditionalFormatting({
    ref: 'F3:F26',
    rules: [
      { type: 'dataBar', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }], color: { argb: 'FF638EC6' } },
    ],
  });
  const data = workbook.addWorksheet('附表');
  data.addTable({
    name: '表1',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: [{ name: '类别' }, { name: '金额' }],
    rows: [
      ['产出', 1],
      ['产出', 2],
      ['效益', 3],
    ],
  });
  writeFileSync(
    path.join(out, 'exceljs-image-note-validation-table.xlsx'),
    await bytesWithNames(workbook, names),
  );
  console.log('wrote exceljs-image-note-validation-table.xlsx');
}

/** LibreOffice headless re-saves `source` (a corpus file) as `target`. */
function libreOffice(source, target) {
  const staged = path.join(work, 'lo-in');
  const converted = path.join(work, 'lo-out');
  mkdirSync(staged, { recursive: true });
  mkdirSync(converted, { recursive: true });
  const extension = path.extname(target).slice(1);
  const filter = extension === 'xlsm' ? 'xlsm:Calc MS Excel 2007 VBA XML' : 'xlsx:Calc MS Excel 2007 XML';
  const input = path.join(staged, `${path.basename(target, path.extname(target))}${path.extname(source)}`);
  copyFileSync(path.join(out, source), input);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${work}/lo-profile`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      converted,
      input,
    ],
    { stdio: 'inherit' },
  );
  renameSync(path.join(converted, path.basename(target)), path.join(out, target));
  console.log(`wrote ${target}`);
}

async function main() {
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(work, 'seal.png'), hand.png(32, 32, [200, 30, 30]));

  await handMade('hand-comments-chart-absolute.xlsx', hand.comments, hand.chart);
  await handMade('hand-image-table-validation.xlsx', hand.image, hand.tableValidationFormat);
  await handMade('hand-external-link.xlsx', hand.externalLink);
  await handMade('hand-pivot.xlsx', hand.pivot);
  await handMade('hand-macro.xlsm', hand.macros, hand.comments);
  await exceljsMade();

  execFileSync(
    'python3',
    [path.join(__dirname, 'corpus', 'openpyxl_corpus.py'), EXAMPLE, out, path.join(work, 'seal.png')],
    {
      stdio: 'inherit',
    },
  );

  libreOffice('openpyxl-chart-image-comment.xlsx', 'libreoffice-chart-image-comment.xlsx');
  libreOffice('openpyxl-table-validation-format.xlsx', 'libreoffice-table-validation-format.xlsx');
  libreOffice('hand-pivot.xlsx', 'libreoffice-pivot.xlsx');
  libreOffice('hand-external-link.xlsx', 'libreoffice-external-link.xlsx');
  libreOffice('hand-macro.xlsm', 'libreoffice-macro.xlsm');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

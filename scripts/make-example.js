#!/usr/bin/env node
/**
 * Writes examples/tianhe-2023.xlsx from the bundled example description (src/workbook/example.ts).
 * Uses the compiled command-line code in lib/ (`npm run build:cli`, also run by `npm ci`).
 * Usage: npm run example [-- <output.xlsx>]
 */
'use strict';

const path = require('path');

let writeExampleWorkbook;
try {
  ({ writeExampleWorkbook } = require('../lib/hosts/xlsx/example-workbook.js'));
} catch {
  console.error('找不到 lib/：请先运行 npm run build:cli (lib/ missing: run npm run build:cli first)');
  process.exit(1);
}

const out = path.resolve(process.argv[2] || path.join(__dirname, '..', 'examples', 'tianhe-2023.xlsx'));
writeExampleWorkbook(out).then(
  () => console.error(`已生成 ${path.relative(process.cwd(), out)} (example written)`),
  (error) => {
    console.error(`生成示例失败：${error.message} (could not write the example)`);
    process.exit(1);
  },
);

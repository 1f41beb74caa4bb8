#!/usr/bin/env node
/**
 * Writes docs/report-example/: the seed's self-evaluation report drafted by PerfScore, as Word
 * (tianhe-2023-自评报告.docx, what `perfscore report` writes), as text (tianhe-2023-自评报告.txt) and
 * as the 自评报告 sheet laid out for printing (tianhe-2023-自评报告.xlsx, from reportSheetContent, with
 * its bold and wrap hints applied here).
 * Input: examples/tianhe-2023.xlsx with its 备注 column (H3:H26) named PE_Reasons, so the officer's
 * reasons appear in the report. Uses the compiled code in lib/ (`npm run build:cli`).
 * Usage: node scripts/make-report-example.js
 */
'use strict';

const fs = require('fs');
const path = require('path');

let xlsx, workbook, report, docx;
try {
  xlsx = require('../lib/hosts/xlsx/index.js');
  workbook = require('../lib/workbook/index.js');
  report = require('../lib/report/index.js');
  docx = require('../lib/cli/report-docx.js');
} catch {
  console.error('找不到 lib/：请先运行 npm run build:cli (lib/ missing: run npm run build:cli first)');
  process.exit(1);
}

const root = path.join(__dirname, '..');
const outDir = path.join(root, 'docs', 'report-example');
const SHEET = '绩效指标';

async function main() {
  const book = await xlsx.readWorkbook(path.join(root, 'examples', 'tianhe-2023.xlsx'));
  const snapshot = xlsx.readSnapshot(book, SHEET);
  snapshot.names.push({ name: 'PE_Reasons', scope: 'workbook', formula: `'${SHEET}'!$H$3:$H$26` });
  const planned = workbook.planScoring(snapshot);
  if (!planned.ok) throw new Error(planned.refusal.message);
  const draft = report.draftReport(planned.run.result, report.factsFromSheet(SHEET, snapshot.sheet.grid));
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'tianhe-2023-自评报告.txt'), report.reportText(draft));
  fs.writeFileSync(path.join(outDir, 'tianhe-2023-自评报告.docx'), await docx.reportDocx(draft));
  await writeSheet(workbook.reportSheetContent(SHEET, draft), path.join(outDir, 'tianhe-2023-自评报告.xlsx'));
  console.error(`已生成 ${path.relative(process.cwd(), outDir)} (report example written)`);
}

/** The 自评报告 sheet as an .xlsx of its own: one wide wrapped column, bold headings, header fills. */
async function writeSheet(content, file) {
  const ExcelJS = require('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(workbook.REPORT_SHEET, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  content.rows.forEach((values) => sheet.addRow(values));
  content.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const col of content.wrapColumns) {
    sheet.getColumn(col + 1).eachCell((cell) => (cell.alignment = { wrapText: true, vertical: 'top' }));
  }
  // Row heights for the wrapped text (Excel autofits on edit, LibreOffice's import does not): a CJK
  // character is two width units, 15 points a line.
  const width = content.columnWidths[0];
  sheet.eachRow((row) => {
    const text = String(row.getCell(1).value ?? '');
    const units = [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
    row.height = 15 * Math.max(1, Math.ceil(units / (width - 2)));
  });
  for (const { row, col } of content.bold) sheet.getCell(row + 1, col + 1).font = { bold: true };
  for (const { row, col, color } of content.fills) {
    const argb = `FF${color.slice(1).toUpperCase()}`;
    sheet.getCell(row + 1, col + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
  }
  await book.xlsx.writeFile(file);
}

main().catch((error) => {
  console.error(`生成报告示例失败：${error.message} (could not write the report example)`);
  process.exit(1);
});

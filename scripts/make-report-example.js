#!/usr/bin/env node
/**
 * Writes docs/report-example/: the seed's self-evaluation report drafted by PerfScore, as Word
 * (tianhe-2023-自评报告.docx, what `perfscore report` writes), as text (tianhe-2023-自评报告.txt) and
 * as the workbook the pane's 生成自评报告 leaves (tianhe-2023-自评报告.xlsx: the seed scored by the
 * .xlsx host with planScoring's `report`, so its sheet 自评报告 is laid out by the host itself —
 * bold headings, one wrapped column, A4 portrait).
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
  const input = path.join(root, 'examples', 'tianhe-2023.xlsx');
  const book = await xlsx.readWorkbook(input);
  const snapshot = xlsx.readSnapshot(book, SHEET);
  snapshot.names.push({ name: 'PE_Reasons', scope: 'workbook', formula: `'${SHEET}'!$H$3:$H$26` });
  const planned = workbook.planScoring(snapshot, { report: true });
  if (!planned.ok) throw new Error(planned.refusal.message);
  const draft = report.draftReport(planned.run.result, workbook.factsFromSheet(SHEET, snapshot.sheet.grid));
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'tianhe-2023-自评报告.txt'), report.reportText(draft));
  fs.writeFileSync(path.join(outDir, 'tianhe-2023-自评报告.docx'), await docx.reportDocx(draft));
  if (planned.run.report.text !== report.reportText(draft)) throw new Error('sheet and text differ');
  // The reasons' name goes into the copy too, so scoring it again drafts the same report.
  planned.run.plan.names.push(snapshot.names[snapshot.names.length - 1]);
  xlsx.applyWritePlan(book, planned.run.plan);
  await xlsx.saveWorkbook(book, path.join(outDir, 'tianhe-2023-自评报告.xlsx'), [], [input]);
  console.error(`已生成 ${path.relative(process.cwd(), outDir)} (report example written)`);
}

main().catch((error) => {
  console.error(`生成报告示例失败：${error.message} (could not write the report example)`);
  process.exit(1);
});

/**
 * The 自评报告 sheet (issue 10): the report draft (src/report) laid out for printing in one wide
 * wrapped column — the title and headings bold, one paragraph per row, the 附表 one row per table row
 * with its cells joined by “ | ” (a table in one printable column), A4 portrait.
 *
 * It is the scorer's third output sheet, owned like 评分汇总 / 扣分明细 (outputSheets.ts): the scored
 * sheet's own PE_OutReport name points at it and its A1 reads “自评报告：<sheet>”. The pane's
 * 生成自评报告 asks for it (planScoring's `report`); once the sheet has its report, every later run
 * rewrites it from that run's result, so the report never contradicts 评分汇总.
 */
import { draftReport, reportText, type ReportDraft } from '../report';
import { factsFromSheet } from './headFacts';
import { OUTPUT_NAMES } from './outputNames';
import { chooseOutputSheet, REPORT_SHEET, REPORT_TITLE, type OutputSheetChoice } from './outputSheets';
import { CELL_SEPARATOR, reportPresentation } from './outputPresentation';
import { HEADER_FILL } from './sheetTable';
import type { ScoringSnapshot, SheetWrite } from './types';
import type { ScoreResult } from '../engine/types';

export { REPORT_SHEET, REPORT_TITLE };

export function reportSheetContent(
  scoredSheet: string,
  draft: ReportDraft,
): Omit<SheetWrite, 'name' | 'create'> {
  const rows: string[] = [`${REPORT_TITLE}${scoredSheet}`];
  const fills: { row: number; col: number; color: string }[] = [];
  for (const block of draft.blocks) {
    if (block.kind === 'table') {
      fills.push({ row: rows.length, col: 0, color: HEADER_FILL });
      rows.push(block.header.join(CELL_SEPARATOR));
      for (const row of block.rows) rows.push(row.join(CELL_SEPARATOR));
      continue;
    }
    rows.push(block.text);
  }
  const lines = rows.map((text) => [text]);
  // Bold, wrap, width and page follow from the lines (the same rule gives them back on undo).
  return { rows: lines, fills, ...reportPresentation(lines, fills) };
}

/** What planScoring adds for the report: the sheet's write and the text. */
export interface ReportStep {
  write: SheetWrite;
  /** The report as plain text (reportText): what the pane copies with 复制全文. */
  text: string;
}

/**
 * The sheet this run writes the report to, or null when it writes none. Asked for (`report`, the
 * pane's 生成自评报告): the sheet's own report sheet, else a new one (a user's sheet named 自评报告 is
 * left alone, as for the other outputs). Not asked for: only the report sheet the scored sheet
 * already owns, brought up to date; a PE_OutReport that is not the scorer's is then ignored without a
 * finding (no report was asked for).
 */
export function reportWanted(
  snapshot: ScoringSnapshot,
  taken: string[],
  options: { report?: boolean },
): OutputSheetChoice | null {
  const choice = chooseOutputSheet(
    snapshot.sheet.name,
    OUTPUT_NAMES.report,
    REPORT_SHEET,
    snapshot.names,
    snapshot.sheetNames,
    taken,
    snapshot.otherSheets,
  );
  return options.report || !choice.create ? choice : null;
}

/** The report drafted from the run's result (title facts from the sheet's head block), as a sheet. */
export function reportStep(
  snapshot: ScoringSnapshot,
  choice: OutputSheetChoice,
  result: ScoreResult,
): ReportStep {
  const sheet = snapshot.sheet.name;
  const draft = draftReport(result, factsFromSheet(sheet, snapshot.sheet.grid));
  return {
    write: { name: choice.name, create: choice.create, ...reportSheetContent(sheet, draft) },
    text: reportText(draft),
  };
}

/**
 * 评分全部工作表's outcome as a short plain-text message, for the ribbon command's dialog (the
 * pane shows the same run as its list): how many sheets were scored and where the ranking is, the
 * flag counts over every scored sheet (the 评分本表 message's count line), the sheets that could not
 * be scored or had no table. Chinese by default; English when Office's language is not Chinese.
 */
import { countsLine, type MessageLocale } from './outcome-message';
import type { AllSheetsOutcome, SkippedSheet } from '../workbook/allSheetsOutcome';
import type { LeagueRow } from '../workbook/leagueTable';

/** Sheets named in a list before "and N more": the dialog is small. */
const NAMES_SHOWN = 5;

function sheetList(names: string[], locale: MessageLocale): string {
  const shown = names.slice(0, NAMES_SHOWN);
  const more = names.length - shown.length;
  if (locale === 'zh-CN') return shown.join('、') + (more > 0 ? ` 等 ${names.length} 张` : '');
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

function skippedLine(skipped: SkippedSheet[], locale: MessageLocale): string {
  if (skipped.length === 0) return '';
  const names = sheetList(
    skipped.map((s) => s.sheet),
    locale,
  );
  return locale === 'zh-CN'
    ? `跳过 ${skipped.length} 张没有评分表的工作表：${names}。`
    : `Skipped ${skipped.length} sheet(s) without a table to score: ${names}.`;
}

/** The counts of every scored sheet added up (the league's columns: no 建议复核 there). */
function totals(rows: LeagueRow[]) {
  const sum = (pick: (row: LeagueRow) => number | null) =>
    rows.reduce((total, row) => total + (pick(row) ?? 0), 0);
  return { over150: sum((r) => r.over150), under100: sum((r) => r.under100), errors: sum((r) => r.errors) };
}

export function allOutcomeMessage(outcome: AllSheetsOutcome, locale: MessageLocale = 'zh-CN'): string {
  const zh = locale === 'zh-CN';
  if (outcome.status === 'failed') {
    return zh ? `评分未完成：${outcome.message}` : `Scoring did not finish: ${outcome.message}`;
  }
  if (outcome.status === 'refused') {
    const reason = zh ? `无法评分：${outcome.message}` : `Cannot be scored: ${outcome.message}`;
    return [reason, skippedLine(outcome.skipped, locale)].filter(Boolean).join('\n');
  }
  const scored = outcome.rows.filter((row) => row.total !== null);
  const notScored = outcome.rows.filter((row) => row.total === null).map((row) => row.sheet);
  const { league } = outcome;
  const lines = zh
    ? [
        `已评分 ${scored.length} 张工作表，排名写入工作表“${league}”。`,
        `合计：${countsLine(totals(scored), locale)}。`,
        notScored.length > 0
          ? `未能评分 ${notScored.length} 张工作表：${sheetList(notScored, locale)}（原因见“${league}”）。`
          : '',
        skippedLine(outcome.skipped, locale),
        `详见“${league}”工作表及各表的“评分汇总”，或打开任务窗格。`,
      ]
    : [
        `Scored ${scored.length} sheet(s); the ranking is on the sheet “${league}”.`,
        `In all: ${countsLine(totals(scored), locale)}.`,
        notScored.length > 0
          ? `Could not score ${notScored.length} sheet(s): ${sheetList(notScored, locale)} (why: see “${league}”).`
          : '',
        skippedLine(outcome.skipped, locale),
        `See the “${league}” sheet and each sheet’s 评分汇总, or open the task pane.`,
      ];
  return lines.filter((line) => line !== '').join('\n');
}

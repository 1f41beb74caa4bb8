/**
 * The workbook mapping's public API (docs/workbook-contract.md as code). Hosts — the .xlsx CLI and
 * Office.js — call exactly this; it never touches a host itself.
 */
export * from './types';
export { findScorableSheets, inputNamesOnSheet } from './names';
export { planRun, planScoring } from './plan';
export { parseReference, formatReference, a1, parseA1 } from './references';
export { OUTPUT_NAMES } from './outputNames';
export { HIGHLIGHT } from './highlights';
export type { PlanOptions, PlanOutcome } from './plan';
export { detectLayout, detectedNames, notFoundMessage, rangeChecklist, PART_SPECS } from './detect';
export type {
  ChecklistEntry,
  DetectOptions,
  Detection,
  DetectedPart,
  DetectName,
  DetectPart,
} from './detect';
export { reportSheetContent, REPORT_SHEET, REPORT_TITLE } from './reportSheet';
export {
  leagueRows,
  leagueSheetContent,
  summaryLink,
  LEAGUE_HEADERS,
  LEAGUE_SHEET,
  NOT_SCORED,
} from './leagueTable';
export type { LeagueEntry, LeagueLink, LeagueRow } from './leagueTable';
export { chooseLeagueSheet, isScorerSheet, LEAGUE_NAME } from './leagueSheet';
export { planAllSheets, tabOrderAfter, combineUndos, NOTHING_TO_SCORE } from './scoreAll';
export type { AllSheetsPlan, OrderedPlan, ScoreAllOptions, SheetRun, WorkbookSnapshot } from './scoreAll';
export { factsFromSheet } from './headFacts';
export { wmsg, zhText, workbookFinding, WORKBOOK_ZH, type WorkbookMessages } from './messages';

/**
 * The pane's words in English, key for key with the Chinese table in ./i18n.ts, and the English
 * tables of the engine's and the workbook's messages: one chunk, loaded on demand.
 */
import { FLAG_HEADINGS, FLAG_LABELS } from '../engine/flags';
import { ENGINE_EN, termEn } from '../engine/messages/en';
import { renderMessage, type AnyTable } from '../engine/messages/message';
import { OFFICE_EN } from '../hosts/office/messages-en';
import { WORKBOOK_EN } from '../workbook/messages/en';
import type { MessageWords, StringKey } from './i18n';

const EN_MESSAGE_TABLES: readonly AnyTable[] = [
  OFFICE_EN as unknown as AnyTable,
  WORKBOOK_EN as unknown as AnyTable,
  ENGINE_EN as unknown as AnyTable,
];

export const EN_US: Readonly<Record<StringKey, string>> = {
  scoreButton: 'Score this sheet',
  paneButton: 'Performance scoring',
  running: 'Scoring…',
  total: 'Self-evaluation score',
  grade: 'Grade: {grade}',
  over150: FLAG_HEADINGS.over150['en-US'],
  under100: FLAG_HEADINGS.under100['en-US'],
  review: FLAG_HEADINGS.review['en-US'],
  error: FLAG_HEADINGS.error['en-US'],
  deductions: 'Deductions',
  findings: 'Notes and errors',
  undo: 'Undo last scoring',
  undoPartial: 'Undo what was written',
  undoLastRun: 'Undo the last scoring (ribbon runs too)',
  undoLastAllRun: 'Undo the last “Score all sheets” (every sheet it scored and 各表评分汇总)',
  setupTitle: 'This sheet has no scoring ranges yet',
  detect: 'Detect from headers',
  confirm: 'Confirm and define',
  useSelection: 'Use the selection as…',
  example: 'Insert example sheet',
  protected: 'The sheet is protected; nothing was written. Unprotect it and try again.',
  structureProtected:
    'The workbook structure is protected, so the output sheets cannot be added; nothing was written. Unprotect the workbook (Review → Protect Workbook) and try again.',
  title: 'Performance scoring',
  sheet: 'Sheet: {sheet}',
  profileLabel: 'Scoring rules',
  rulesChanged: 'Rules changed (PE_Rules): {list}',
  scoreAllButton: 'Score all sheets',
  scoreAllRunning: 'Scoring all sheets…',
  scoreAllDone: 'Scored {count} sheets; the ranking is on the sheet “{league}”.',
  leagueTitle: 'All sheets by total (各表评分汇总)',
  leagueHint: 'Ranked by total; click a line to go to that sheet',
  leagueNotScored: 'Not scored',
  leagueSheetName: '{name} ({sheet})',
  leagueView: 'Open 各表评分汇总',
  leagueUndo: 'Undo scoring all sheets',
  'profile.guangzhou-dept': 'Guangzhou department-wide',
  'profile.national-project': 'National project spending',
  'grade.优': 'Excellent',
  'grade.良': 'Good',
  'grade.中': 'Fair',
  'grade.差': 'Poor',
  outOf: '{score} / {points}',
  incomplete:
    'Part of the sheet could not be scored; the total covers only what could. See “Notes and errors”.',
  over150Short: FLAG_LABELS.over150['en-US'],
  under100Short: FLAG_LABELS.under100['en-US'],
  reviewShort: FLAG_LABELS.review['en-US'],
  errorShort: FLAG_HEADINGS.error['en-US'],
  lost: '−{points}',
  selectHint: 'Click an item to select its cell in the sheet',
  viewSummary: 'View the summary sheet',
  loading: 'Reading the sheet…',
  scoredSheet: 'Results for sheet {sheet}',
  scoredOk: 'Scored: {total}, grade {grade}.',
  undone: 'The last scoring was undone; the sheet is as it was.',
  undoneAll:
    'The last “Score all sheets” was undone; every sheet it scored and 各表评分汇总 are as they were.',
  refused: 'This sheet cannot be scored',
  failed: 'Scoring did not finish',
  actionFailed: 'The action did not finish',
  setupHint:
    'The scorer found the ranges below from the headers. Check them and click “Confirm and define”, or simply “Score this sheet”; where one is wrong, select the right cells in the sheet and click “Use selection” beside it.',
  cancel: 'Cancel',
  namesDefined: '{count} scoring ranges defined.',
  nameDefined: '{address} is now {name}.',
  exampleInserted: 'Example sheet “{sheet}” inserted; click “Score this sheet” to try it.',
  profileSession: 'This sheet has no PE_Profile cell; the chosen rules apply to this session’s scoring only.',
  profileSaved: 'The scoring rules were written to PE_Profile.',
  'problem.no-table':
    'No header with annual target / actual value columns was found. Select each range and use “Use the selection as…”.',
  'problem.multi-area': 'The selection has several parts ({detail}); select a single column.',
  'problem.selection-shape':
    'The selection {detail} has the wrong shape: one cell for budget and rules names, one column for the others.',
  'problem.stale-undo':
    'Undo not done: the workbook was scored again since this run (ribbon, another pane or another sheet), so this undo is out of date and would overwrite newer results; nothing was changed. The button below, when shown, undoes the latest run. (stale-undo)',
  'problem.other-sheet': 'That cell is not on the active sheet.',
  'problem.office-error': 'Excel could not complete the action: {detail}',
  detecting: 'Finding the scoring ranges from the headers…',
  redetect: 'Detect again',
  listSeparator: ', ',
  ruleSeparator: '; ',
  partFound: 'Found',
  partMissing: 'Not found',
  tagSet: 'Set',
  tagOptional: 'Optional',
  tagBroken: 'Unusable',
  useSelectionHint: 'select the cells in the sheet, then click “Use selection” beside the item.',
  fromHeader: 'header “{header}” ({cell})',
  profileChosen: 'Scoring rules: {profile}',
  profileWhy: 'Why (from the sheet): {reason}',
  detectProblem: 'Could not detect the table: {problem}',
  detectProblemHint: 'Select each range and use “Use the selection as…”, or look at the example sheet first.',
  rangesTitle: 'Scoring ranges ({set} of {total} set)',
  rangeBroken: 'Name cannot be used: {message}',
  rangeOptional: 'Not found; scoring does not need it',
  useSelectionShort: 'Use selection',
  useSelectionFor: 'Use the selection as {name} ({label})',
  useDetectedRest: 'Define the other {count} as detected',
  missingRequired:
    'This sheet still lacks required ranges: {names}. Define them as detected, or select the cells and click “Use selection” beside the item.',
  scoredDetected:
    'The ranges were detected from the headers and defined as this sheet’s names; the next scoring reads the same cells (see 评分汇总).',
  layoutDetected: 'Scoring ranges: detected from the headers',
  profileFromDetection: 'Scoring rules “{profile}” chosen as detected.',
  'label.PE_Targets': 'Annual target',
  'label.PE_Actuals': 'Actual value',
  'label.PE_Weights': 'Points',
  'label.PE_Categories': 'Category (level 1 / level 2)',
  'label.PE_Names': 'Indicator name',
  'label.PE_ReportedRates': 'Completion rate (as reported)',
  'label.PE_ManualScores': 'Manual score',
  'label.PE_Reasons': 'Reason for deviation',
  'label.PE_BudgetPlanned': 'Annual budget',
  'label.PE_BudgetSpent': 'Final spending',
  'label.PE_BudgetRate': 'Budget execution rate',
  'label.PE_MgmtItems': 'Management items',
  'label.PE_MgmtWeights': 'Management points',
  'label.PE_MgmtValues': 'Management values',
  'label.PE_MgmtRules': 'Management rules',
  'label.PE_Profile': 'Scoring rules',
  'cost.PE_Targets': 'No annual targets: the sheet cannot be scored',
  'cost.PE_Actuals': 'No actual values: the sheet cannot be scored',
  'cost.PE_Weights':
    'No points column: each section’s points are split equally among its indicators (with a note)',
  'cost.PE_Categories': 'No category column: all indicators are scored as one group (with a note)',
  'cost.PE_Names': 'No indicator names: notes refer to indicators by cell address',
  'cost.PE_ReportedRates': 'No reported completion rates: the department’s own rates are not checked',
  'cost.PE_ManualScores': 'No manual scores: every indicator is scored by the rules',
  'cost.PE_Reasons': 'No reasons for deviation: results carry no reasons',
  'cost.PE_BudgetPlanned':
    'No budget execution data: the budget execution rate is not scored and the total is incomplete',
  'cost.PE_BudgetSpent':
    'No budget execution data: the budget execution rate is not scored and the total is incomplete',
  'cost.PE_BudgetRate':
    'No budget execution data: the budget execution rate is not scored and the total is incomplete',
  'cost.PE_MgmtItems':
    'No management-efficiency table: Management efficiency gets full marks (with a note); please check',
  'cost.PE_MgmtWeights':
    'No management-efficiency table: Management efficiency gets full marks (with a note); please check',
  'cost.PE_MgmtValues':
    'No management-efficiency table: Management efficiency gets full marks (with a note); please check',
  'cost.PE_MgmtRules':
    'No management-efficiency table: Management efficiency gets full marks (with a note); please check',
  'cost.PE_Profile': 'No scoring-rules cell: the rules chosen in the pane apply',
  'level.error': 'Error',
  'level.warning': 'Note',
  'level.info': 'Info',
  noItems: 'None',
  switchLanguage: '中文',
  switchLanguageLabel: '切换到中文',
  reportButton: 'Draft the self-evaluation report',
  reportRunning: 'Drafting the report…',
  reportWritten:
    'Scored and wrote the sheet “{sheet}”: {total} points, grade {grade}. “Copy the text” puts it on the clipboard for Word.',
  copyReport: 'Copy the text',
  reportCopied: 'The report’s text is on the clipboard ({count} characters).',
  copyFailed: 'Could not write to the clipboard. Open the sheet “{sheet}”, select column A and copy it.',
};

/** Findings, notes, reasons and refusals (message codes) and the scorer's terms, in English. */
export const EN_WORDS: MessageWords = {
  message: (text) => renderMessage(text, EN_MESSAGE_TABLES),
  term: termEn,
};

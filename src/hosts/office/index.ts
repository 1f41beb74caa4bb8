/**
 * The Office.js host: score the active sheet, undo a run, explain Office errors. Office types are
 * used only in this folder; the global `Excel` is never touched here — callers pass the runner
 * (`(batch) => Excel.run(batch)`), so tests run the same code against the in-memory fake.
 */
export { scoreActiveSheet } from './score';
export { scoreAllSheets, type ScoreAllOptions } from './score-all';
export { applyUndo } from './undo';
export { describeOfficeError } from './errors';
export type { ExcelRunner, HostCapabilities, OfficeRunOptions } from './types';

/**
 * The WPS 表格 (ET) host: score the active sheet, undo a run, explain ET errors. ET is synchronous;
 * callers pass the `Application` object (WPS's global, or the fake in test/fakes/et).
 */
export { scoreActiveSheet, type WpsRunOptions } from './score';
export { applyUndo } from './undo';
export { scoreAllSheets } from './score-all';
export { describeWpsError, wpsErrorText } from './errors';
export { readSnapshot } from './read-snapshot';
export type { EtApplication } from './et-types';

/** The .xlsx host: read a workbook and a sheet's snapshot, apply a write plan, save. */
export { readWorkbook, readSnapshot, sheetNames, definedNames, UnreadableWorkbookError } from './workbook';
export type { XlsxBook } from './workbook';
export { applyWritePlan } from './apply';
export { saveWorkbook, workbookBytes, samePath, OutputIsInputError } from './save';

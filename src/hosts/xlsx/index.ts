/** The .xlsx host: read a workbook and a sheet's snapshot, apply a write plan, save. */
export { readWorkbook, readSnapshot, sheetNames, definedNames, UnreadableWorkbookError } from './workbook';
export type { FileSource, XlsxBook } from './workbook';
export { applyWritePlan } from './apply';
export { saveWorkbook, workbookBytes, writeAtomically, samePath, OutputIsInputError } from './save';

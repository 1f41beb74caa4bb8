/** The .xlsx/.xlsm host: open a package, read a sheet's snapshot, apply a write plan, save by editing the package. */
export {
  readWorkbook,
  bookFromBytes,
  readSnapshot,
  sheetSnapshot,
  sheetHead,
  sheetNames,
  definedNames,
  UnreadableWorkbookError,
} from './workbook';
export type { FileSource, XlsxBook } from './workbook';
export { applyWritePlan } from './apply';
export {
  saveWorkbook,
  workbookBytes,
  workbookChunks,
  writeAtomically,
  samePath,
  OutputIsInputError,
} from './save';

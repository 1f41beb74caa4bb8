/** Office.js errors and failed writes in English, code for code with ./messages.ts (pane only). */
import type { MessageTable } from '../../engine/messages';
import type { OfficeMessages } from './messages';
import { WRITE_EN } from '../write-messages-en';

const PE_NAMES = 'check the names starting with PE_ in the Name Manager';

export const OFFICE_EN: MessageTable<OfficeMessages> = {
  'excel.AccessDenied': () =>
    'Access denied: the sheet or workbook is protected, or the file is read-only. Unprotect it or save a copy and try again.',
  'excel.ItemNotFound': () =>
    'A sheet or name was not found; it may have been deleted or renamed. Score again.',
  'excel.ItemAlreadyExists': () => 'A sheet or name to be created already exists. Score again.',
  'excel.InvalidArgument': () =>
    'Excel rejected the data written (size or format mismatch). Score again; if it happens again, contact support.',
  'excel.InvalidOperation': () =>
    `A name or range reference is invalid (e.g. #REF! or several areas); ${PE_NAMES}.`,
  'excel.InvalidReference': () => `A reference is not valid (e.g. #REF!); ${PE_NAMES}.`,
  'excel.InvalidOperationInCellEditMode': () => 'Excel is editing a cell; press Enter or Esc and try again.',
  'excel.RequestPayloadSizeLimitExceeded': () =>
    'The request exceeds Excel on the web’s 5 MB limit. Remove empty rows, columns or formatting, or use Excel on the desktop.',
  'excel.ResponsePayloadSizeLimitExceeded': () =>
    'The sheet is too large to read at once in Excel on the web (5 MB). Remove empty rows, columns or formatting, or use Excel on the desktop.',
  'excel.Conflict': () => 'Someone else is editing the workbook at the same time; try again shortly.',
  'excel.ActivityLimitReached': () => 'Too many requests; try again shortly.',
  'excel.ServiceNotAvailable': () => 'The Excel service is unavailable; try again later.',
  'excel.RequestAborted': () => 'The request was aborted; try again.',
  'excel.Unauthenticated': () => 'Sign-in expired; refresh the page and sign in again.',
  'excel.ApiNotFound': () =>
    'This Excel version lacks a required feature; update Office or use Excel on the web.',
  'excel.NotImplemented': () =>
    'This Excel version lacks a required feature; update Office or use Excel on the web.',
  'excel.UnsupportedOperation': () => 'The operation is not supported here.',
  'excel.GeneralException': () => 'Excel reported an internal error; try again.',
  'excel.PropertyNotLoaded': () => 'Internal error (a property was read before loading); contact support.',
  'excel.protected': () =>
    'The sheet or workbook is protected; Excel refused the write. Unprotect it and try again.',
  'excel.unexpected': (p) =>
    `Unexpected error while scoring: ${p.detail}. Try again; if it happens again, contact support.`,
  ...WRITE_EN,
};

/**
 * Errors shaped like Office.js's OfficeExtension.Error (name "RichApi.Error", a `code`, a `message` and
 * `debugInfo.errorLocation`), with the messages Excel uses, so code that maps error codes to user text
 * can be tested against the fake.
 */

export const FakeErrorMessages: Record<string, string> = {
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: 'The resource being created already exists.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'This operation is not permitted for the current object.',
  InvalidReference: 'This reference is not valid for the current operation.',
  AccessDenied: 'You cannot perform the requested operation.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  GeneralException: 'There was an internal error while processing the request.',
};

/** Excel's text when a write hits a protected sheet (the code is AccessDenied in current builds). */
export const PROTECTED_SHEET_MESSAGE =
  "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.";

/** The shape-mismatch text Excel gives for `range.values = ...` of the wrong size. */
export const SHAPE_MISMATCH_MESSAGE =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message?: string,
    errorLocation?: string,
  ) {
    super(message ?? FakeErrorMessages[code] ?? code);
    this.debugInfo = { code, message: this.message, errorLocation };
  }
}

export function propertyNotLoaded(typeName: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    FakeErrorMessages.PropertyNotLoaded.replace('{0}', property),
    `${typeName}.${property}`,
  );
}

/** What Excel says when the workbook's structure is protected (a sheet added, deleted, renamed...). */
export const PROTECTED_STRUCTURE_MESSAGE = 'The workbook structure is protected.';

export function refuseProtectedStructure(workbook: { structureProtected: boolean }, location: string): void {
  if (workbook.structureProtected)
    throw new FakeOfficeError('AccessDenied', PROTECTED_STRUCTURE_MESSAGE, location);
}

/**
 * Office.js errors -> a sentence a finance officer can act on (Chinese first, English in parentheses).
 * Codes are Office's documented error codes (OfficeExtension.ErrorCodes / Excel.ErrorCodes); the
 * message of an unknown error is kept so support can still see it.
 */

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown };
}

const MESSAGES: Record<string, string> = {
  AccessDenied:
    '没有权限修改：工作表或工作簿可能受保护，或文件以只读方式打开。请撤销保护或另存一份后重试。(Access denied: the sheet or workbook is protected or read-only.)',
  ItemNotFound:
    '找不到需要的工作表或名称，可能刚被删除或重命名。请重新评分。(A sheet or name was not found; it may have been deleted or renamed.)',
  ItemAlreadyExists:
    '要创建的工作表或名称已存在。请重新评分。(A sheet or name to be created already exists.)',
  InvalidArgument:
    'Excel 不接受写入的内容（区域大小或格式不符）。请重新评分；如仍出现，请联系技术支持。(Excel rejected the data written: size or format mismatch.)',
  InvalidOperation:
    '某个名称或区域的引用无效（例如指向 #REF! 或多个区域）。请在“名称管理器”中检查 PE_ 开头的名称。(A name or range reference is invalid, e.g. #REF!.)',
  InvalidReference:
    '某个名称或区域的引用无效（例如指向 #REF!）。请在“名称管理器”中检查 PE_ 开头的名称。(A reference is not valid.)',
  InvalidOperationInCellEditMode:
    'Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。(Excel is in cell-editing mode; press Enter or Esc and try again.)',
  RequestPayloadSizeLimitExceeded:
    '数据量超过 Excel 网页版单次 5 MB 的上限。请删除表中多余的空行、空列或格式，或改用桌面版 Excel。(The request exceeds Excel on the web’s 5 MB limit.)',
  ResponsePayloadSizeLimitExceeded:
    '工作表内容超过 Excel 网页版单次读取 5 MB 的上限。请删除多余的空行、空列或格式，或改用桌面版 Excel。(The sheet is too large to read at once in Excel on the web.)',
  Conflict:
    '工作簿正被他人同时编辑，发生冲突。请稍后重试。(Conflict with another editor; try again shortly.)',
  ActivityLimitReached: '操作过于频繁，请稍后重试。(Activity limit reached; try again shortly.)',
  ServiceNotAvailable: 'Excel 服务暂时不可用，请稍后重试。(The service is unavailable; try again later.)',
  RequestAborted: '请求被中断，请重试。(The request was aborted; try again.)',
  Unauthenticated: '登录已过期，请刷新页面并重新登录。(Sign-in expired; refresh and sign in again.)',
  ApiNotFound:
    '此版本的 Excel 不支持所需功能，请更新 Office 或使用 Excel 网页版。(This Excel version lacks a required feature.)',
  NotImplemented:
    '此版本的 Excel 不支持所需功能，请更新 Office 或使用 Excel 网页版。(This Excel version lacks a required feature.)',
  UnsupportedOperation: '当前 Excel 不支持此操作。(The operation is not supported here.)',
  GeneralException: 'Excel 内部错误，请稍后重试。(Excel reported an internal error; try again.)',
  PropertyNotLoaded:
    '程序内部错误（读取了未加载的数据），请联系技术支持。(Internal error: a property was read before loading.)',
};

/**
 * Excel refused a write for protection. What was written before the refusal, if anything, is said by
 * the caller (score.ts reads it back): this sentence does not claim either way.
 */
const PROTECTED =
  '工作表或工作簿受保护，Excel 拒绝了写入。请撤销保护后重试。(The sheet or workbook is protected; Excel refused the write. Unprotect it and try again.)';

export function describeOfficeError(error: unknown): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as OfficeLikeError;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : typeof error === 'string' ? error : '';
  if (/protected/i.test(message) || /受保护/.test(message)) return PROTECTED;
  if (code === 'InvalidOperation' && /edit mode|cell-editing/i.test(message))
    return MESSAGES.InvalidOperationInCellEditMode;
  if (code && MESSAGES[code]) return MESSAGES[code];
  const detail = message || (code ? code : String(error));
  return `评分时出现意外错误：${detail}。请重试；如仍出现，请联系技术支持。(Unexpected error: ${detail})`;
}

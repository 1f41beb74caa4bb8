/**
 * What Office.js errors and a failed write mean, as messages (code + parameters). The Chinese table
 * gives exactly the sentences the ribbon's dialog and the pane have always shown (Chinese first,
 * English in parentheses); ./messages-en.ts words the same codes in English only, for the pane in
 * English. Codes after Office's documented error codes (OfficeExtension.ErrorCodes / Excel.ErrorCodes).
 */
import { messageMaker, renderMessage, type AnyTable, type Message } from '../../engine/messages';
import { WRITE_ZH } from '../write-messages';

export const OFFICE_ZH = {
  'excel.AccessDenied': () =>
    '没有权限修改：工作表或工作簿可能受保护，或文件以只读方式打开。请撤销保护或另存一份后重试。(Access denied: the sheet or workbook is protected or read-only.)',
  'excel.ItemNotFound': () =>
    '找不到需要的工作表或名称，可能刚被删除或重命名。请重新评分。(A sheet or name was not found; it may have been deleted or renamed.)',
  'excel.ItemAlreadyExists': () =>
    '要创建的工作表或名称已存在。请重新评分。(A sheet or name to be created already exists.)',
  'excel.InvalidArgument': () =>
    'Excel 不接受写入的内容（区域大小或格式不符）。请重新评分；如仍出现，请联系技术支持。(Excel rejected the data written: size or format mismatch.)',
  'excel.InvalidOperation': () =>
    '某个名称或区域的引用无效（例如指向 #REF! 或多个区域）。请在“名称管理器”中检查 PE_ 开头的名称。(A name or range reference is invalid, e.g. #REF!.)',
  'excel.InvalidReference': () =>
    '某个名称或区域的引用无效（例如指向 #REF!）。请在“名称管理器”中检查 PE_ 开头的名称。(A reference is not valid.)',
  'excel.InvalidOperationInCellEditMode': () =>
    'Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。(Excel is in cell-editing mode; press Enter or Esc and try again.)',
  'excel.RequestPayloadSizeLimitExceeded': () =>
    '数据量超过 Excel 网页版单次 5 MB 的上限。请删除表中多余的空行、空列或格式，或改用桌面版 Excel。(The request exceeds Excel on the web’s 5 MB limit.)',
  'excel.ResponsePayloadSizeLimitExceeded': () =>
    '工作表内容超过 Excel 网页版单次读取 5 MB 的上限。请删除多余的空行、空列或格式，或改用桌面版 Excel。(The sheet is too large to read at once in Excel on the web.)',
  'excel.Conflict': () =>
    '工作簿正被他人同时编辑，发生冲突。请稍后重试。(Conflict with another editor; try again shortly.)',
  'excel.ActivityLimitReached': () =>
    '操作过于频繁，请稍后重试。(Activity limit reached; try again shortly.)',
  'excel.ServiceNotAvailable': () =>
    'Excel 服务暂时不可用，请稍后重试。(The service is unavailable; try again later.)',
  'excel.RequestAborted': () => '请求被中断，请重试。(The request was aborted; try again.)',
  'excel.Unauthenticated': () =>
    '登录已过期，请刷新页面并重新登录。(Sign-in expired; refresh and sign in again.)',
  'excel.ApiNotFound': () =>
    '此版本的 Excel 不支持所需功能，请更新 Office 或使用 Excel 网页版。(This Excel version lacks a required feature.)',
  'excel.NotImplemented': () =>
    '此版本的 Excel 不支持所需功能，请更新 Office 或使用 Excel 网页版。(This Excel version lacks a required feature.)',
  'excel.UnsupportedOperation': () => '当前 Excel 不支持此操作。(The operation is not supported here.)',
  'excel.GeneralException': () =>
    'Excel 内部错误，请稍后重试。(Excel reported an internal error; try again.)',
  'excel.PropertyNotLoaded': () =>
    '程序内部错误（读取了未加载的数据），请联系技术支持。(Internal error: a property was read before loading.)',
  /** Excel refused a write for protection; what was written before, if anything, is said by the caller. */
  'excel.protected': () =>
    '工作表或工作簿受保护，Excel 拒绝了写入。请撤销保护后重试。(The sheet or workbook is protected; Excel refused the write. Unprotect it and try again.)',
  'excel.unexpected': (p: { detail: string }) =>
    `评分时出现意外错误：${p.detail}。请重试；如仍出现，请联系技术支持。(Unexpected error: ${p.detail})`,
  // ---- a write that failed part-way (write-failure.ts, score.ts): shared with the WPS host
  ...WRITE_ZH,
};

export type OfficeMessages = {
  [C in keyof typeof OFFICE_ZH]: Parameters<(typeof OFFICE_ZH)[C]> extends [infer P, ...unknown[]]
    ? P
    : Record<string, never>;
};

export const officeMsg = messageMaker<OfficeMessages>();

/** The Office error codes that have their own sentence. */
export const KNOWN_OFFICE_ERRORS = Object.keys(OFFICE_ZH)
  .filter((code) => code.startsWith('excel.') && code !== 'excel.protected' && code !== 'excel.unexpected')
  .map((code) => code.slice('excel.'.length));

/** The message as the dialog and the Chinese pane show it. */
export function officeText(message: Message): string {
  return renderMessage(message, [OFFICE_ZH as unknown as AnyTable]) ?? message.code;
}

/**
 * Excel's built-in number formats by id, as data: the formats a cell style can use without declaring
 * them in <numFmts>. The same table exceljs reads with (its defaultnumformats.js, locale-free
 * entries), so a cell shows the same format code whichever reader took the snapshot; ids whose
 * code depends on the display locale (27-36, 50-81) are not here and read as "General", as before.
 */
export const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The built-in id of a format code, if it is one. */
export function builtinFormatId(code: string): number | undefined {
  return BUILTIN_IDS.get(code);
}

const BUILTIN_IDS = new Map(Object.entries(BUILTIN_NUMBER_FORMATS).map(([id, code]) => [code, Number(id)]));

/** Custom formats take ids from 164 up (lower ids are reserved for built-in ones). */
export const FIRST_CUSTOM_FORMAT_ID = 164;

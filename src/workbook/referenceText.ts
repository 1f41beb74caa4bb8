/**
 * Small readers for the reference text Excel reports (NamedItem.formula, a finding's cell), on top
 * of the mapping's reference parser: the pane only needs which sheet and which cells.
 */
import { a1, parseReference } from '../workbook/references';

/**
 * Splits "='绩效指标'!$D$3:$D$26" / "Sheet1!A1" / "D3" into sheet (unquoted, or null when absent)
 * and address (without $ signs). Returns null for "#REF!", multi-area and unreadable references.
 */
export function splitReference(reference: string): { sheet: string | null; address: string } | null {
  const text = reference.trim().replace(/^=/, '');
  if (!text.includes('!'))
    return isA1Address(text) ? { sheet: null, address: text.replace(/\$/g, '') } : null;
  const parsed = parseReference(text);
  if ('error' in parsed || parsed.areas.length !== 1) return null;
  const { sheet, top, left, bottom, right } = parsed.areas[0];
  const start = a1(top, left);
  const end = a1(bottom, right);
  return { sheet, address: start === end ? start : `${start}:${end}` };
}

/** True for a plain A1 cell or range address such as "E5" or "D3:D26" (with or without $). */
export function isA1Address(text: string): boolean {
  return /^\$?[A-Z]{1,3}\$?[1-9][0-9]*(:\$?[A-Z]{1,3}\$?[1-9][0-9]*)?$/.test(text);
}

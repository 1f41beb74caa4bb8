/**
 * Small readers for the reference text Excel reports (NamedItem.formula, Range.address).
 * The full parser lives in the workbook mapping; the pane only needs which sheet and which cells.
 */

/**
 * Splits "='绩效指标'!$D$3:$D$26" / "Sheet1!A1" / "D3" into sheet (unquoted, or null when absent)
 * and address (without $ signs). Returns null for "#REF!" and multi-area references.
 */
export function splitReference(reference: string): { sheet: string | null; address: string } | null {
  const text = reference.trim().replace(/^=/, '');
  if (text.includes('#REF!')) return null;
  let sheet: string | null = null;
  let rest = text;
  if (text.startsWith("'")) {
    const close = text.search(/'(?!')!/);
    if (close < 0) return null;
    sheet = text.slice(1, close).replace(/''/g, "'");
    rest = text.slice(close + 2);
  } else if (text.includes('!')) {
    const bang = text.lastIndexOf('!');
    sheet = text.slice(0, bang);
    rest = text.slice(bang + 1);
  }
  if (rest.includes(',') || rest === '') return null;
  return { sheet, address: rest.replace(/\$/g, '') };
}

/** True for a plain A1 cell or range address such as "E5" or "D3:D26". */
export function isA1Address(text: string): boolean {
  return /^\$?[A-Z]{1,3}\$?[1-9][0-9]*(:\$?[A-Z]{1,3}\$?[1-9][0-9]*)?$/.test(text);
}

/** Whether a reference (as in NamedItem.formula) points at a range on the given sheet. */
export function refersToSheet(formula: string, sheet: string): boolean {
  return splitReference(formula)?.sheet === sheet;
}

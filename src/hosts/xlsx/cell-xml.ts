/**
 * The XML of a cell the scorer writes. Text is written as an inline string (t="inlineStr"), so the
 * shared-strings part is never touched and a text that starts with "=" stays text: a cell the scorer
 * writes never holds a formula.
 */
import { a1 } from '../../workbook/references';
import type { WriteValue } from '../../workbook/types';
import { escapeControlCharacters } from './shared-strings';
import type { CellRecord } from './sheet-part';
import { encodeXmlText, withAttribute, withoutAttribute } from './xml';

/** A cell holding `value` with `style`; null when it would be an empty cell with no style (none at all). */
export function valueCell(
  prefix: string,
  row: number,
  col: number,
  style: number,
  value: WriteValue,
): CellRecord | null {
  const styleAttribute = style > 0 ? ` s="${style}"` : '';
  const open = `<${prefix}c r="${a1(row, col)}"${styleAttribute}`;
  const base = { col, style, formula: undefined };
  if (value === null) {
    return style > 0 ? { ...base, xml: `${open}/>`, type: undefined, value: undefined, inline: false } : null;
  }
  if (typeof value === 'number') {
    const text = Number.isFinite(value) ? String(value) : '#NUM!';
    if (!Number.isFinite(value)) {
      return {
        ...base,
        xml: `${open} t="e"><${prefix}v>${text}</${prefix}v></${prefix}c>`,
        type: 'e',
        value: text,
        inline: false,
      };
    }
    return {
      ...base,
      xml: `${open}><${prefix}v>${text}</${prefix}v></${prefix}c>`,
      type: undefined,
      value: text,
      inline: false,
    };
  }
  if (typeof value === 'boolean') {
    const text = value ? '1' : '0';
    return {
      ...base,
      xml: `${open} t="b"><${prefix}v>${text}</${prefix}v></${prefix}c>`,
      type: 'b',
      value: text,
      inline: false,
    };
  }
  const content = `<${prefix}t xml:space="preserve">${encodeXmlText(escapeControlCharacters(value))}</${prefix}t>`;
  return {
    ...base,
    xml: `${open} t="inlineStr"><${prefix}is>${content}</${prefix}is></${prefix}c>`,
    type: 'inlineStr',
    value: content,
    inline: true,
  };
}

/** The same cell with another style; null when that leaves an empty cell with no style. */
export function restyledCell(cell: CellRecord, style: number): CellRecord | null {
  if (style === 0 && cell.value === undefined && cell.formula === undefined) return null;
  const end = cell.xml.indexOf('>') + 1;
  const oldTag = cell.xml.slice(0, end);
  let openTag: string;
  if (style === 0) openTag = withoutAttribute(oldTag, 's');
  else if (/\ss\s*=/.test(oldTag)) openTag = withAttribute(oldTag, 's', String(style));
  // Right after r, where valueCell puts it: the same cell written later looks the same.
  else if (/\sr\s*=/.test(oldTag))
    openTag = oldTag.replace(/(\sr\s*=\s*(?:"[^"]*"|'[^']*'))/, `$1 s="${style}"`);
  else openTag = withAttribute(oldTag, 's', String(style));
  return { ...cell, style, xml: openTag + cell.xml.slice(end) };
}

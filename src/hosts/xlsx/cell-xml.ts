/**
 * The XML of a cell the scorer writes. Text is written as an inline string (t="inlineStr"), so the
 * shared-strings part is never touched and a text that starts with "=" stays text. Only a
 * FormulaWrite (undo giving back a cell that held a formula) becomes a formula, without a cached
 * value: Excel calculates it on open.
 */
import { columnLetters } from '../../workbook/references';
import { isFormulaWrite, type WriteValue } from '../../workbook/types';
import { escapeControlCharacters } from './shared-strings';
import type { CellRecord } from './sheet-part';
import { encodeXmlText, withAttribute, withoutAttribute } from './xml';

/** Column letters by index, computed once each (output writes the same few columns thousands of times). */
const LETTERS: string[] = [];
const address = (row: number, col: number): string => `${(LETTERS[col] ??= columnLetters(col))}${row + 1}`;

/** What a written cell holds, as the sheet model keeps it. */
interface CellContent {
  type: string | undefined;
  value: string | undefined;
  inline: boolean;
  /** The element's content after the opening tag's attributes: ' t="b"><v>1</v></c>' or '/>'. */
  tail: string;
}

function contentOf(prefix: string, value: Exclude<WriteValue, null>): CellContent {
  if (isFormulaWrite(value)) {
    const formula = encodeXmlText(value.formula.replace(/^=/, ''));
    return {
      type: undefined,
      value: undefined,
      inline: false,
      tail: `><${prefix}f>${formula}</${prefix}f></${prefix}c>`,
    };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      return {
        type: 'e',
        value: '#NUM!',
        inline: false,
        tail: ` t="e"><${prefix}v>#NUM!</${prefix}v></${prefix}c>`,
      };
    }
    const text = String(value);
    return {
      type: undefined,
      value: text,
      inline: false,
      tail: `><${prefix}v>${text}</${prefix}v></${prefix}c>`,
    };
  }
  if (typeof value === 'boolean') {
    const text = value ? '1' : '0';
    return {
      type: 'b',
      value: text,
      inline: false,
      tail: ` t="b"><${prefix}v>${text}</${prefix}v></${prefix}c>`,
    };
  }
  const text = `<${prefix}t xml:space="preserve">${encodeXmlText(escapeControlCharacters(value))}</${prefix}t>`;
  return {
    type: 'inlineStr',
    value: text,
    inline: true,
    tail: ` t="inlineStr"><${prefix}is>${text}</${prefix}is></${prefix}c>`,
  };
}

/** The XML of a cell holding `value` with `style`; '' for an empty cell with no style (no element at all). */
export function cellXml(prefix: string, row: number, col: number, style: number, value: WriteValue): string {
  if (value === null && style === 0) return '';
  const open = `<${prefix}c r="${address(row, col)}"${style > 0 ? ` s="${style}"` : ''}`;
  return value === null ? `${open}/>` : open + contentOf(prefix, value).tail;
}

/** A cell holding `value` with `style`; null when it would be an empty cell with no style (none at all). */
export function valueCell(
  prefix: string,
  row: number,
  col: number,
  style: number,
  value: WriteValue,
): CellRecord | null {
  if (value === null && style === 0) return null;
  const open = `<${prefix}c r="${address(row, col)}"${style > 0 ? ` s="${style}"` : ''}`;
  if (value === null) {
    return {
      col,
      style,
      formula: undefined,
      xml: `${open}/>`,
      type: undefined,
      value: undefined,
      inline: false,
    };
  }
  const content = contentOf(prefix, value);
  return {
    col,
    style,
    formula: isFormulaWrite(value) ? { text: value.formula.replace(/^=/, '') } : undefined,
    xml: open + content.tail,
    type: content.type,
    value: content.value,
    inline: content.inline,
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

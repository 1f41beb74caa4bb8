/**
 * xl/sharedStrings.xml as plain text per index: a rich-text string is the concatenation of its runs;
 * phonetic guides (<rPh>) are not part of the text Excel shows. The scorer writes its own text as
 * inline strings, so this part is only ever read.
 */
import { decodeXml, forEachElement } from './xml';

const SINGLE_RUN = /^<t(?:\s[^>]*)?>([^<]*)<\/t>$/;

/** Text of an <si> or <is> element's content. */
export function stringItemText(content: string): string {
  // The usual item, one plain run: read without walking the runs.
  const single = SINGLE_RUN.exec(content);
  if (single) return unescapeControlCharacters(decodeXml(single[1]));
  const withoutPhonetic = content.includes('rPh')
    ? content.replace(/<((?:\w+:)?rPh)\b[\s\S]*?<\/\1>/g, '')
    : content;
  let text = '';
  for (const match of withoutPhonetic.matchAll(
    /<((?:\w+:)?t)(?:\s[^>]*)?>([\s\S]*?)<\/\1>|<(?:\w+:)?t(?:\s[^>]*)?\/>/g,
  )) {
    text += match[2] === undefined ? '' : decodeXml(match[2]);
  }
  return unescapeControlCharacters(text);
}

/** Excel writes characters XML cannot hold as _xHHHH_ (and a literal "_x" sequence as _x005F_). */
export function unescapeControlCharacters(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The inverse, for text the scorer writes. */
export function escapeControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 cannot hold
  if (!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_x/.test(text)) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_').replace(
    // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 cannot hold
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
    (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

export function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  forEachElement(xml, 'si', (_source, _tag, _attributes, content) =>
    strings.push(stringItemText(content ?? '')),
  );
  return strings;
}

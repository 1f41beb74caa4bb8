/**
 * The little XML the package editor needs: attributes, entities, and finding an element whatever
 * namespace prefix the producer gave it (most write `<sheetData>`, some exports `<x:sheetData>`).
 * The parts are edited as text so that everything the scorer does not change stays byte for byte.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  // Most texts (numbers, style indexes, cell addresses) hold neither an entity nor a CDATA section.
  if (text.indexOf('&') < 0 && text.indexOf('<') < 0) return text;
  if (text.includes('<![CDATA[')) {
    // Text in CDATA sections is literal; entities are decoded only outside them.
    return text
      .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
      .map((piece) => (piece.startsWith('<![CDATA[') ? piece.slice(9, -3) : decodeXml(piece)))
      .join('');
  }
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity];
  });
}

// Most texts (numbers, names, Chinese prose) hold none of these: one scan, no copies.
const TEXT_SPECIALS = /[&<>]/;
const ATTRIBUTE_SPECIALS = /[&<>"]/;

export function encodeXmlText(text: string): string {
  if (!TEXT_SPECIALS.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function encodeXmlAttribute(text: string): string {
  if (!ATTRIBUTE_SPECIALS.test(text)) return text;
  return encodeXmlText(text).replace(/"/g, '&quot;');
}

/** Attributes of an opening tag's source, as [name, raw value] in file order. */
export function parseAttributes(source: string): [string, string][] {
  const attributes: [string, string][] = [];
  for (const match of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes.push([match[1], match[2] ?? match[3]]);
  }
  return attributes;
}

/** \s of a regular expression: XML's four spaces, and (rare in a tag) the other Unicode spaces. */
const OTHER_SPACE = /\s/;
function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || (code > 127 && OTHER_SPACE.test(String.fromCharCode(code)))
  );
}

/**
 * Where one attribute is in a tag's source: what /(\sNAME\s*=\s*)(?:"([^"]*)"|'([^']*)')/ finds (the
 * space before the name, the opening quote, the closing quote), looked for with indexOf: the same
 * few names are asked of every cell of a sheet, and a pattern per call costs several times more.
 */
function findAttribute(
  source: string,
  name: string,
): { start: number; valueStart: number; valueEnd: number } | null {
  for (let at = source.indexOf(name, 1); at > 0; at = source.indexOf(name, at + 1)) {
    if (!isSpace(source.charCodeAt(at - 1))) continue;
    let i = at + name.length;
    while (isSpace(source.charCodeAt(i))) i++;
    if (source.charCodeAt(i) !== 61) continue; // =
    i++;
    while (isSpace(source.charCodeAt(i))) i++;
    const quote = source.charCodeAt(i);
    if (quote !== 34 && quote !== 39) continue; // " '
    const close = source.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close >= 0) return { start: at - 1, valueStart: i, valueEnd: close };
  }
  return null;
}

/** One attribute's decoded value, by exact name. */
export function attribute(source: string, name: string): string | undefined {
  const found = findAttribute(source, name);
  return found ? decodeXml(source.slice(found.valueStart + 1, found.valueEnd)) : undefined;
}

/** An opening tag with one attribute set (replaced in place, or appended). */
export function withAttribute(openTag: string, name: string, value: string): string {
  const encoded = encodeXmlAttribute(value);
  const found = findAttribute(openTag, name);
  if (found) return `${openTag.slice(0, found.valueStart)}"${encoded}"${openTag.slice(found.valueEnd + 1)}`;
  return openTag.replace(/\s*(\/?>)$/, (_, close: string) => ` ${name}="${encoded}"${close}`);
}

/** An opening tag without one attribute (its first occurrence). */
export function withoutAttribute(openTag: string, name: string): string {
  const found = findAttribute(openTag, name);
  return found ? openTag.slice(0, found.start) + openTag.slice(found.valueEnd + 1) : openTag;
}

/** [\w.-]: the characters of a name or a namespace prefix. */
function isNameChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    (code >= 48 && code <= 57) || // 0-9
    code === 95 || // _
    code === 46 || // .
    code === 45 // -
  );
}

/**
 * Calls `visit` for every element of this local name in `xml`, in order, not nested in one another
 * (what <((?:[\w.-]+:)?NAME)(?=[\s/>])([^>]*?)(\/>|>([\s\S]*?)<\/\1>) matches, g): the element's
 * source, its name as written, the attributes' source (between the name and the closing > or />)
 * and its content (undefined when self-closing). Found with indexOf: a sheet's rows and cells are
 * thousands of elements, where that pattern's lazy scan for the closing tag costs several times more.
 */
export function forEachElement(
  xml: string,
  localName: string,
  visit: (source: string, tag: string, attributes: string, content: string | undefined) => void,
): void {
  const length = xml.length;
  const plainClosing = `</${localName}>`;
  let at = xml.indexOf('<');
  while (at >= 0) {
    // The name as written: an optional prefix ([\w.-]+:) and the local name.
    let nameEnd = at + 1;
    while (nameEnd < length && isNameChar(xml.charCodeAt(nameEnd))) nameEnd++;
    let localStart = at + 1;
    if (xml.charCodeAt(nameEnd) === 58 && nameEnd > at + 1) {
      localStart = nameEnd + 1;
      nameEnd = localStart;
      while (nameEnd < length && isNameChar(xml.charCodeAt(nameEnd))) nameEnd++;
    }
    const next = xml.charCodeAt(nameEnd);
    if (
      nameEnd - localStart === localName.length &&
      xml.startsWith(localName, localStart) &&
      (next === 47 || next === 62 || isSpace(next)) // / > or a space
    ) {
      const close = xml.indexOf('>', nameEnd);
      if (close < 0) return;
      const tag = localStart === at + 1 ? localName : xml.slice(at + 1, nameEnd);
      if (close > nameEnd && xml.charCodeAt(close - 1) === 47) {
        visit(xml.slice(at, close + 1), tag, xml.slice(nameEnd, close - 1), undefined);
        at = xml.indexOf('<', close + 1);
        continue;
      }
      const closing = tag === localName ? plainClosing : `</${tag}>`;
      const end = xml.indexOf(closing, close + 1);
      if (end >= 0) {
        visit(xml.slice(at, end + closing.length), tag, xml.slice(nameEnd, close), xml.slice(close + 1, end));
        at = xml.indexOf('<', end + closing.length);
        continue;
      }
    }
    at = xml.indexOf('<', at + 1);
  }
}

/** Where an element is in a document: its whole extent, its opening tag and its content. */
export interface ElementAt {
  start: number;
  end: number;
  openTag: string;
  /** The element's name as written, with its prefix ("sheetData", "x:sheetData"). */
  tag: string;
  /** Content between the tags ('' for a self-closing element); contentStart = start of it. */
  content: string;
  contentStart: number;
  selfClosing: boolean;
}

/**
 * The first element with this local name at or after `from` (prefix-agnostic); null when absent.
 * What <((?:[\w.-]+:)?NAME)(?=[\s/>])[^>]*> finds, looked for as the name's text with indexOf and
 * checked around it: the pattern tried at every "<" of a long part costs several times more.
 */
export function findElement(xml: string, localName: string, from = 0): ElementAt | null {
  const nameLength = localName.length;
  for (let at = xml.indexOf(localName, from + 1); at > 0; at = xml.indexOf(localName, at + 1)) {
    const next = xml.charCodeAt(at + nameLength);
    if (!(next === 47 || next === 62 || isSpace(next))) continue; // the name ends here: / > or a space
    // It starts here: right after "<", or after "<prefix:".
    let start = at - 1;
    if (xml.charCodeAt(start) !== 60) {
      if (xml.charCodeAt(start) !== 58) continue;
      let p = start - 1;
      while (p >= from && isNameChar(xml.charCodeAt(p))) p--;
      if (p === start - 1 || p < from || xml.charCodeAt(p) !== 60) continue;
      start = p;
    }
    if (start < from) continue;
    const close = xml.indexOf('>', at + nameLength);
    if (close < 0) return null;
    const openTag = xml.slice(start, close + 1);
    const tag = xml.slice(start + 1, at + nameLength);
    const contentStart = close + 1;
    if (xml.charCodeAt(close - 1) === 47) {
      return { start, end: contentStart, openTag, tag, content: '', contentStart, selfClosing: true };
    }
    const end = xml.indexOf(`</${tag}>`, contentStart);
    if (end < 0) return null;
    return {
      start,
      end: end + tag.length + 3,
      openTag,
      tag,
      content: xml.slice(contentStart, end),
      contentStart,
      selfClosing: false,
    };
  }
  return null;
}

/** The namespace prefix of an element name ("x:" for "x:sheetData", "" for "sheetData"). */
export function prefixOf(tag: string): string {
  const colon = tag.indexOf(':');
  return colon < 0 ? '' : tag.slice(0, colon + 1);
}

/** Every element with this local name inside `xml` (not nested in one another), in order. */
export function findElements(xml: string, localName: string): ElementAt[] {
  const found: ElementAt[] = [];
  let from = 0;
  for (;;) {
    const element = findElement(xml, localName, from);
    if (!element) return found;
    found.push(element);
    from = element.end;
  }
}

/** xml with [start, end) replaced by `text`. */
export function splice(xml: string, start: number, end: number, text: string): string {
  return xml.slice(0, start) + text + xml.slice(end);
}

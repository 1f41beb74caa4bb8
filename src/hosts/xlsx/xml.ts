/**
 * The little XML the package editor needs: attributes, entities, and finding an element whatever
 * namespace prefix the producer gave it (most write `<sheetData>`, some exports `<x:sheetData>`).
 * The parts are edited as text so that everything the scorer does not change stays byte for byte.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
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

/** A regular expression per attribute name, built once (the same few names are asked for millions of times). */
const attributePatterns = new Map<string, RegExp>();
function attributePattern(name: string): RegExp {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  return pattern;
}

/** One attribute's decoded value, by exact name. */
export function attribute(source: string, name: string): string | undefined {
  const match = attributePattern(name).exec(source);
  if (!match) return undefined;
  return decodeXml(match[2] ?? match[3]);
}

/** An opening tag with one attribute set (replaced in place, or appended). */
export function withAttribute(openTag: string, name: string, value: string): string {
  const encoded = encodeXmlAttribute(value);
  const match = attributePattern(name).exec(openTag);
  if (match) {
    const valueStart = match.index + match[1].length;
    return `${openTag.slice(0, valueStart)}"${encoded}"${openTag.slice(match.index + match[0].length)}`;
  }
  return openTag.replace(/\s*(\/?>)$/, (_, close: string) => ` ${name}="${encoded}"${close}`);
}

/** An opening tag without one attribute. */
export function withoutAttribute(openTag: string, name: string): string {
  return openTag.replace(attributePattern(name), '');
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

/** The first element with this local name at or after `from` (prefix-agnostic); null when absent. */
const openPatterns = new Map<string, RegExp>();

export function findElement(xml: string, localName: string, from = 0): ElementAt | null {
  let open = openPatterns.get(localName);
  if (!open) {
    open = new RegExp(`<((?:[\\w.-]+:)?${localName})(?=[\\s/>])[^>]*>`, 'g');
    openPatterns.set(localName, open);
  }
  open.lastIndex = from;
  const match = open.exec(xml);
  if (!match) return null;
  const openTag = match[0];
  const tag = match[1];
  const start = match.index;
  const contentStart = start + openTag.length;
  if (openTag.endsWith('/>')) {
    return { start, end: contentStart, openTag, tag, content: '', contentStart, selfClosing: true };
  }
  const close = xml.indexOf(`</${tag}>`, contentStart);
  if (close < 0) return null;
  return {
    start,
    end: close + tag.length + 3,
    openTag,
    tag,
    content: xml.slice(contentStart, close),
    contentStart,
    selfClosing: false,
  };
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

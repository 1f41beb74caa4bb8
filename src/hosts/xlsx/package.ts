/**
 * An Open Packaging Conventions package (.xlsx, .xlsm) open for editing: its parts, their
 * relationships and their content types. Parts are read on demand; parts that are set are written
 * anew, every other part is copied as stored. Part names compare case-insensitively (OPC), and a
 * relationship target is resolved both ways the format allows: relative to the source part's folder
 * ("worksheets/sheet1.xml", "../comments1.xml") or absolute from the package root
 * ("/xl/comments/comment1.xml", as openpyxl and others write).
 */
import { caseKey, sameText } from '../../engine/caseKey';
import { partData, partPrefix, readZip, type ZipPart } from './zip-reader';
import { zipChunks, type ZipEntry } from './zip-writer';
import { attribute, encodeXmlAttribute, findElements } from './xml';

export interface Relationship {
  id: string;
  type: string;
  /** The target as written. */
  target: string;
  /** The part it points at (package path without a leading "/"); null for an external target. */
  part: string | null;
}

const CONTENT_TYPES = '[Content_Types].xml';

/** The relationships part of a part: xl/workbook.xml -> xl/_rels/workbook.xml.rels ('' = the package). */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part, as a package path. */
export function resolveTarget(sourcePart: string, target: string): string {
  let path = target.split('#')[0];
  try {
    if (path.includes('%')) path = decodeURIComponent(path);
  } catch {
    // a stray "%" is a literal character of the name
  }
  const base = path.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/** The target to write for a part, relative to the source part's folder. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = sourcePart.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export class XlsxPackage {
  private readonly parts = new Map<string, ZipPart>();
  private readonly order: string[] = [];
  private readonly changed = new Set<string>();
  /**
   * Parts' text as read or set: a part is decoded once, and a part set several times in one run
   * (the content types and the workbook's relationships, once per new sheet) is encoded once, when
   * the package is written.
   */
  private readonly texts = new Map<string, string>();

  private constructor(parts: ZipPart[]) {
    for (const part of parts) {
      this.parts.set(caseKey(part.name), part);
      this.order.push(caseKey(part.name));
    }
  }

  static async open(bytes: Buffer): Promise<XlsxPackage> {
    return new XlsxPackage(await readZip(bytes));
  }

  /** The part's name as stored (case kept), or undefined when the package has no such part. */
  nameOf(name: string): string | undefined {
    return this.parts.get(caseKey(name))?.name;
  }

  has(name: string): boolean {
    return this.parts.has(caseKey(name));
  }

  partNames(): string[] {
    return this.order.map((key) => this.parts.get(key)!.name);
  }

  bytes(name: string): Buffer | undefined {
    const key = caseKey(name);
    const part = this.parts.get(key);
    if (!part) return undefined;
    // A part set as text is encoded on first use (setText left it without data).
    if (!part.data && !part.stored) part.data = Buffer.from(this.texts.get(key) ?? '', 'utf8');
    return partData(part);
  }

  text(name: string): string | undefined {
    const key = caseKey(name);
    const known = this.texts.get(key);
    if (known !== undefined) return known;
    const data = this.bytes(key);
    if (!data) return undefined;
    const text = decodeText(data);
    this.texts.set(key, text);
    return text;
  }

  /**
   * The beginning of a part's text, from at most `compressedBytes` of its stored body (the whole
   * text when the part is small or already read); the last character may be cut.
   */
  textPrefix(name: string, compressedBytes: number): string | undefined {
    const key = caseKey(name);
    const part = this.parts.get(key);
    if (!part) return undefined;
    // A part read or set as text already is whole (a part set has nothing stored to inflate).
    const known = this.texts.get(key);
    if (known !== undefined) return known;
    const prefix = partPrefix(part, compressedBytes);
    const text = decodeText(prefix);
    // A small part comes back whole: kept, so reading it whole next (text) does not decode it again.
    if (prefix === part.data) this.texts.set(key, text);
    return text;
  }

  /** Sets a part's content (a new part is added at the end). */
  setText(name: string, text: string): void {
    const key = caseKey(name);
    const existing = this.parts.get(key);
    if (existing) {
      this.parts.set(key, { name: existing.name });
    } else {
      this.parts.set(key, { name });
      this.order.push(key);
    }
    this.texts.set(key, text);
    this.changed.add(key);
  }

  remove(name: string): void {
    const key = caseKey(name);
    if (!this.parts.delete(key)) return;
    this.texts.delete(key);
    this.order.splice(this.order.indexOf(key), 1);
    this.changed.add(key);
  }

  /** Names of the parts set or removed since the package was opened. */
  changedParts(): string[] {
    return [...this.changed];
  }

  /** The relationships of a part ('' for the package's own, _rels/.rels). */
  relationships(sourcePart: string): Relationship[] {
    const xml = this.text(sourcePart === '' ? '_rels/.rels' : relsPathOf(sourcePart));
    if (!xml) return [];
    return findElements(xml, 'Relationship').map(({ openTag }) => {
      const target = attribute(openTag, 'Target') ?? '';
      const external = attribute(openTag, 'TargetMode') === 'External';
      const resolved = external ? null : resolveTarget(sourcePart, target);
      return {
        id: attribute(openTag, 'Id') ?? '',
        type: attribute(openTag, 'Type') ?? '',
        target,
        part: resolved === null ? null : (this.nameOf(resolved) ?? resolved),
      };
    });
  }

  /** Adds a relationship from a part to another; returns its new id. */
  addRelationship(sourcePart: string, type: string, targetPart: string): string {
    const relsPath = relsPathOf(sourcePart);
    const xml =
      this.text(relsPath) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const ids = new Set(this.relationships(sourcePart).map((r) => r.id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const element = `<Relationship Id="${id}" Type="${encodeXmlAttribute(type)}" Target="${encodeXmlAttribute(relativeTarget(sourcePart, targetPart))}"/>`;
    this.setText(relsPath, insertBeforeClose(xml, 'Relationships', element));
    return id;
  }

  /** Removes the relationships of a part that satisfy `drop`. */
  removeRelationships(sourcePart: string, drop: (relationship: Relationship) => boolean): void {
    const relsPath = relsPathOf(sourcePart);
    const xml = this.text(relsPath);
    if (!xml) return;
    const doomed = new Set(
      this.relationships(sourcePart)
        .filter(drop)
        .map((r) => r.id),
    );
    if (doomed.size === 0) return;
    let edited = xml;
    for (const element of findElements(xml, 'Relationship').reverse()) {
      if (doomed.has(attribute(element.openTag, 'Id') ?? '')) {
        edited = edited.slice(0, element.start) + edited.slice(element.end);
      }
    }
    this.setText(relsPath, edited);
  }

  /** Declares a part's content type (an Override), replacing one already declared for it. */
  setContentType(part: string, contentType: string): void {
    const xml = this.text(CONTENT_TYPES) ?? '';
    const withoutOld = removeOverride(xml, part);
    const element = `<Override PartName="/${encodeXmlAttribute(part)}" ContentType="${encodeXmlAttribute(contentType)}"/>`;
    this.setText(CONTENT_TYPES, insertBeforeClose(withoutOld, 'Types', element));
  }

  /** Removes a part's Override content type, if it has one. */
  removeContentType(part: string): void {
    const xml = this.text(CONTENT_TYPES);
    if (!xml) return;
    const edited = removeOverride(xml, part);
    if (edited !== xml) this.setText(CONTENT_TYPES, edited);
  }

  /** The package as a zip: parts set are compressed anew, every other part copied as stored. */
  toBuffer(): Buffer {
    return Buffer.concat(this.toChunks());
  }

  /** The zip of toBuffer() as consecutive pieces (see zipChunks). */
  toChunks(): Buffer[] {
    const entries: ZipEntry[] = this.order.map((key) => {
      const part = this.parts.get(key)!;
      if (part.stored && !this.changed.has(key)) return { name: part.name, stored: part.stored };
      return { name: part.name, data: this.bytes(key)! };
    });
    return zipChunks(entries);
  }
}

function removeOverride(xml: string, part: string): string {
  for (const element of findElements(xml, 'Override')) {
    const name = (attribute(element.openTag, 'PartName') ?? '').replace(/^\//, '');
    if (sameText(name, part)) return xml.slice(0, element.start) + xml.slice(element.end);
  }
  return xml;
}

/**
 * Where the document's last closing tag is, when it closes `root` (any prefix) and only spaces follow
 * (what </((?:[\w.-]+:)?ROOT)>\s*$ finds); -1 otherwise.
 */
function closingTagAtEnd(xml: string, root: string): number {
  const at = xml.lastIndexOf('</');
  if (at < 0) return -1;
  const gt = xml.indexOf('>', at);
  if (gt < 0 || xml.slice(gt + 1).trim() !== '') return -1;
  const tag = xml.slice(at + 2, gt);
  const colon = tag.lastIndexOf(':');
  const local = colon < 0 ? tag : tag.slice(colon + 1);
  const prefix = colon < 0 ? '' : tag.slice(0, colon);
  return local === root && (colon < 0 || /^[\w.-]+$/.test(prefix)) ? at : -1;
}

/** `element` inserted as the last child of the document's root element `root`. */
export function insertBeforeClose(xml: string, root: string, element: string): string {
  const close = closingTagAtEnd(xml, root);
  if (close >= 0) return xml.slice(0, close) + element + xml.slice(close);
  // A self-closing empty root: <Relationships .../>
  const selfClosing = new RegExp(`<((?:[\\w.-]+:)?${root})\\b([^>]*?)/>`).exec(xml);
  if (!selfClosing) throw new Error(`no <${root}> element`);
  const open = `<${selfClosing[1]}${selfClosing[2]}>`;
  return (
    xml.slice(0, selfClosing.index) +
    open +
    element +
    `</${selfClosing[1]}>` +
    xml.slice(selfClosing.index + selfClosing[0].length)
  );
}

/** A part's text: UTF-8 with or without a byte-order mark; UTF-16 parts are rare but valid. */
function decodeText(data: Buffer): string {
  if (data[0] === 0xff && data[1] === 0xfe) return data.subarray(2).toString('utf16le');
  const text = data.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

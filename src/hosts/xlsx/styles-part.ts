/**
 * xl/styles.xml: what a cell's style index means (number format, fill) and new cell styles for what
 * the scorer writes. New styles are appended — a copy of the cell's own style (<xf>) with only the
 * number format or fill changed — and an identical style already in the part is reused, so scoring
 * a scored copy again adds nothing. The part's existing content is never rewritten.
 */
import type { ExcelColor } from './colors';
import { BUILTIN_NUMBER_FORMATS, builtinFormatId, FIRST_CUSTOM_FORMAT_ID } from './number-formats';
import { attribute, encodeXmlAttribute, findElement, findElements, prefixOf, withAttribute } from './xml';

/** A fill as the styles part describes it (the shape the snapshot's fill rules read). */
export interface FillModel {
  type: 'pattern' | 'gradient';
  pattern?: string;
  fgColor?: ExcelColor;
}

const DEFAULT_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';
const DEFAULT_FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
];
const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
/** Schema order of <styleSheet>'s children (a missing container is inserted in its place). */
const CONTAINER_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'];

export const EMPTY_STYLESHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></styleSheet>';

function parseColor(openTag: string | undefined): ExcelColor | undefined {
  if (!openTag) return undefined;
  const color: ExcelColor = {};
  const rgb = attribute(openTag, 'rgb');
  const theme = attribute(openTag, 'theme');
  const indexed = attribute(openTag, 'indexed');
  const tint = attribute(openTag, 'tint');
  if (rgb !== undefined) color.argb = rgb;
  else if (theme !== undefined) color.theme = Number(theme);
  else if (indexed !== undefined) color.indexed = Number(indexed);
  if (tint !== undefined && rgb === undefined) color.tint = Number(tint);
  return color;
}

function parseFill(xml: string): FillModel {
  if (findElement(xml, 'gradientFill')) return { type: 'gradient' };
  const pattern = findElement(xml, 'patternFill');
  if (!pattern) return { type: 'pattern' };
  return {
    type: 'pattern',
    pattern: attribute(pattern.openTag, 'patternType'),
    fgColor: parseColor(findElement(pattern.content, 'fgColor')?.openTag),
  };
}

/** A list element of the stylesheet (<numFmts>, <fills>, <cellXfs>): its items and those added. */
interface Container {
  name: string;
  items: string[];
  /** Added items, already carrying the container's namespace prefix. */
  added: string[];
  /** The namespace prefix of the stylesheet's elements ("x:"), or "". */
  prefix: string;
}

export class StylesPart {
  private xml: string;
  private readonly containers = new Map<string, Container>();
  private readonly fills: FillModel[];
  private readonly formats = new Map<number, string>();
  /** Lookups built on first use: item XML -> index per container; (style, change) -> style. */
  private readonly indexes = new Map<string, Map<string, number>>();
  private readonly variants = new Map<string, number>();
  private readonly formatOf = new Map<number, string>();
  /** Fill by style index, memoised like formatOf: a style index never changes meaning (new ones are appended). */
  private readonly fillOf = new Map<number, FillModel | undefined>();
  /** The part has its own indexed-colour palette (indexed fills are then not the standard colours). */
  readonly customPalette: boolean;

  constructor(xml: string | undefined) {
    this.xml = xml ?? EMPTY_STYLESHEET;
    this.customPalette = /<(?:\w+:)?indexedColors\b/.test(this.xml);
    const itemNames: Record<string, string> = {
      numFmts: 'numFmt',
      fonts: 'font',
      fills: 'fill',
      borders: 'border',
      cellStyleXfs: 'xf',
      cellXfs: 'xf',
    };
    const root = findElement(this.xml, 'styleSheet');
    const rootPrefix = root ? prefixOf(root.tag) : '';
    for (const name of CONTAINER_ORDER) {
      const element = findElement(this.xml, name);
      const prefix = element ? prefixOf(element.tag) : rootPrefix;
      const items = element
        ? findElements(element.content, itemNames[name]).map((e) =>
            this.xml.slice(e.start + element.contentStart, e.end + element.contentStart),
          )
        : [];
      this.containers.set(name, { name, items, added: [], prefix });
    }
    this.fills = this.containers.get('fills')!.items.map(parseFill);
    for (const numFmt of this.containers.get('numFmts')!.items) {
      const id = Number(attribute(numFmt, 'numFmtId'));
      this.formats.set(id, attribute(numFmt, 'formatCode') ?? '');
    }
  }

  private xf(style: number): string | undefined {
    const xfs = this.containers.get('cellXfs')!;
    return style < xfs.items.length ? xfs.items[style] : xfs.added[style - xfs.items.length];
  }

  /** A style index that names an existing cell style (a cell with such a style counts as used). */
  exists(style: number): boolean {
    return this.xf(style) !== undefined;
  }

  /** The number format code of a style ("General" when none). */
  numberFormat(style: number): string {
    let code = this.formatOf.get(style);
    if (code === undefined) {
      const xf = this.xf(style);
      const id = xf ? Number(attribute(xf.slice(0, xf.indexOf('>') + 1), 'numFmtId') ?? 0) : 0;
      code = id ? (this.formats.get(id) ?? BUILTIN_NUMBER_FORMATS[id] ?? 'General') : 'General';
      this.formatOf.set(style, code);
    }
    return code;
  }

  /** The fill of a style (undefined: none given). */
  fill(style: number): FillModel | undefined {
    if (this.fillOf.has(style)) return this.fillOf.get(style);
    const xf = this.xf(style);
    if (!xf) return undefined;
    const id = attribute(xf.slice(0, xf.indexOf('>') + 1), 'fillId');
    const fill = id === undefined ? undefined : this.fills[Number(id)];
    // Not memoised while the fill it names is yet to be appended (a later append gives it meaning).
    if (id === undefined || fill !== undefined) this.fillOf.set(style, fill);
    return fill;
  }

  /** The style `style` with another number format. */
  withNumberFormat(style: number, code: string): number {
    const id = code === 'General' ? 0 : this.formatId(code);
    return this.variant(style, { numFmtId: String(id), applyNumberFormat: '1' });
  }

  /** The style `style` with a solid fill of "#RRGGBB", or without a fill (null). */
  withFill(style: number, color: string | null): number {
    if (color === null) return this.variant(style, { fillId: '0', applyFill: '1' });
    const argb = `FF${color.replace(/^#/, '').toUpperCase()}`;
    const fill = `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;
    return this.variant(style, {
      fillId: String(this.itemIndex('fills', fill, DEFAULT_FILLS)),
      applyFill: '1',
    });
  }

  /** True when styles were added (the part must be written). */
  changed(): boolean {
    return [...this.containers.values()].some((c) => c.added.length > 0);
  }

  /** The part with the added items appended to their containers. */
  render(): string {
    let xml = this.xml;
    for (const container of this.containers.values()) {
      if (container.added.length === 0) continue;
      xml = this.appendTo(xml, container);
    }
    return xml;
  }

  private formatId(code: string): number {
    const builtin = builtinFormatId(code);
    if (builtin !== undefined) return builtin;
    for (const [id, existing] of this.formats)
      if (existing === code && id >= FIRST_CUSTOM_FORMAT_ID) return id;
    const id = Math.max(FIRST_CUSTOM_FORMAT_ID - 1, ...this.formats.keys()) + 1;
    this.formats.set(id, code);
    const numFmts = this.containers.get('numFmts')!;
    numFmts.added.push(
      prefixed(`<numFmt numFmtId="${id}" formatCode="${encodeXmlAttribute(code)}"/>`, numFmts.prefix),
    );
    return id;
  }

  /** A copy of the style's <xf> with attributes changed; an identical existing one is reused. */
  private variant(style: number, changes: Record<string, string>): number {
    let key = String(style);
    for (const name in changes) key += `|${name}=${changes[name]}`;
    let variant = this.variants.get(key);
    if (variant === undefined) {
      variant = this.makeVariant(style, changes);
      this.variants.set(key, variant);
    }
    return variant;
  }

  private makeVariant(style: number, changes: Record<string, string>): number {
    const existing = this.xf(style);
    // The first change is the one asked for (numFmtId, fillId): a style that already has it stays.
    const [[primary, wanted]] = Object.entries(changes);
    if (
      existing !== undefined &&
      (attribute(existing.slice(0, existing.indexOf('>') + 1), primary) ?? '0') === wanted
    ) {
      return style;
    }
    const base = existing ?? this.xf(0) ?? DEFAULT_XF;
    const openEnd = base.indexOf('>') + 1;
    let openTag = base.slice(0, openEnd);
    for (const [name, value] of Object.entries(changes)) openTag = withAttribute(openTag, name, value);
    const xf = openTag + base.slice(openEnd);
    if (this.containers.get('fonts')!.items.length === 0) this.itemIndex('fonts', DEFAULT_FONT, []);
    if (this.containers.get('fills')!.items.length === 0)
      this.itemIndex('fills', DEFAULT_FILLS[0], DEFAULT_FILLS);
    if (this.containers.get('borders')!.items.length === 0) this.itemIndex('borders', '<border/>', []);
    if (this.containers.get('cellStyleXfs')!.items.length === 0)
      this.itemIndex('cellStyleXfs', '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>', []);
    return this.itemIndex('cellXfs', xf, [DEFAULT_XF]);
  }

  /** Index of an identical item of a container, appending it when absent (with `defaults` first in an empty container). */
  private itemIndex(name: string, unprefixedItem: string, defaults: string[]): number {
    const container = this.containers.get(name)!;
    const item = prefixed(unprefixedItem, container.prefix);
    if (container.items.length + container.added.length === 0 && defaults.length > 0) {
      for (const value of defaults) this.append(container, prefixed(value, container.prefix));
    }
    let index = this.indexes.get(name);
    if (!index) {
      index = new Map();
      [...container.items, ...container.added].forEach((value, i) => {
        if (!index!.has(value)) index!.set(value, i);
      });
      this.indexes.set(name, index);
    }
    return index.get(item) ?? this.append(container, item);
  }

  private append(container: Container, item: string): number {
    const position = container.items.length + container.added.length;
    container.added.push(item);
    if (container.name === 'fills') this.fills.push(parseFill(item));
    const index = this.indexes.get(container.name);
    if (index && !index.has(item)) index.set(item, position);
    return position;
  }

  private appendTo(xml: string, container: Container): string {
    const element = findElement(xml, container.name);
    const total = container.items.length + container.added.length;
    if (element && !element.selfClosing) {
      const added = container.added;
      const openTag = withAttribute(element.openTag, 'count', String(total));
      const closeAt = element.end - element.tag.length - 3;
      return (
        xml.slice(0, element.start) +
        openTag +
        xml.slice(element.contentStart, closeAt) +
        added.join('') +
        xml.slice(closeAt)
      );
    }
    const root = findElement(xml, 'styleSheet')!;
    const prefix = container.prefix;
    const body = `<${prefix}${container.name} count="${total}">${container.added.join('')}</${prefix}${container.name}>`;
    if (element) return xml.slice(0, element.start) + body + xml.slice(element.end);
    // Insert after the last container that comes before it in schema order, else first.
    const before = CONTAINER_ORDER.slice(0, CONTAINER_ORDER.indexOf(container.name)).reverse();
    for (const name of before) {
      const previous = findElement(xml, name);
      if (previous) return xml.slice(0, previous.end) + body + xml.slice(previous.end);
    }
    if (root.selfClosing) {
      const open = root.openTag.replace(/\s*\/>$/, '>');
      return xml.slice(0, root.start) + open + body + `</${root.tag}>` + xml.slice(root.end);
    }
    return xml.slice(0, root.contentStart) + body + xml.slice(root.contentStart);
  }
}

/** An item written by the scorer, with the container's namespace prefix on every unprefixed element. */
function prefixed(item: string, prefix: string): string {
  return prefix ? item.replace(/<(\/?)(\w+)(?=[\s/>])/g, `<$1${prefix}$2`) : item;
}

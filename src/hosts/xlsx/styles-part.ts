/**
 * xl/styles.xml: what a cell's style index means (number format, fill) and new cell styles for what
 * the scorer writes. New styles are appended — a copy of the cell's own style (<xf>) with only the
 * number format, fill, font weight (a bold copy of its font) or wrapping (its <alignment>) changed —
 * and an identical style already in the part is reused, so scoring a scored copy again adds
 * nothing. The part's existing content is never rewritten.
 */
import { BUILTIN_NUMBER_FORMATS, builtinFormatId, FIRST_CUSTOM_FORMAT_ID } from './number-formats';
import {
  appendTo,
  CONTAINER_ORDER,
  insertFirstChild,
  parseFill,
  prefixed,
  type Container,
  type FillModel,
} from './styles-xml';
import { attribute, encodeXmlAttribute, findElement, findElements, prefixOf, withAttribute } from './xml';

export type { FillModel };

const DEFAULT_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';
const DEFAULT_FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
];
const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

export const EMPTY_STYLESHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></styleSheet>';

/** The variant of `style` kept under `key` (a format or a colour), made once by `make`. */
function kept<K>(variants: Map<K, Map<number, number>>, key: K, style: number, make: () => number): number {
  let byStyle = variants.get(key);
  if (!byStyle) {
    byStyle = new Map();
    variants.set(key, byStyle);
  }
  let variant = byStyle.get(style);
  if (variant === undefined) {
    variant = make();
    byStyle.set(style, variant);
  }
  return variant;
}

export class StylesPart {
  private xml: string;
  private readonly containers = new Map<string, Container>();
  private readonly fills: FillModel[];
  private readonly formats = new Map<number, string>();
  /** Lookups built on first use: item XML -> index per container; (style, change) -> style. */
  private readonly indexes = new Map<string, Map<string, number>>();
  private readonly variants = new Map<string, number>();
  /** withNumberFormat's answers: format code -> style -> style with that format. */
  private readonly formatVariants = new Map<string, Map<number, number>>();
  /** withFill's answers: colour (null for none) -> style -> style with that fill. */
  private readonly fillVariants = new Map<string | null, Map<number, number>>();
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
    // Asked for every cell written: the answer is kept per format and style (a style's meaning never changes).
    return kept(this.formatVariants, code, style, () => {
      const id = code === 'General' ? 0 : this.formatId(code);
      return this.variant(style, { numFmtId: String(id), applyNumberFormat: '1' });
    });
  }

  /** The style `style` with a solid fill of "#RRGGBB", or without a fill (null). */
  withFill(style: number, color: string | null): number {
    return kept(this.fillVariants, color, style, () => this.makeFillVariant(style, color));
  }

  private makeFillVariant(style: number, color: string | null): number {
    if (color === null) return this.variant(style, { fillId: '0', applyFill: '1' });
    const argb = `FF${color.replace(/^#/, '').toUpperCase()}`;
    const fill = `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;
    return this.variant(style, {
      fillId: String(this.itemIndex('fills', fill, DEFAULT_FILLS)),
      applyFill: '1',
    });
  }

  /** The style `style` in bold: its font copied with <b/> (a style already bold stays). */
  withBold(style: number): number {
    const key = `${style}|bold`;
    let variant = this.variants.get(key);
    if (variant === undefined) {
      this.ensureBaseItems();
      const fonts = this.containers.get('fonts')!;
      const xf = this.xf(style) ?? this.xf(0) ?? DEFAULT_XF;
      const fontId = Number(attribute(xf.slice(0, xf.indexOf('>') + 1), 'fontId') ?? 0);
      const font = [...fonts.items, ...fonts.added][fontId] ?? prefixed(DEFAULT_FONT, fonts.prefix);
      const open = findElement(font, 'font');
      const alreadyBold = open !== null && /<(?:[\w.-]+:)?b(?:\s*\/>|\s+val="(?:1|true)")/.test(open.content);
      variant = alreadyBold
        ? style
        : this.variant(style, {
            // <b/> is the first child of <font> in schema order.
            fontId: String(this.itemIndex('fonts', insertFirstChild(font, '<b/>'), [])),
            applyFont: '1',
          });
      this.variants.set(key, variant);
    }
    return variant;
  }

  /** The style `style` with its text wrapped: <alignment wrapText="1"/> (a wrapping style stays). */
  withWrap(style: number): number {
    const key = `${style}|wrap`;
    let variant = this.variants.get(key);
    if (variant === undefined) {
      const base = this.xf(style) ?? this.xf(0) ?? DEFAULT_XF;
      const alignment = findElement(base, 'alignment');
      if (alignment && attribute(alignment.openTag, 'wrapText') === '1') variant = style;
      else {
        this.ensureBaseItems();
        const openEnd = base.indexOf('>') + 1;
        const xf = withAttribute(base.slice(0, openEnd), 'applyAlignment', '1') + base.slice(openEnd);
        const wrapped = alignment
          ? xf.replace(alignment.openTag, withAttribute(alignment.openTag, 'wrapText', '1'))
          : insertFirstChild(xf, '<alignment wrapText="1"/>'); // first child of <xf>
        variant = this.itemIndex('cellXfs', wrapped, [DEFAULT_XF]);
      }
      this.variants.set(key, variant);
    }
    return variant;
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
      xml = appendTo(xml, container);
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
    this.ensureBaseItems();
    return this.itemIndex('cellXfs', xf, [DEFAULT_XF]);
  }

  /** A stylesheet without fonts, fills, borders or cell style xfs gets the defaults an <xf> refers to. */
  private ensureBaseItems(): void {
    const empty = (name: string) => {
      const container = this.containers.get(name)!;
      return container.items.length + container.added.length === 0;
    };
    if (empty('fonts')) this.itemIndex('fonts', DEFAULT_FONT, []);
    if (empty('fills')) this.itemIndex('fills', DEFAULT_FILLS[0], DEFAULT_FILLS);
    if (empty('borders')) this.itemIndex('borders', '<border/>', []);
    if (empty('cellStyleXfs'))
      this.itemIndex('cellStyleXfs', '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>', []);
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
}

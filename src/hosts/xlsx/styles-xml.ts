/**
 * The XML plumbing of xl/styles.xml (styles-part.ts keeps the meaning): fills and colours parsed,
 * added items placed in their container (created in schema order when missing), the stylesheet's
 * namespace prefix put on what the scorer adds, a child put first in an element.
 */
import type { ExcelColor } from './colors';
import { attribute, findElement, withAttribute } from './xml';

/** A fill as the styles part describes it (the shape the snapshot's fill rules read). */
export interface FillModel {
  type: 'pattern' | 'gradient';
  pattern?: string;
  fgColor?: ExcelColor;
}

/** Schema order of <styleSheet>'s children (a missing container is inserted in its place). */
export const CONTAINER_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'];

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

export function parseFill(xml: string): FillModel {
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
export interface Container {
  name: string;
  items: string[];
  /** Added items, already carrying the container's namespace prefix. */
  added: string[];
  /** The namespace prefix of the stylesheet's elements ("x:"), or "". */
  prefix: string;
}

/** The part with a container's added items appended (the container created when missing). */
export function appendTo(xml: string, container: Container): string {
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

/** `child` as the first child of the element `xml` (a self-closing element gets a body). */
export function insertFirstChild(xml: string, child: string): string {
  const openEnd = xml.indexOf('>') + 1;
  const open = xml.slice(0, openEnd);
  if (!open.endsWith('/>')) return open + child + xml.slice(openEnd);
  const name = /^<([\w.:-]+)/.exec(open)![1];
  return `${open.slice(0, -2).trimEnd()}>${child}</${name}>` + xml.slice(openEnd);
}

/** An item written by the scorer, with the container's namespace prefix on every unprefixed element. */
export function prefixed(item: string, prefix: string): string {
  return prefix ? item.replace(/<(\/?)(\w+)(?=[\s/>])/g, `<$1${prefix}$2`) : item;
}

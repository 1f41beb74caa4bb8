/**
 * Formats, fills and merges of a whole range in ONE call: `Range.Value(11)` (xlRangeValueXMLSpreadsheet,
 * listed in WPS's XlRangeValueDataType enumeration: "以 XML 电子表格格式返回指定的 Range 对象的值、格式、
 * 公式和名称") returns the range as an XML Spreadsheet 2003 document. This reads from it, per cell of
 * the range (row 1 / column 1 of the XML = the range's first cell): the number format and fill of
 * the cell's style (cell StyleID, else its Row's, else its Column's, else "Default"), and merged
 * areas (ss:MergeAcross / ss:MergeDown on the first cell; covered cells are skipped by ss:Index).
 * Returns null when the text is not such a document: the caller then reads by bisection (read-grid.ts).
 */
import { OPAQUE_FILL, type Area } from '../../workbook/types';

export interface XmlLayer {
  numberFormats: string[][];
  fills: (string | null)[][];
  /** 0-based, relative to the range's first cell. */
  merges: { top: number; left: number; bottom: number; right: number }[];
}

/** Excel's named formats in XML Spreadsheet -> format codes (the rest are codes already). */
const NAMED_FORMATS: Readonly<Record<string, string>> = {
  General: 'General',
  'General Number': 'General',
  Fixed: '0.00',
  Standard: '#,##0.00',
  Percent: '0.00%',
  Scientific: '0.00E+00',
  'Yes/No': '"Yes";"Yes";"No"',
  'True/False': '"True";"True";"False"',
  'On/Off': '"On";"On";"Off"',
  Currency: '"$"#,##0.00_);\\("$"#,##0.00\\)',
  'Short Date': 'm/d/yyyy',
  'Medium Date': 'd-mmm-yy',
  'Long Date': 'dddd, mmmm d, yyyy',
  'Short Time': 'h:mm',
  'Medium Time': 'h:mm AM/PM',
  'Long Time': 'h:mm:ss',
};

interface Style {
  format: string;
  fill: string | null;
}

const unescape = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCharCode(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** A tag's attribute text: quoted values may hold ">" (a formula, a conditional number format). */
const ATTRS = String.raw`((?:[^>"]|"[^"]*")*?)`;
const tagPattern = (name: string, flags = 'g') => new RegExp(`<${name}\\b${ATTRS}(\\/>|>)`, flags);

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\bss:${name}="([^"]*)"`).exec(tag);
  return m ? unescape(m[1]) : null;
}

function parseStyles(xml: string): Map<string, Style> {
  const styles = new Map<string, Style>();
  for (const m of xml.matchAll(new RegExp(`<Style\\b${ATTRS}(\\/>|>([\\s\\S]*?)<\\/Style>)`, 'g'))) {
    const id = attr(m[1], 'ID');
    if (!id) continue;
    const body = m[3] ?? '';
    const formatTag = tagPattern('NumberFormat', '').exec(body)?.[0];
    const code = formatTag ? attr(formatTag, 'Format') : null;
    const interior = tagPattern('Interior', '').exec(body)?.[0];
    const pattern = interior ? attr(interior, 'Pattern') : null;
    const color = interior ? attr(interior, 'Color') : null;
    const fill =
      !pattern || pattern === 'None'
        ? null
        : pattern !== 'Solid'
          ? OPAQUE_FILL
          : color
            ? color.toUpperCase()
            : null;
    styles.set(id, { format: code ? (NAMED_FORMATS[code] ?? code) : 'General', fill });
  }
  return styles;
}

export function parseXmlSpreadsheet(xml: unknown, rows: number, cols: number): XmlLayer | null {
  if (typeof xml !== 'string' || !/<Workbook\b/.test(xml) || !/<Table\b/.test(xml)) return null;
  const styles = parseStyles(xml);
  const base = styles.get('Default') ?? { format: 'General', fill: null };
  const styleOf = (id: string | null) => (id && styles.get(id)) || null;
  const table = /<Table\b[^>]*>([\s\S]*?)<\/Table>/.exec(xml)?.[1] ?? '';
  const columnStyles: (Style | null)[] = Array(cols).fill(null);
  let col = 0;
  for (const m of table.matchAll(tagPattern('Column'))) {
    const index = attr(m[1], 'Index');
    col = index ? Number(index) - 1 : col;
    const span = Number(attr(m[1], 'Span') ?? '0');
    for (let c = col; c <= col + span && c < cols; c++) columnStyles[c] = styleOf(attr(m[1], 'StyleID'));
    col += span + 1;
  }
  const numberFormats: string[][] = [];
  const fills: (string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    numberFormats.push(columnStyles.map((s) => (s ?? base).format));
    fills.push(columnStyles.map((s) => (s ?? base).fill));
  }
  const merges: XmlLayer['merges'] = [];
  let row = 0;
  for (const m of table.matchAll(new RegExp(`<Row\\b${ATTRS}(\\/>|>([\\s\\S]*?)<\\/Row>)`, 'g'))) {
    const index = attr(m[1], 'Index');
    row = index ? Number(index) - 1 : row;
    const rowStyle = styleOf(attr(m[1], 'StyleID'));
    if (row < rows && rowStyle)
      for (let c = 0; c < cols; c++) {
        numberFormats[row][c] = rowStyle.format;
        fills[row][c] = rowStyle.fill;
      }
    let c = 0;
    for (const cell of (m[3] ?? '').matchAll(tagPattern('Cell'))) {
      const cellIndex = attr(cell[1], 'Index');
      c = cellIndex ? Number(cellIndex) - 1 : c;
      const across = Number(attr(cell[1], 'MergeAcross') ?? '0');
      const down = Number(attr(cell[1], 'MergeDown') ?? '0');
      const style = styleOf(attr(cell[1], 'StyleID'));
      if (style && row < rows && c < cols) {
        numberFormats[row][c] = style.format;
        fills[row][c] = style.fill;
      }
      if (across > 0 || down > 0) merges.push({ top: row, left: c, bottom: row + down, right: c + across });
      c += across + 1;
    }
    row += 1;
  }
  return { numberFormats, fills, merges };
}

/** The layer's merges as snapshot areas of `sheet`, offset by the range's first cell. */
export function mergedAreas(layer: XmlLayer, sheet: string, top: number, left: number): Area[] {
  return layer.merges.map((m) => ({
    sheet,
    top: top + m.top,
    left: left + m.left,
    bottom: top + m.bottom,
    right: left + m.right,
  }));
}

/**
 * What ET's Range.Value(11) (xlRangeValueXMLSpreadsheet) returns, for the fake: an XML Spreadsheet
 * 2003 document of the range, the way Excel writes one — shared <Style>s (NumberFormat with Excel's
 * named formats such as "Percent" for 0.00%, Interior Color/Pattern), rows and cells positioned by
 * ss:Index when cells are skipped, merges as ss:MergeAcross / ss:MergeDown on their first cell,
 * covered cells left out. Values are written as Data elements (the host reads them from Value2).
 */
import { areaCols, areaRows, type CellArea } from '../excel/address';
import type { FakeCell, FakeSheet } from '../excel/model';

const NAMED: Readonly<Record<string, string>> = {
  '0.00%': 'Percent',
  '0.00': 'Fixed',
  '#,##0.00': 'Standard',
};

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function styleBody(cell: FakeCell): string {
  const parts: string[] = [];
  if (cell.fill) {
    const pattern = !cell.fillPattern || cell.fillPattern === 'Solid' ? 'Solid' : 'Gray50';
    parts.push(`<Interior ss:Color="${cell.fill}" ss:Pattern="${pattern}"/>`);
  }
  const format = cell.numberFormat;
  if (format && format !== 'General')
    parts.push(`<NumberFormat ss:Format="${escape(NAMED[format] ?? format)}"/>`);
  return parts.join('');
}

function data(cell: FakeCell): string {
  const v = cell.value;
  if (v === null) return '';
  if (typeof v === 'object') return `<Data ss:Type="Error">${escape(v.error)}</Data>`;
  if (typeof v === 'number') return `<Data ss:Type="Number">${v}</Data>`;
  if (typeof v === 'boolean') return `<Data ss:Type="Boolean">${v ? 1 : 0}</Data>`;
  return `<Data ss:Type="String">${escape(v)}</Data>`;
}

export function xmlSpreadsheet(sheet: FakeSheet, area: CellArea): string {
  const styles = new Map<string, string>();
  const styleId = (cell: FakeCell): string | null => {
    const body = styleBody(cell);
    if (!body) return null;
    if (!styles.has(body)) styles.set(body, `s${62 + styles.size}`);
    return styles.get(body)!;
  };
  const covered = (r: number, c: number) =>
    sheet.merges.some(
      (m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && !(r === m.top && c === m.left),
    );
  const rows: string[] = [];
  let lastRow = -1;
  for (let r = area.top; r <= area.bottom; r++) {
    const cells: string[] = [];
    let lastCol = -1;
    for (let c = area.left; c <= area.right; c++) {
      const cell = sheet.getCell(r, c);
      const merge = sheet.merges.find((m) => m.top === r && m.left === c);
      if (covered(r, c) || (!cell && !merge)) continue;
      const attrs: string[] = [];
      const col = c - area.left;
      if (col !== lastCol + 1) attrs.push(`ss:Index="${col + 1}"`);
      if (merge && merge.right > merge.left) attrs.push(`ss:MergeAcross="${merge.right - merge.left}"`);
      if (merge && merge.bottom > merge.top) attrs.push(`ss:MergeDown="${merge.bottom - merge.top}"`);
      const id = cell ? styleId(cell) : null;
      if (id) attrs.push(`ss:StyleID="${id}"`);
      cells.push(
        `<Cell${attrs.map((a) => ` ${a}`).join('')}>${cell?.formula ? '' : cell ? data(cell) : ''}</Cell>`,
      );
      lastCol = col + (merge ? merge.right - merge.left : 0);
    }
    if (cells.length === 0) continue;
    const row = r - area.top;
    rows.push(`<Row${row !== lastRow + 1 ? ` ss:Index="${row + 1}"` : ''}>${cells.join('')}</Row>`);
    lastRow = row;
  }
  const styleXml = [...styles].map(([body, id]) => `<Style ss:ID="${id}">${body}</Style>`).join('');
  return (
    '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>' +
    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
    `<Styles><Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Bottom"/></Style>${styleXml}</Styles>` +
    `<Worksheet ss:Name="${escape(sheet.name)}"><Table ss:ExpandedColumnCount="${areaCols(area)}" ss:ExpandedRowCount="${areaRows(area)}">` +
    `${rows.join('')}</Table></Worksheet></Workbook>`
  );
}

/**
 * The XML Spreadsheet reader (src/hosts/wps/xml-spreadsheet.ts) on a document written the way Excel
 * writes Range.Value(11): named formats, styles on rows and cells, skipped cells and rows by
 * ss:Index, merges, and ">" inside quoted attributes (a formula, a conditional number format).
 */
import { parseXmlSpreadsheet } from '../../../src/hosts/wps/xml-spreadsheet';
import { OPAQUE_FILL } from '../../../src/workbook/types';

const XML = `<?xml version="1.0"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Styles>
  <Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Center"/><NumberFormat/></Style>
  <Style ss:ID="s62"><NumberFormat ss:Format="Percent"/></Style>
  <Style ss:ID="s63"><Interior ss:Color="#FFC7CE" ss:Pattern="Solid"/><NumberFormat ss:Format="[>=1]0.0;0.00"/></Style>
  <Style ss:ID="s64"><Interior ss:Color="#FFFF00" ss:Pattern="Gray25"/></Style>
  <Style ss:ID="s65"><NumberFormat ss:Format="@"/></Style>
 </Styles>
 <Worksheet ss:Name="绩效">
  <Table ss:ExpandedColumnCount="4" ss:ExpandedRowCount="4">
   <Row><Cell ss:MergeAcross="2"><Data ss:Type="String">标题</Data></Cell><Cell ss:StyleID="s62"><Data ss:Type="Number">0.5</Data></Cell></Row>
   <Row ss:StyleID="s65"><Cell ss:Index="2" ss:Formula="=IF(RC[-1]>0,1,0)" ss:StyleID="s63"><Data ss:Type="Number">1</Data></Cell><Cell ss:StyleID="s64"/></Row>
   <Row ss:Index="4"><Cell ss:Index="4" ss:MergeDown="1"><Data ss:Type="String">x</Data></Cell></Row>
  </Table>
 </Worksheet>
</Workbook>`;

test('formats, fills and merges per cell of the range', () => {
  const layer = parseXmlSpreadsheet(XML, 4, 4);
  expect(layer).not.toBeNull();
  expect(layer!.numberFormats).toEqual([
    ['General', 'General', 'General', '0.00%'],
    // A cell's style is its whole style: s64 sets no number format, so that cell is General.
    ['@', '[>=1]0.0;0.00', 'General', '@'],
    ['General', 'General', 'General', 'General'],
    ['General', 'General', 'General', 'General'],
  ]);
  expect(layer!.fills[1]).toEqual([null, '#FFC7CE', OPAQUE_FILL, null]);
  expect(layer!.merges).toEqual([
    { top: 0, left: 0, bottom: 0, right: 2 },
    { top: 3, left: 3, bottom: 4, right: 3 },
  ]);
});

test('anything that is not an XML Spreadsheet is refused (the caller then bisects)', () => {
  expect(parseXmlSpreadsheet(undefined, 1, 1)).toBeNull();
  expect(parseXmlSpreadsheet([[1]], 1, 1)).toBeNull();
  expect(parseXmlSpreadsheet('<html></html>', 1, 1)).toBeNull();
});

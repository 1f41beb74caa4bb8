/**
 * Hand-crafted package parts for the corpus (scripts/make-corpus.js): each function takes the
 * example workbook's zip (JSZip) and adds one kind of content the way the format allows it, with
 * relationship targets relative ("../media/image1.png") or absolute ("/xl/comments1.xml").
 */
'use strict';

const { deflateSync, crc32 } = require('zlib');

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_R = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const SHEET = 'xl/worksheets/sheet1.xml';
const CT = {
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  externalLink: 'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml',
  pivotTable: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml',
  pivotCache: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml',
  pivotRecords: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml',
  macroWorkbook: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
};

async function text(zip, name) {
  const file = zip.file(name);
  return file ? file.async('string') : null;
}

/** Adds a relationship to a part's .rels (created when missing); returns its id. */
async function addRel(zip, source, type, target, external = false) {
  const slash = source.lastIndexOf('/');
  const relsPath = `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
  let xml = (await text(zip, relsPath)) ?? `${XML}<Relationships xmlns="${PKG_R}"></Relationships>`;
  let n = 1;
  while (xml.includes(`Id="rIdH${n}"`)) n++;
  const id = `rIdH${n}`;
  const mode = external ? ' TargetMode="External"' : '';
  xml = xml.replace(
    '</Relationships>',
    `<Relationship Id="${id}" Type="${type}" Target="${target}"${mode}/></Relationships>`,
  );
  zip.file(relsPath, xml);
  return id;
}

async function addOverride(zip, part, contentType) {
  const xml = await text(zip, '[Content_Types].xml');
  zip.file(
    '[Content_Types].xml',
    xml.replace('</Types>', `<Override PartName="/${part}" ContentType="${contentType}"/></Types>`),
  );
}

async function addDefault(zip, extension, contentType) {
  const xml = await text(zip, '[Content_Types].xml');
  if (xml.includes(`Extension="${extension}"`)) return;
  zip.file(
    '[Content_Types].xml',
    xml.replace('<Default ', `<Default Extension="${extension}" ContentType="${contentType}"/><Default `),
  );
}

/** Inserts an element into a sheet's XML before the first of `before` that exists (else before </worksheet>). */
async function insertInSheet(zip, sheet, element, before) {
  let xml = await text(zip, sheet);
  for (const tag of before) {
    const at = xml.indexOf(`<${tag}`);
    if (at >= 0) {
      zip.file(sheet, xml.slice(0, at) + element + xml.slice(at));
      return;
    }
  }
  xml = xml.replace('</worksheet>', `${element}</worksheet>`);
  zip.file(sheet, xml);
}

/** Adds a worksheet after the last one; returns its part name. */
async function addSheet(zip, name, sheetXml) {
  let n = 1;
  while (zip.file(`xl/worksheets/sheet${n}.xml`)) n++;
  const part = `xl/worksheets/sheet${n}.xml`;
  zip.file(part, `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${R}">${sheetXml}</worksheet>`);
  const id = await addRel(zip, 'xl/workbook.xml', `${R}/worksheet`, `worksheets/sheet${n}.xml`);
  await addOverride(zip, part, CT.worksheet);
  const workbook = await text(zip, 'xl/workbook.xml');
  const ids = [...workbook.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  zip.file(
    'xl/workbook.xml',
    workbook.replace(
      '</sheets>',
      `<sheet name="${name}" sheetId="${Math.max(...ids) + 1}" r:id="${id}"/></sheets>`,
    ),
  );
  return part;
}

const row = (r, cells) =>
  `<row r="${r}">${cells
    .map(([ref, v]) =>
      typeof v === 'number'
        ? `<c r="${ref}"><v>${v}</v></c>`
        : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`,
    )
    .join('')}</row>`;

const DATA_ROWS = [
  ['类别', '金额'],
  ['产出', 1],
  ['产出', 2],
  ['效益', 3],
];
const dataSheet = () =>
  `<sheetData>${DATA_ROWS.map((cells, i) =>
    row(
      i + 1,
      cells.map((v, c) => [`${'AB'[c]}${i + 1}`, v]),
    ),
  ).join('')}</sheetData>`;

/** A cell comment on E13 with its legacy VML shape; targets absolute, as openpyxl writes them. */
async function comments(zip) {
  zip.file(
    'xl/comments1.xml',
    `${XML}<comments xmlns="${MAIN}"><authors><author>科长</author></authors><commentList><comment ref="E13" authorId="0"><text><r><t>完成率过高，请核实</t></r></text></comment></commentList></comments>`,
  );
  zip.file(
    'xl/drawings/vmlDrawing1.vml',
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>5, 15, 12, 2, 7, 15, 16, 6</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>12</x:Row><x:Column>4</x:Column></x:ClientData></v:shape></xml>',
  );
  await addRel(zip, SHEET, `${R}/comments`, '/xl/comments1.xml');
  const vml = await addRel(zip, SHEET, `${R}/vmlDrawing`, '/xl/drawings/vmlDrawing1.vml');
  await addOverride(zip, 'xl/comments1.xml', CT.comments);
  await addDefault(zip, 'vml', 'application/vnd.openxmlformats-officedocument.vmlDrawing');
  await insertInSheet(zip, SHEET, `<legacyDrawing r:id="${vml}"/>`, [
    'legacyDrawingHF',
    'picture',
    'oleObjects',
    'tableParts',
    'extLst',
  ]);
}

const anchor = (from, to, body) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>${from[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${to[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;
const DRAWING_NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A drawing on the scored sheet holding `anchors`; `rels` adds the drawing's own relationships. */
async function drawing(zip, anchors, absolute) {
  const part = 'xl/drawings/drawing1.xml';
  zip.file(part, `${XML}<xdr:wsDr ${DRAWING_NS}>${anchors}</xdr:wsDr>`);
  const id = await addRel(zip, SHEET, `${R}/drawing`, absolute ? `/${part}` : '../drawings/drawing1.xml');
  await addOverride(zip, part, CT.drawing);
  await insertInSheet(zip, SHEET, `<drawing r:id="${id}"/>`, [
    'legacyDrawing',
    'legacyDrawingHF',
    'picture',
    'oleObjects',
    'tableParts',
    'extLst',
  ]);
  return part;
}

/** A bar chart of the weights (G3:G8) beside the table; every target absolute. */
async function chart(zip) {
  const part = 'xl/charts/chart1.xml';
  zip.file(
    part,
    `${XML}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'绩效指标'!$G$3:$G$8</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`,
  );
  await addOverride(zip, part, CT.chart);
  const frame = `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdH1"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
  const drawingPart = await drawing(zip, anchor([13, 2], [20, 16], frame), true);
  await addRel(zip, drawingPart, `${R}/chart`, `/${part}`);
}

/** A tiny PNG (solid colour), built without an image library. */
function png(width, height, rgb) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) raw.set(rgb, y * (width * 3 + 1) + 1 + x * 3);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A picture (the bureau's seal, say) beside the table; targets relative. */
async function image(zip) {
  zip.file('xl/media/image1.png', png(32, 32, [200, 30, 30]));
  await addDefault(zip, 'png', 'image/png');
  const pic = `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="图片 1"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rIdH1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`;
  const drawingPart = await drawing(zip, anchor([13, 2], [15, 6], pic), false);
  await addRel(zip, drawingPart, `${R}/image`, '../media/image1.png');
}

/** Data validation and a data-bar conditional format on the scored sheet, and an Excel table on a new sheet. */
async function tableValidationFormat(zip) {
  await insertInSheet(
    zip,
    SHEET,
    '<conditionalFormatting sqref="F3:F26"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar></cfRule></conditionalFormatting>' +
      '<dataValidations count="1"><dataValidation type="decimal" operator="between" allowBlank="1" showErrorMessage="1" sqref="G3:G26"><formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>',
    ['hyperlinks', 'printOptions', 'pageMargins', 'pageSetup'],
  );
  const sheet = await addSheet(zip, '附表', `<dimension ref="A1:B4"/>${dataSheet()}`);
  zip.file(
    'xl/tables/table1.xml',
    `${XML}<table xmlns="${MAIN}" id="1" name="表1" displayName="表1" ref="A1:B4" totalsRowShown="0"><autoFilter ref="A1:B4"/><tableColumns count="2"><tableColumn id="1" name="类别"/><tableColumn id="2" name="金额"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
  );
  const id = await addRel(zip, sheet, `${R}/table`, '../tables/table1.xml');
  await addOverride(zip, 'xl/tables/table1.xml', CT.table);
  await insertInSheet(zip, sheet, `<tableParts count="1"><tablePart r:id="${id}"/></tableParts>`, ['extLst']);
}

/** A link to another workbook (budget-2023.xlsx), used by a formula on a new sheet. */
async function externalLink(zip) {
  zip.file(
    'xl/externalLinks/externalLink1.xml',
    `${XML}<externalLink xmlns="${MAIN}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>13752.09</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
  );
  zip.file(
    'xl/externalLinks/_rels/externalLink1.xml.rels',
    `${XML}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${R}/externalLinkPath" Target="budget-2023.xlsx" TargetMode="External"/></Relationships>`,
  );
  await addOverride(zip, 'xl/externalLinks/externalLink1.xml', CT.externalLink);
  const id = await addRel(zip, 'xl/workbook.xml', `${R}/externalLink`, 'externalLinks/externalLink1.xml');
  const workbook = await text(zip, 'xl/workbook.xml');
  zip.file(
    'xl/workbook.xml',
    workbook.replace(
      '</sheets>',
      `</sheets><externalReferences><externalReference r:id="${id}"/></externalReferences>`,
    ),
  );
  await addSheet(
    zip,
    '预算来源',
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>年度预算（外部）</t></is></c><c r="B1"><f>[1]Sheet1!$A$1</f><v>13752.09</v></c></row></sheetData>',
  );
}

/** A pivot table (sum of 金额 by 类别) over a data sheet, with its cache and records. */
async function pivot(zip) {
  await addSheet(zip, '数据', `<dimension ref="A1:B4"/>${dataSheet()}`);
  const pivotSheet = await addSheet(
    zip,
    '透视',
    `<dimension ref="A3:B6"/><sheetData>${row(3, [
      ['A3', '行标签'],
      ['B3', '求和项:金额'],
    ])}${row(4, [
      ['A4', '产出'],
      ['B4', 3],
    ])}${row(5, [
      ['A5', '效益'],
      ['B5', 3],
    ])}${row(6, [
      ['A6', '总计'],
      ['B6', 6],
    ])}</sheetData>`,
  );
  zip.file(
    'xl/pivotCache/pivotCacheDefinition1.xml',
    `${XML}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="1" recordCount="3"><cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="数据"/></cacheSource><cacheFields count="2"><cacheField name="类别" numFmtId="0"><sharedItems count="2"><s v="产出"/><s v="效益"/></sharedItems></cacheField><cacheField name="金额" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="3"/></cacheField></cacheFields></pivotCacheDefinition>`,
  );
  zip.file(
    'xl/pivotCache/pivotCacheRecords1.xml',
    `${XML}<pivotCacheRecords xmlns="${MAIN}" count="3"><r><x v="0"/><n v="1"/></r><r><x v="0"/><n v="2"/></r><r><x v="1"/><n v="3"/></r></pivotCacheRecords>`,
  );
  zip.file(
    'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels',
    `${XML}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${R}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`,
  );
  zip.file(
    'xl/pivotTables/pivotTable1.xml',
    `${XML}<pivotTableDefinition xmlns="${MAIN}" name="透视表1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="值" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" useAutoFormatting="1" itemPrintTitles="1" indent="0" outline="1" outlineData="1"><location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="求和项:金额" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`,
  );
  zip.file(
    'xl/pivotTables/_rels/pivotTable1.xml.rels',
    `${XML}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${R}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
  );
  await addOverride(zip, 'xl/pivotCache/pivotCacheDefinition1.xml', CT.pivotCache);
  await addOverride(zip, 'xl/pivotCache/pivotCacheRecords1.xml', CT.pivotRecords);
  await addOverride(zip, 'xl/pivotTables/pivotTable1.xml', CT.pivotTable);
  await addRel(zip, pivotSheet, `${R}/pivotTable`, '../pivotTables/pivotTable1.xml');
  const id = await addRel(
    zip,
    'xl/workbook.xml',
    `${R}/pivotCacheDefinition`,
    'pivotCache/pivotCacheDefinition1.xml',
  );
  const workbook = await text(zip, 'xl/workbook.xml');
  zip.file(
    'xl/workbook.xml',
    workbook.replace(
      '</workbook>',
      `<pivotCaches><pivotCache cacheId="1" r:id="${id}"/></pivotCaches></workbook>`,
    ),
  );
}

/**
 * A compound file (the container of a VBA project) holding a VBA storage and a PROJECT stream. It
 * is structurally valid but not a real, runnable VBA project (no tool here can compile one): the
 * corpus checks that the part travels byte for byte and that the package stays macro-enabled.
 */
function vbaContainer() {
  const SECTOR = 512;
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const project = Buffer.alloc(4096, 0x20);
  project.write('ID="{00000000-0000-0000-0000-000000000000}"\r\nName="PerfScoreCorpus"\r\n');
  const header = Buffer.alloc(SECTOR);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(END, 60); // no mini FAT
  header.writeUInt32LE(END, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREE, 76 + i * 4);
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: FAT
  fat.writeUInt32LE(END, 4); // sector 1: directory
  for (let s = 2; s < 10; s++) fat.writeUInt32LE(s === 9 ? END : s + 1, s * 4); // sectors 2-9: PROJECT
  const entry = (name, type, child, right, start, size) => {
    const e = Buffer.alloc(128);
    if (name) {
      e.write(name, 0, 'utf16le');
      e.writeUInt16LE((name.length + 1) * 2, 64);
    }
    e.writeUInt8(type, 66);
    e.writeUInt8(1, 67); // black
    e.writeUInt32LE(FREE, 68); // left
    e.writeUInt32LE(right, 72);
    e.writeUInt32LE(child, 76);
    e.writeUInt32LE(start, 116);
    e.writeUInt32LE(size, 120);
    return e;
  };
  const directory = Buffer.concat([
    entry('Root Entry', 5, 1, FREE, END, 0),
    entry('VBA', 1, FREE, 2, 0, 0),
    entry('PROJECT', 2, FREE, FREE, 2, project.length),
    entry('', 0, FREE, FREE, 0, 0),
  ]);
  return Buffer.concat([header, fat, directory, project]);
}

/** Makes the package macro-enabled: a VBA project part and the .xlsm workbook content type. */
async function macros(zip) {
  zip.file('xl/vbaProject.bin', vbaContainer());
  await addDefault(zip, 'bin', 'application/vnd.ms-office.vbaProject');
  const types = await text(zip, '[Content_Types].xml');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      CT.macroWorkbook,
    ),
  );
  await addRel(
    zip,
    'xl/workbook.xml',
    'http://schemas.microsoft.com/office/2006/relationships/vbaProject',
    'vbaProject.bin',
  );
}

module.exports = { comments, chart, image, tableValidationFormat, externalLink, pivot, macros, png };

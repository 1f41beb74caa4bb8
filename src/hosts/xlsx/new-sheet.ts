/**
 * The XML of a sheet the scorer owns, around its rows: a new sheet, or a fresh copy of the scorer's
 * old one (no stale cell, style or width survives). What the officer set on the sheet
 * itself is carried over: its protection and tab colour (visibility lives in the workbook part,
 * which keeps the sheet's entry).
 */
import type { PageSetupWrite } from '../../workbook/types';
import { findElement } from './xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** An element of another sheet's XML with its namespace prefix dropped (the new part uses the default namespace). */
function unprefixed(element: string): string {
  return element.replace(/<(\/?)[\w.-]+:/g, '<$1');
}

/** Excel's column width in characters, as stored. */
function colsXml(widths: number[] | undefined): string {
  const cols = (widths ?? [])
    .map((width, c) =>
      width > 0 ? `<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>` : '',
    )
    .join('');
  return cols ? `<cols>${cols}</cols>` : '';
}

/** <pageSetup>'s codes: paperSize 9 is A4 (ECMA-376 §18.3.1.63). */
const PAPER_SIZES: Record<PageSetupWrite['paper'], number> = { A4: 9 };

function pageSetupXml(page: PageSetupWrite | undefined): string {
  return page ? `<pageSetup paperSize="${PAPER_SIZES[page.paper]}" orientation="${page.orientation}"/>` : '';
}

export function freshSheetXml(
  columnWidths: number[] | undefined,
  oldXml: string | undefined,
  dimension: string,
  rows: string,
  pageSetup?: PageSetupWrite,
): string {
  const tabColor = oldXml ? findElement(findElement(oldXml, 'sheetPr')?.content ?? '', 'tabColor') : null;
  const protection = oldXml ? findElement(oldXml, 'sheetProtection') : null;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
    (tabColor ? `<sheetPr>${unprefixed(tabColor.openTag)}</sheetPr>` : '') +
    `<dimension ref="${dimension}"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(columnWidths) +
    `<sheetData>${rows}</sheetData>` +
    (protection ? unprefixed(oldXml!.slice(protection.start, protection.end)) : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    pageSetupXml(pageSetup) +
    '</worksheet>'
  );
}

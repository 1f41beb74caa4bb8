/**
 * Unzipping an .xlsx with Node's native zlib, to hand exceljs a package it need not inflate (through
 * the package host's own zip reader and writer, src/hosts/xlsx/zip-*.ts).
 *
 * exceljs reads through JSZip, whose pure-JavaScript inflate is most of the cost of opening a
 * workbook. Here the parts are inflated natively and re-packed uncompressed ("stored"), which JSZip
 * then only slices. Anything unusual (zip64, encryption, a damaged directory) returns null and the
 * caller gives exceljs the original bytes, so this can only ever make reading faster, never fail it.
 */
import { listZip, partData } from '../../../src/hosts/xlsx/zip-reader';
import { zipEntries } from '../../../src/hosts/xlsx/zip-writer';

/** Every file entry of the zip, inflated; null when the zip is not one the package reader walks. */
export function unzipEntries(zip: Buffer): { name: string; data: Buffer; crc: number }[] | null {
  const parts = listZip(zip);
  if (!parts) return null;
  try {
    return parts.map((part) => ({ name: part.name, data: partData(part), crc: part.stored!.crc }));
  } catch {
    return null; // a damaged entry: exceljs reads the original bytes
  }
}

/** A package as the reader prepares it for exceljs. */
export interface StoredPackage {
  /** Every part stored uncompressed; null when unzipEntries gave up (exceljs reads the original). */
  bytes: Buffer | null;
  /** Names of its parts (empty when unknown). */
  partNames: string[];
  /** xl/styles.xml sets its own indexed-colour palette (exceljs does not read it). */
  customPalette: boolean;
}

export function storedCopy(zip: Buffer): StoredPackage {
  const entries = unzipEntries(zip);
  if (!entries) return { bytes: null, partNames: [], customPalette: false };
  const styles = entries.find((e) => e.name === 'xl/styles.xml');
  return {
    bytes: zipEntries(entries, { store: true }),
    partNames: entries.map((e) => e.name),
    customPalette: styles ? /<(?:\w+:)?indexedColors\b/.test(styles.data.toString('utf8')) : false,
  };
}

/**
 * Parts of a package that exceljs does not carry over when it writes the workbook again, by what
 * an officer calls them. The output is still a valid workbook; these features are just not in it.
 */
const PARTS_EXCELJS_DROPS: [RegExp, string][] = [
  [/^xl\/charts\/chart/, '图表 (charts)'],
  [/^xl\/chartsheets\//, '图表工作表 (chart sheets)'],
  [/^xl\/pivotTables\//, '数据透视表 (pivot tables)'],
  [/^xl\/externalLinks\//, '外部链接 (external links)'],
  [/^xl\/vbaProject\.bin$/, '宏 (macros)'],
  [/^xl\/slicers?\//, '切片器 (slicers)'],
  [/^xl\/timelines\//, '日程表 (timelines)'],
];

export function featuresLostOnSave(partNames: string[]): string[] {
  return PARTS_EXCELJS_DROPS.filter(([pattern]) => partNames.some((name) => pattern.test(name))).map(
    ([, label]) => label,
  );
}

/**
 * Unzipping an .xlsx with Node's native zlib, to hand exceljs a package it need not inflate.
 *
 * exceljs reads through JSZip, whose pure-JavaScript inflate is most of the cost of opening a
 * workbook. Here the parts are inflated natively and re-packed uncompressed ("stored"), which JSZip
 * then only slices. Anything unusual (zip64, encryption, a damaged directory) returns null and the
 * caller gives exceljs the original bytes, so this can only ever make reading faster, never fail it.
 */
import { inflateRawSync } from 'zlib';
import { zipEntries, type ZipEntry } from './zip-writer';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}

/** Every file entry of the zip, inflated; null when the zip is not one this reader handles. */
export function unzipEntries(zip: Buffer): (ZipEntry & { crc: number })[] | null {
  try {
    const end = findEndOfCentralDirectory(zip);
    if (end < 0) return null;
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    if (count === 0xffff || at === 0xffffffff) return null; // zip64
    const entries: (ZipEntry & { crc: number })[] = [];
    for (let i = 0; i < count; i++) {
      if (zip.readUInt32LE(at) !== CENTRAL_HEADER) return null;
      const flags = zip.readUInt16LE(at + 8);
      const method = zip.readUInt16LE(at + 10);
      const crc = zip.readUInt32LE(at + 16);
      const compressedSize = zip.readUInt32LE(at + 20);
      const size = zip.readUInt32LE(at + 24);
      const nameLength = zip.readUInt16LE(at + 28);
      const extraLength = zip.readUInt16LE(at + 30);
      const commentLength = zip.readUInt16LE(at + 32);
      const localOffset = zip.readUInt32LE(at + 42);
      const name = zip.toString(flags & (1 << 11) ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
      at += 46 + nameLength + extraLength + commentLength;
      if (flags & 1) return null; // encrypted
      if (name.endsWith('/')) continue; // folder entry
      if (zip.readUInt32LE(localOffset) !== LOCAL_HEADER) return null;
      const dataStart =
        localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
      const raw = zip.subarray(dataStart, dataStart + compressedSize);
      let data: Buffer;
      if (method === 0) data = raw;
      else if (method === 8) data = inflateRawSync(raw);
      else return null;
      if (data.length !== size) return null;
      entries.push({ name, data, crc });
    }
    return entries;
  } catch {
    return null;
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

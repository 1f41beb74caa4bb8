/**
 * A minimal .zip writer on Node's native zlib, for the package parts exceljs renders.
 *
 * Why: exceljs zips through JSZip, whose pure-JavaScript deflate is most of the cost of saving a
 * workbook; batch scoring saves hundreds of files. Native deflate is several times faster. The
 * format written is the plain one every reader accepts: deflated entries, sizes and CRC in the
 * local headers (no data descriptors), UTF-8 names, no zip64 (an .xlsx part over 4 GB is not a
 * performance self-evaluation). Entry times are a fixed date so identical content gives
 * identical bytes.
 */
import { crc32, deflateRawSync } from 'zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** The CRC-32 of data when already known (copied from another zip); computed otherwise. */
  crc?: number;
}

/** 2024-01-01 00:00 in MS-DOS date/time fields. */
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;
const DEFLATE = 8;
const STORE = 0;

/** A zip of the entries: deflated, or with `store` uncompressed (for a reader to slice, not inflate). */
export function zipEntries(entries: ZipEntry[], options: { store?: boolean } = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = options.store ? entry.data : deflateRawSync(entry.data);
    // Tiny parts can grow when deflated; store those as they are.
    const [method, body] = deflated.length < entry.data.length ? [DEFLATE, deflated] : [STORE, entry.data];
    const crc = entry.crc ?? crc32(entry.data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // extra field length
    parts.push(local, name, body);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // version made by
    header.writeUInt16LE(20, 6); // version needed
    header.writeUInt16LE(UTF8_NAMES, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(entry.data.length, 24);
    header.writeUInt16LE(name.length, 28);
    // extra, comment, disk number, internal attributes, external attributes: all 0
    header.writeUInt32LE(offset, 42);
    central.push(header, name);

    offset += local.length + name.length + body.length;
  }
  const centralSize = central.reduce((size, part) => size + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

/**
 * A minimal .zip writer on Node's native zlib.
 *
 * An entry is either new content (deflated here) or an entry of the input copied as it was stored
 * (compressed bytes, method and CRC unchanged: the copy of an untouched part is byte-identical and
 * costs no inflate or deflate). The format written is the plain one every reader accepts: sizes and
 * CRC in the local headers (no data descriptors), UTF-8 names, no zip64 (an .xlsx part over 4 GB is
 * not a performance self-evaluation). Entry times are a fixed date so identical content gives
 * identical bytes.
 */
import { crc32, deflateRawSync } from 'zlib';
import type { StoredBody } from './zip-reader';

export type ZipEntry =
  | {
      name: string;
      data: Buffer;
      /** The CRC-32 of data when already known; computed otherwise. */
      crc?: number;
    }
  | { name: string; stored: StoredBody };

/** 2024-01-01 00:00 in MS-DOS date/time fields. */
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;
const DEFLATE = 8;
const STORE = 0;

function storedBody(entry: ZipEntry, store: boolean): StoredBody {
  if ('stored' in entry) return entry.stored;
  const { data } = entry;
  const crc = entry.crc ?? crc32(data);
  // Level 1: most of zlib's speed for a few percent more bytes on the few parts the scorer writes.
  const deflated = store ? data : deflateRawSync(data, { level: 1 });
  // Tiny parts can grow when deflated; store those as they are.
  return deflated.length < data.length
    ? { method: DEFLATE, body: deflated, crc, size: data.length }
    : { method: STORE, body: data, crc, size: data.length };
}

/** A zip of the entries: deflated, or with `store` uncompressed (new content only). */
export function zipEntries(entries: ZipEntry[], options: { store?: boolean } = {}): Buffer {
  return Buffer.concat(zipChunks(entries, options));
}

/**
 * The same zip as consecutive pieces, never joined: a copy of a large workbook is written from the
 * input's stored bodies as they are, instead of being held a second time as one buffer.
 */
export function zipChunks(entries: ZipEntry[], options: { store?: boolean } = {}): Buffer[] {
  const names = entries.map((entry) => Buffer.from(entry.name, 'utf8'));
  const bodies = entries.map((entry) => storedBody(entry, options.store === true));
  // Every header in two buffers (local headers, then the central directory and its end record),
  // handed out as views: one allocation each instead of two per entry.
  const localSize = names.reduce((size, name) => size + 30 + name.length, 0);
  const centralSize = names.reduce((size, name) => size + 46 + name.length, 0);
  const locals = Buffer.alloc(localSize);
  const central = Buffer.alloc(centralSize + 22);
  const parts: Buffer[] = [];
  let offset = 0;
  let localAt = 0;
  let centralAt = 0;
  entries.forEach((_, i) => {
    const name = names[i];
    const { method, body, crc, size } = bodies[i];

    const local = locals.subarray(localAt, localAt + 30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // extra field length
    name.copy(local, 30);
    localAt += local.length;
    parts.push(local, body);

    const header = central.subarray(centralAt, centralAt + 46 + name.length);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // version made by
    header.writeUInt16LE(20, 6); // version needed
    header.writeUInt16LE(UTF8_NAMES, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    // extra, comment, disk number, internal attributes, external attributes: all 0
    header.writeUInt32LE(offset, 42);
    name.copy(header, 46);
    centralAt += header.length;

    offset += local.length + body.length;
  });
  const end = central.subarray(centralSize);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return [...parts, central];
}

/**
 * Reading the entries of an .xlsx/.xlsm zip without inflating them.
 *
 * The scored copy is made by editing a few parts and copying every other entry byte for byte, so an
 * entry keeps its compressed bytes, method and CRC exactly as stored, and is inflated (natively)
 * only when the scorer reads it. Zips this reader does not walk itself (zip64, encrypted, damaged
 * local headers) are read through JSZip instead: their entries then carry only their content and
 * are compressed again on output, which is slower but never refuses a package a reader accepts.
 */
import { constants, inflateRawSync } from 'zlib';

/** An entry as stored in the zip: what a byte-for-byte copy needs. */
export interface StoredBody {
  /** 0 stored, 8 deflated. */
  method: number;
  body: Buffer;
  crc: number;
  size: number;
}

export interface ZipPart {
  name: string;
  /** The stored bytes, when known (absent for parts read through JSZip or written by the scorer). */
  stored?: StoredBody;
  /** The content, once inflated or set. */
  data?: Buffer;
}

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

/** Every file entry of the zip, not inflated; null when the zip is not one this reader walks. */
export function listZip(zip: Buffer): ZipPart[] | null {
  try {
    const end = findEndOfCentralDirectory(zip);
    if (end < 0) return null;
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    if (count === 0xffff || at === 0xffffffff) return null; // zip64
    const parts: ZipPart[] = [];
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
      if (method !== 0 && method !== 8) return null;
      if (name.endsWith('/')) continue; // folder entry
      if (zip.readUInt32LE(localOffset) !== LOCAL_HEADER) return null;
      const dataStart =
        localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
      if (dataStart + compressedSize > zip.length) return null;
      const body = zip.subarray(dataStart, dataStart + compressedSize);
      parts.push({ name, stored: { method, body, crc, size } });
    }
    return parts;
  } catch {
    return null;
  }
}

/** The zip's entries: natively when possible, otherwise through JSZip (content only). Throws on a non-zip. */
export async function readZip(zip: Buffer): Promise<ZipPart[]> {
  const listed = listZip(zip);
  if (listed) return listed;
  // Loaded only here: most packages never need it, and a one-file run should not pay for loading it.
  const { default: JSZip } = await import('jszip');
  const archive = await JSZip.loadAsync(zip);
  const parts: ZipPart[] = [];
  for (const file of Object.values(archive.files)) {
    if (file.dir) continue;
    parts.push({ name: file.name, data: await file.async('nodebuffer') });
  }
  return parts;
}

/** The largest buffer an inflate asks for at once (a part's recorded size can be wrong). */
const MAX_CHUNK = 16 * 1024 * 1024;

/** The content of a part (inflated once, then kept). */
export function partData(part: ZipPart): Buffer {
  if (part.data) return part.data;
  const stored = part.stored!;
  // Inflated into one buffer of the size the zip records (zlib's default is 16 KB pieces: a small part
  // would hold a 16 KB buffer, a big one be joined from pieces), within reason for a damaged size.
  // Never more than the recorded size either: a damaged or hostile entry (a small size over a huge
  // stream) stops at once instead of inflating all of it in tiny pieces first.
  const damaged = () => new Error(`zip entry ${part.name} is damaged`);
  let data: Buffer;
  try {
    data =
      stored.method === 0
        ? stored.body
        : inflateRawSync(stored.body, {
            chunkSize: Math.min(Math.max(64, stored.size), MAX_CHUNK),
            maxOutputLength: Math.max(1, stored.size),
          });
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ERR_BUFFER_TOO_LARGE') throw damaged();
    throw error;
  }
  if (data.length !== stored.size) throw damaged();
  part.data = data;
  return data;
}

/**
 * The first bytes of a part's content without inflating the rest: at most `compressedBytes` of its
 * stored body are inflated (a deflate stream read from its start decodes as far as it goes). The
 * whole content when it is already inflated, stored uncompressed, or small.
 */
export function partPrefix(part: ZipPart, compressedBytes: number): Buffer {
  if (part.data) return part.data;
  const stored = part.stored!;
  if (stored.method === 0 || stored.body.length <= compressedBytes) return partData(part);
  return inflateRawSync(stored.body.subarray(0, compressedBytes), { finishFlush: constants.Z_SYNC_FLUSH });
}

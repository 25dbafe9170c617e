import { inflateRawSync } from 'node:zlib';

/**
 * Looks inside a zip archive (an .xlsx) before any library parses it: what its directory says it
 * unpacks to, and how many rows its worksheets hold, so a small file that would unpack to gigabytes
 * or a sheet of a hundred thousand rows is refused in milliseconds instead of holding the app.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** A size or count at its maximum means the real value is in a ZIP64 record; treated as too large. */
const ZIP64_SIZE = 0xffffffff;
const ZIP64_COUNT = 0xffff;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntry {
  name: string;
  method: number;
  compressedBytes: number;
  uncompressedBytes: number;
  localHeaderOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[]; uncompressedBytes: number } | { ok: false; reason: 'not a zip' | 'damaged' | 'zip64' };

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return { ok: false, reason: 'not a zip' };
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === ZIP64_COUNT || directoryOffset === ZIP64_SIZE) return { ok: false, reason: 'zip64' };
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return { ok: false, reason: 'damaged' };
    const compressedBytes = view.getUint32(at + 20, true);
    const uncompressedBytes = view.getUint32(at + 24, true);
    if (compressedBytes === ZIP64_SIZE || uncompressedBytes === ZIP64_SIZE) return { ok: false, reason: 'zip64' };
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedBytes,
      uncompressedBytes,
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    total += uncompressedBytes;
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { ok: true, entries, uncompressedBytes: total };
}

/**
 * One entry's content, unpacked to at most its declared size: an entry that lies about its size
 * fails here rather than filling the memory.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) throw new Error(`The zip entry ${entry.name} is damaged`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedBytes);
  if (entry.method === STORED) return data.subarray(0, entry.uncompressedBytes);
  if (entry.method !== DEFLATED) throw new Error(`The zip entry ${entry.name} uses an unknown compression`);
  return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedBytes) });
}

/** How many rows each worksheet of an .xlsx holds, counted in its XML without parsing it. */
export function worksheetRowCounts(bytes: Uint8Array, directory: Extract<ZipDirectory, { ok: true }>): number[] {
  return directory.entries
    .filter((entry) => /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name))
    .map((entry) => {
      const xml = Buffer.from(readZipEntry(bytes, entry)).toString('latin1');
      return xml.match(/<(?:\w+:)?row[\s>/]/g)?.length ?? 0;
    });
}

/**
 * What a zip archive (an .xlsx) says it will unpack to, read from its central directory before
 * anything is decompressed, so a small file that would unpack to gigabytes is refused up front.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** A size or count at its maximum means the real value is in a ZIP64 record; treated as too large. */
const ZIP64_SIZE = 0xffffffff;
const ZIP64_COUNT = 0xffff;

export type ZipSize = { ok: true; uncompressedBytes: number; entries: number } | { ok: false; reason: 'not a zip' | 'damaged' | 'zip64' };

export function declaredUncompressedSize(bytes: Uint8Array): ZipSize {
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
  const entries = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entries === ZIP64_COUNT || directoryOffset === ZIP64_SIZE) return { ok: false, reason: 'zip64' };
  let total = 0;
  let at = directoryOffset;
  for (let index = 0; index < entries; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return { ok: false, reason: 'damaged' };
    const size = view.getUint32(at + 24, true);
    if (size === ZIP64_SIZE) return { ok: false, reason: 'zip64' };
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { ok: true, uncompressedBytes: total, entries };
}

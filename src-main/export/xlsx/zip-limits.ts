import { inflateRawSync } from 'node:zlib';

/**
 * An .xlsx is a zip archive, and a small archive can unpack into gigabytes (a "zip bomb"). Before
 * exceljs sees a workbook, its central directory is read and bounded (`checkZipDirectory`, cheap:
 * no unpacking), then every part is unpacked with a ceiling at the size the directory declares, so
 * an archive that lies about its sizes stops there (`checkZipContent`), and the rows of each sheet
 * are counted in the raw XML.
 */

/** Far above what a spreadsheet of 10,000 assets unpacks to, far below what would strain memory. */
export const MAX_UNPACKED_BYTES = 80 * 1024 * 1024;
const MAX_ENTRIES = 2_000;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  unpackedSize: number;
  localHeaderOffset: number;
}

export type ZipVerdict<T> = { ok: true; value: T } | { ok: false; message: string };

const UNREADABLE = 'The file looks like a spreadsheet but is damaged. Save it again as .xlsx or .csv.';

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024)).toLocaleString('en-US')} MB`;
}

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= lowest; offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) return offset;
  }
  return -1;
}

/** Reads and bounds the central directory: how many parts, and how large they say they unpack. */
export function checkZipDirectory(bytes: Uint8Array): ZipVerdict<ZipEntry[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) return { ok: false, message: UNREADABLE };
  const end = findEndOfDirectory(view);
  if (end < 0) return { ok: false, message: UNREADABLE };
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === ZIP64_MARK || directorySize === ZIP64_MARK) {
    return { ok: false, message: 'The workbook is too large to import (over 4 GB unpacked). Save the sheet you need on its own as .xlsx or .csv.' };
  }
  if (count > MAX_ENTRIES) return { ok: false, message: `The workbook has ${count.toLocaleString('en-US')} parts; that is not a spreadsheet export vCIO Desk can read.` };
  if (directoryOffset + directorySize > end) return { ok: false, message: UNREADABLE };
  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  let total = 0;
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > end || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return { ok: false, message: UNREADABLE };
    const nameLength = view.getUint16(offset + 28, true);
    const entry: ZipEntry = {
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      unpackedSize: view.getUint32(offset + 24, true),
      name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      localHeaderOffset: view.getUint32(offset + 42, true),
    };
    if (entry.unpackedSize === ZIP64_MARK || entry.compressedSize === ZIP64_MARK || entry.localHeaderOffset === ZIP64_MARK) {
      return { ok: false, message: 'The workbook is too large to import (over 4 GB unpacked). Save the sheet you need on its own as .xlsx or .csv.' };
    }
    total += entry.unpackedSize;
    if (total > MAX_UNPACKED_BYTES) {
      return {
        ok: false,
        message: `The workbook unpacks to more than ${megabytes(MAX_UNPACKED_BYTES)}; at most ${megabytes(MAX_UNPACKED_BYTES)} can be imported. Save the sheet you need on its own as .xlsx or .csv.`,
      };
    }
    entries.push(entry);
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return { ok: true, value: entries };
}

function isWorksheet(name: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
}

/** `<row ...>` elements in a sheet's XML, also with a namespace prefix (`<x:row ...>`). */
function countRows(xml: Buffer): number {
  let rows = 0;
  for (let index = xml.indexOf('row', 0, 'latin1'); index >= 0; index = xml.indexOf('row', index + 3, 'latin1')) {
    const before = xml[index - 1];
    const after = xml[index + 3];
    // "<row" or "<x:row", but not the closing "</x:row>".
    const opensTag = before === 0x3c || (before === 0x3a && xml[xml.lastIndexOf(0x3c, index) + 1] !== 0x2f);
    if (opensTag && (after === 0x20 || after === 0x3e || after === 0x2f || after === 0x09 || after === 0x0a || after === 0x0d)) rows += 1;
  }
  return rows;
}

/**
 * Unpacks every part with a ceiling at its declared size (an archive that lies stops there) and
 * counts the rows of every sheet. Returns the largest row count.
 */
export function checkZipContent(bytes: Uint8Array, entries: readonly ZipEntry[], maxRows: number): ZipVerdict<{ largestSheetRows: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let largestSheetRows = 0;
  for (const entry of entries) {
    const header = entry.localHeaderOffset;
    if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL_HEADER) return { ok: false, message: UNREADABLE };
    const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    const packed = bytes.subarray(start, start + entry.compressedSize);
    if (start + entry.compressedSize > bytes.length) return { ok: false, message: UNREADABLE };
    let unpacked: Buffer;
    if (entry.method === 0) {
      unpacked = Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
    } else if (entry.method === 8) {
      try {
        // One byte over the declared size is enough to know the archive lies.
        unpacked = inflateRawSync(packed, { maxOutputLength: entry.unpackedSize + 1 });
      } catch (error) {
        const tooLarge = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError;
        return { ok: false, message: tooLarge ? `The workbook unpacks to more than it says it holds (${entry.name}); it cannot be imported safely.` : UNREADABLE };
      }
    } else {
      return { ok: false, message: UNREADABLE };
    }
    if (unpacked.length > entry.unpackedSize) {
      return { ok: false, message: `The workbook unpacks to more than it says it holds (${entry.name}); it cannot be imported safely.` };
    }
    if (unpacked.length < entry.unpackedSize) return { ok: false, message: UNREADABLE };
    if (isWorksheet(entry.name)) {
      const rows = countRows(unpacked);
      largestSheetRows = Math.max(largestSheetRows, rows);
      if (rows > maxRows) {
        return { ok: false, message: `A sheet of the workbook has ${rows.toLocaleString('en-US')} rows; at most ${maxRows.toLocaleString('en-US')} can be imported at once. Save the rows you need on their own and import that file.` };
      }
    }
  }
  return { ok: true, value: { largestSheetRows } };
}

/**
 * Checks a logo before it is kept: PNG or JPEG, at most 2 MB and 4000 px a side, and whole. A file
 * that stops part-way (a truncated download) or is damaged inside must be refused when it is chosen,
 * not discovered by every PDF export afterwards. The whole file is walked: every PNG chunk with its
 * checksum up to IEND, and, given an inflate function (node:zlib on the main side; the domain stays
 * pure), the PNG pixel data unpacked and counted row by row; every JPEG segment and its scan data up
 * to the end-of-image marker.
 */

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LOGO_MAX_SIDE = 4000;

export type ImageInspection =
  | { ok: true; mimeType: 'image/png' | 'image/jpeg'; width: number; height: number }
  | { ok: false; message: string };

/** Unpacks zlib data, throwing when it is damaged or would unpack to more than `maxBytes`. */
export type Inflate = (data: Uint8Array, maxBytes: number) => Uint8Array;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CUT_OFF = 'The logo file is incomplete: it ends before the image does (it may have been cut off while copying or downloading). Save it again and choose it once more.';

function damaged(detail: string): { ok: false; message: string } {
  return { ok: false, message: `The logo file is damaged (${detail}). Save it again from your image editor and choose it once more.` };
}

function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || !PNG_SIGNATURE.every((value, index) => bytes[index] === value)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.slice(12, 16)) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function jpegSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = view.getUint16(offset + 2);
    if (isFrameMarker(marker)) return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    offset += 2 + length;
  }
  return undefined;
}

function isFrameMarker(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

const CRC_TABLE = Array.from({ length: 256 }, (_unused, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Bits per pixel for each PNG colour type and the bit depths it allows. */
const PNG_CHANNELS: Record<number, { channels: number; depths: number[] }> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] },
  2: { channels: 3, depths: [8, 16] },
  3: { channels: 1, depths: [1, 2, 4, 8] },
  4: { channels: 2, depths: [8, 16] },
  6: { channels: 4, depths: [8, 16] },
};

/** The seven passes of Adam7 interlacing: where each starts and how far it steps, across and down. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** The length of each scanline (filter byte included) of the unpacked pixel data, in order. */
function pngScanlines(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number[] {
  const rowBytes = (pixels: number) => 1 + Math.ceil((pixels * bitsPerPixel) / 8);
  if (!interlaced) return Array.from({ length: height }, () => rowBytes(width));
  const lines: number[] = [];
  for (const [startX, startY, stepX, stepY] of ADAM7) {
    const passWidth = Math.ceil((width - startX) / stepX);
    const passHeight = Math.ceil((height - startY) / stepY);
    if (passWidth > 0) for (let row = 0; row < passHeight; row += 1) lines.push(rowBytes(passWidth));
  }
  return lines;
}

function checkPng(bytes: Uint8Array, width: number, height: number, inflate: Inflate | undefined): { ok: true } | { ok: false; message: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let header: { depth: number; colourType: number; interlaced: boolean } | null = null;
  let palette = false;
  const imageData: Uint8Array[] = [];
  for (;;) {
    if (offset + 12 > bytes.length) return { ok: false, message: CUT_OFF };
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (offset + 12 + length > bytes.length) return { ok: false, message: CUT_OFF };
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== view.getUint32(offset + 8 + length)) return damaged(`the ${type.replace(/[^A-Za-z]/g, '?')} part fails its checksum`);
    if (type === 'IHDR') {
      if (header || length !== 13) return damaged('its header is not valid');
      const colourType = data[9]!;
      const depth = data[8]!;
      if (!PNG_CHANNELS[colourType]?.depths.includes(depth) || data[10] !== 0 || data[11] !== 0 || data[12]! > 1) return damaged('its header names a format that does not exist');
      header = { depth, colourType, interlaced: data[12] === 1 };
    } else if (!header) {
      return damaged('it does not start with its header');
    } else if (type === 'PLTE') {
      palette = true;
    } else if (type === 'IDAT') {
      imageData.push(data);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  if (!header) return damaged('it has no header');
  if (imageData.length === 0) return damaged('it holds no image data');
  if (header.colourType === 3 && !palette) return damaged('it has no colour palette');
  if (!inflate) return { ok: true };
  const lines = pngScanlines(width, height, header.depth * PNG_CHANNELS[header.colourType]!.channels, header.interlaced);
  const expected = lines.reduce((sum, line) => sum + line, 0);
  const packed = new Uint8Array(imageData.reduce((sum, part) => sum + part.length, 0));
  imageData.reduce((at, part) => (packed.set(part, at), at + part.length), 0);
  let pixels: Uint8Array;
  try {
    pixels = inflate(packed, expected);
  } catch {
    return damaged('its image data cannot be unpacked');
  }
  if (pixels.length < expected) return { ok: false, message: CUT_OFF };
  let at = 0;
  for (const line of lines) {
    // Each scanline starts with its filter: 0 to 4.
    if (pixels[at]! > 4) return damaged('its image data is not valid');
    at += line;
  }
  return { ok: true };
}

/** Walks the segments of a JPEG and the scan data after each start-of-scan, up to the end-of-image marker. */
function checkJpeg(bytes: Uint8Array): { ok: true } | { ok: false; message: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  let scans = 0;
  for (;;) {
    if (offset + 2 > bytes.length) return { ok: false, message: CUT_OFF };
    if (bytes[offset] !== 0xff) return damaged('a part of it is not where it should be');
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === 0xd9) return scans > 0 ? { ok: true } : damaged('it holds no image data');
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += 2;
      continue;
    }
    if (offset + 4 > bytes.length) return { ok: false, message: CUT_OFF };
    const length = view.getUint16(offset + 2);
    if (length < 2) return damaged('a part of it has an impossible length');
    offset += 2 + length;
    if (offset > bytes.length) return { ok: false, message: CUT_OFF };
    if (marker !== 0xda) continue;
    scans += 1;
    // Scan data runs until a marker: 0xFF followed by anything but 0x00 (a stuffed byte) or a restart.
    while (offset < bytes.length) {
      if (bytes[offset] === 0xff && offset + 1 < bytes.length) {
        const next = bytes[offset + 1]!;
        if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7) && next !== 0xff) break;
      }
      offset += 1;
    }
  }
}

function megabytes(byteCount: number): string {
  return `${(byteCount / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * PNG or JPEG only, at most 2 MB and 4000 px a side (PRODUCT.md §10, issue: settings), and the whole
 * image present. `inflate` lets the PNG pixel data be unpacked and counted too.
 */
export function inspectLogo(bytes: Uint8Array, inflate?: Inflate): ImageInspection {
  if (bytes.length === 0) return { ok: false, message: 'The file is empty.' };
  if (bytes.length > LOGO_MAX_BYTES) {
    return { ok: false, message: `The logo is ${megabytes(bytes.length)}; the limit is 2 MB. Save a smaller PNG or JPEG and try again.` };
  }
  const png = pngSize(bytes);
  const jpeg = png ? undefined : jpegSize(bytes);
  const size = png ?? jpeg;
  if (!size) return { ok: false, message: 'The logo must be a PNG or JPEG image; this file is neither.' };
  if (size.width < 1 || size.height < 1) return { ok: false, message: 'The image has no pixels.' };
  if (size.width > LOGO_MAX_SIDE || size.height > LOGO_MAX_SIDE) {
    return {
      ok: false,
      message: `The logo is ${size.width} × ${size.height} px; at most ${LOGO_MAX_SIDE} px a side is accepted. Resize it and try again.`,
    };
  }
  const whole = png ? checkPng(bytes, size.width, size.height, inflate) : checkJpeg(bytes);
  if (!whole.ok) return whole;
  return { ok: true, mimeType: png ? 'image/png' : 'image/jpeg', ...size };
}

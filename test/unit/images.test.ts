import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inspectLogo, LOGO_MAX_BYTES, type Inflate } from '../../src-main/domain/images';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** What the main side passes: node:zlib with a ceiling on the output. */
const INFLATE: Inflate = (data, maxBytes) => inflateSync(data, { maxOutputLength: maxBytes });

function uint32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function uint16(value: number): number[] {
  return [(value >>> 8) & 0xff, value & 0xff];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = new Uint8Array([...Buffer.from(type, 'ascii'), ...data]);
  return new Uint8Array([...uint32(data.length), ...typed, ...uint32(crc32(typed))]);
}

interface PngOptions {
  /** Adam7 interlacing. */
  interlaced?: boolean;
  /** Pixel rows actually packed; fewer than the height makes an image whose data stops short. */
  rowsPacked?: number;
}

/** A whole RGBA PNG (transparent pixels): signature, IHDR, IDAT, IEND; zero bytes after it up to `padTo`. */
function pngBytes(width: number, height: number, padTo = 0, options: PngOptions = {}): Uint8Array {
  const ihdr = [...uint32(width), ...uint32(height), 8, 6, 0, 0, options.interlaced ? 1 : 0];
  const scanlines = options.interlaced ? adam7Lengths(width, height) : Array.from({ length: options.rowsPacked ?? height }, () => 1 + width * 4);
  const pixels = new Uint8Array(scanlines.reduce((sum, line) => sum + line, 0));
  const parts = [new Uint8Array(PNG_SIGNATURE), chunk('IHDR', new Uint8Array(ihdr)), chunk('IDAT', new Uint8Array(deflateSync(pixels))), chunk('IEND', new Uint8Array())];
  const bytes = new Uint8Array(Math.max(padTo, parts.reduce((sum, part) => sum + part.length, 0)));
  parts.reduce((at, part) => (bytes.set(part, at), at + part.length), 0);
  return bytes;
}

function adam7Lengths(width: number, height: number): number[] {
  const passes = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]];
  const lines: number[] = [];
  for (const [x, y, dx, dy] of passes) {
    const passWidth = Math.ceil((width - x!) / dx!);
    const passHeight = Math.ceil((height - y!) / dy!);
    if (passWidth > 0) for (let row = 0; row < passHeight; row += 1) lines.push(1 + passWidth * 4);
  }
  return lines;
}

/** A JPEG's structure: SOI, an APP0 (JFIF) segment, a SOF frame header with height and width, a scan, EOI. */
function jpegBytes(width: number, height: number, options: { withApp0?: boolean; frameMarker?: number } = {}): Uint8Array {
  const app0 = [0xff, 0xe0, ...uint16(16), 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, ...uint16(72), ...uint16(72), 0, 0];
  const sof = [0xff, options.frameMarker ?? 0xc0, ...uint16(17), 8, ...uint16(height), ...uint16(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  const sos = [0xff, 0xda, ...uint16(12), 3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0];
  // Scan data with a stuffed 0xFF 0x00 and a restart marker, as encoders write them.
  const scan = [0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd0, 0x78, 0x9a];
  const eoi = [0xff, 0xd9];
  return new Uint8Array([0xff, 0xd8, ...(options.withApp0 === false ? [] : app0), ...sof, ...sos, ...scan, ...eoi]);
}

function messageOf(bytes: Uint8Array): string {
  const result = inspectLogo(bytes, INFLATE);
  if (result.ok) throw new Error(`accepted as ${result.mimeType} ${result.width}×${result.height}`);
  return result.message;
}

describe('logo check: PNG', () => {
  it('reads the size of a 640 × 200 PNG', () => {
    expect(inspectLogo(pngBytes(640, 200), INFLATE)).toEqual({ ok: true, mimeType: 'image/png', width: 640, height: 200 });
  });

  it('reads width and height in the right order for a tall 1 × 4000 PNG', () => {
    expect(inspectLogo(pngBytes(1, 4000), INFLATE)).toEqual({ ok: true, mimeType: 'image/png', width: 1, height: 4000 });
  });

  it('reads a PNG that is a view into a larger buffer', () => {
    const png = pngBytes(300, 120);
    const buffer = new Uint8Array(png.length + 10);
    buffer.set(png, 10);
    expect(inspectLogo(buffer.subarray(10), INFLATE)).toEqual({ ok: true, mimeType: 'image/png', width: 300, height: 120 });
  });

  it('refuses a PNG wider than 4000 px and says the size and the limit', () => {
    expect(messageOf(pngBytes(4001, 300))).toBe('The logo is 4001 × 300 px; at most 4000 px a side is accepted. Resize it and try again.');
  });

  it('refuses a PNG taller than 4000 px', () => {
    expect(messageOf(pngBytes(300, 5000))).toMatch(/300 × 5000 px; at most 4000 px a side/);
  });

  it('refuses a PNG of zero pixels', () => {
    expect(messageOf(pngBytes(0, 100))).toBe('The image has no pixels.');
  });

  it('refuses a PNG cut off before the size', () => {
    expect(messageOf(pngBytes(640, 200).slice(0, 20))).toMatch(/must be a PNG or JPEG/);
  });

  it('refuses a PNG signature followed by a chunk other than IHDR', () => {
    const bytes = pngBytes(640, 200);
    bytes.set([0x49, 0x44, 0x41, 0x54], 12); // "IDAT"
    expect(messageOf(bytes)).toMatch(/must be a PNG or JPEG/);
  });
});

describe('logo check: the whole image is there', () => {
  it('accepts an interlaced PNG whose seven passes are all there', () => {
    expect(inspectLogo(pngBytes(37, 21, 0, { interlaced: true }), INFLATE)).toEqual({ ok: true, mimeType: 'image/png', width: 37, height: 21 });
  });

  it('refuses a PNG cut off in the middle of its image data, in words', () => {
    const whole = pngBytes(640, 200);
    const message = messageOf(whole.slice(0, Math.floor(whole.length * 0.6)));
    expect(message).toBe(
      'The logo file is incomplete: it ends before the image does (it may have been cut off while copying or downloading). Save it again and choose it once more.',
    );
  });

  it('refuses a PNG cut off just before its end marker', () => {
    const whole = pngBytes(64, 32);
    expect(messageOf(whole.slice(0, whole.length - 12))).toMatch(/^The logo file is incomplete/);
  });

  it('refuses a PNG with a damaged byte, by the checksum of its part', () => {
    const bytes = pngBytes(64, 32);
    bytes[60] = bytes[60]! ^ 0xff;
    expect(messageOf(bytes)).toBe('The logo file is damaged (the IDAT part fails its checksum). Save it again from your image editor and choose it once more.');
  });

  it('refuses a PNG whose pixel data stops short of its height, once the data is unpacked', () => {
    const short = pngBytes(64, 32, 0, { rowsPacked: 20 });
    // The parts are intact, so only unpacking the pixels finds it.
    expect(inspectLogo(short).ok).toBe(true);
    expect(messageOf(short)).toMatch(/^The logo file is incomplete/);
  });

  it('refuses a PNG whose pixel data is not zlib data', () => {
    const bytes = pngBytes(8, 8);
    const parts = [bytes.slice(0, 33), chunk('IDAT', new Uint8Array([1, 2, 3, 4, 5, 6])), chunk('IEND', new Uint8Array())];
    const broken = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    parts.reduce((at, part) => (broken.set(part, at), at + part.length), 0);
    expect(messageOf(broken)).toBe('The logo file is damaged (its image data cannot be unpacked). Save it again from your image editor and choose it once more.');
  });

  it('refuses a JPEG cut off before its end-of-image marker', () => {
    const whole = jpegBytes(1024, 768);
    expect(messageOf(whole.slice(0, whole.length - 4))).toMatch(/^The logo file is incomplete/);
  });

  it('refuses a JPEG with a frame header but no image data', () => {
    const headerOnly = new Uint8Array([...jpegBytes(100, 50).slice(0, 39), 0xff, 0xd9]);
    expect(messageOf(headerOnly)).toBe('The logo file is damaged (it holds no image data). Save it again from your image editor and choose it once more.');
  });
});

describe('logo check: JPEG', () => {
  it('reads the size of a 1024 × 768 JFIF JPEG from its SOF0 segment, after the APP0 segment', () => {
    expect(inspectLogo(jpegBytes(1024, 768))).toEqual({ ok: true, mimeType: 'image/jpeg', width: 1024, height: 768 });
  });

  it('reads a JPEG whose frame header follows the SOI directly', () => {
    expect(inspectLogo(jpegBytes(50, 60, { withApp0: false }))).toEqual({ ok: true, mimeType: 'image/jpeg', width: 50, height: 60 });
  });

  it('reads a progressive JPEG (SOF2)', () => {
    expect(inspectLogo(jpegBytes(800, 600, { frameMarker: 0xc2 }))).toEqual({ ok: true, mimeType: 'image/jpeg', width: 800, height: 600 });
  });

  it('refuses a JPEG larger than 4000 px a side', () => {
    expect(messageOf(jpegBytes(6000, 4000))).toBe('The logo is 6000 × 4000 px; at most 4000 px a side is accepted. Resize it and try again.');
  });

  it('refuses a JPEG with no frame header', () => {
    expect(messageOf(new Uint8Array([0xff, 0xd8, 0xff, 0xd9, 0, 0, 0, 0, 0, 0, 0, 0]))).toMatch(/must be a PNG or JPEG/);
  });
});

describe('logo check: other files', () => {
  it('refuses a GIF', () => {
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x10, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(messageOf(gif)).toBe('The logo must be a PNG or JPEG image; this file is neither.');
  });

  it('refuses an SVG or any text file', () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>');
    expect(messageOf(svg)).toBe('The logo must be a PNG or JPEG image; this file is neither.');
  });

  it('refuses an empty file', () => {
    expect(messageOf(new Uint8Array(0))).toBe('The file is empty.');
  });

  it('refuses a file over 2 MB, giving its size in MB, even when it is a valid PNG', () => {
    const large = pngBytes(640, 200, LOGO_MAX_BYTES + 1);
    expect(large.length).toBe(2 * 1024 * 1024 + 1);
    expect(messageOf(large)).toBe('The logo is 2.0 MB; the limit is 2 MB. Save a smaller PNG or JPEG and try again.');
    expect(messageOf(pngBytes(640, 200, 3 * 1024 * 1024))).toMatch(/^The logo is 3\.0 MB; the limit is 2 MB/);
  });

  it('accepts a PNG of exactly 2 MB', () => {
    expect(inspectLogo(pngBytes(640, 200, LOGO_MAX_BYTES), INFLATE).ok).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { inspectLogo, LOGO_MAX_BYTES } from '../../src-main/domain/images';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function uint32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function uint16(value: number): number[] {
  return [(value >>> 8) & 0xff, value & 0xff];
}

/** A PNG header as a logo file starts: signature, then the IHDR chunk (length 13) with width and height. */
function pngBytes(width: number, height: number, padTo = 0): Uint8Array {
  const ihdr = [...uint32(13), 0x49, 0x48, 0x44, 0x52, ...uint32(width), ...uint32(height), 8, 6, 0, 0, 0, ...uint32(0)];
  const bytes = [...PNG_SIGNATURE, ...ihdr];
  while (bytes.length < padTo) bytes.push(0);
  return new Uint8Array(bytes);
}

/** A JPEG start: SOI, an APP0 (JFIF) segment, then a SOF0 frame header with height and width. */
function jpegBytes(width: number, height: number, options: { withApp0?: boolean; frameMarker?: number } = {}): Uint8Array {
  const app0 = [0xff, 0xe0, ...uint16(16), 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, ...uint16(72), ...uint16(72), 0, 0];
  const sof = [0xff, options.frameMarker ?? 0xc0, ...uint16(17), 8, ...uint16(height), ...uint16(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  const eoi = [0xff, 0xd9];
  return new Uint8Array([0xff, 0xd8, ...(options.withApp0 === false ? [] : app0), ...sof, ...eoi]);
}

function messageOf(bytes: Uint8Array): string {
  const result = inspectLogo(bytes);
  if (result.ok) throw new Error(`accepted as ${result.mimeType} ${result.width}×${result.height}`);
  return result.message;
}

describe('logo check: PNG', () => {
  it('reads the size of a 640 × 200 PNG', () => {
    expect(inspectLogo(pngBytes(640, 200))).toEqual({ ok: true, mimeType: 'image/png', width: 640, height: 200 });
  });

  it('reads width and height in the right order for a tall 1 × 4000 PNG', () => {
    expect(inspectLogo(pngBytes(1, 4000))).toEqual({ ok: true, mimeType: 'image/png', width: 1, height: 4000 });
  });

  it('reads a PNG that is a view into a larger buffer', () => {
    const png = pngBytes(300, 120);
    const buffer = new Uint8Array(png.length + 10);
    buffer.set(png, 10);
    expect(inspectLogo(buffer.subarray(10))).toEqual({ ok: true, mimeType: 'image/png', width: 300, height: 120 });
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
    expect(inspectLogo(pngBytes(640, 200, LOGO_MAX_BYTES)).ok).toBe(true);
  });
});

/** Reads the size of a PNG or JPEG from its bytes, so a logo can be checked without decoding it. */

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LOGO_MAX_SIDE = 4000;

export type ImageInspection =
  | { ok: true; mimeType: 'image/png' | 'image/jpeg'; width: number; height: number }
  | { ok: false; message: string };

function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || !signature.every((value, index) => bytes[index] === value)) return undefined;
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
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    offset += 2 + length;
  }
  return undefined;
}

function megabytes(byteCount: number): string {
  return `${(byteCount / (1024 * 1024)).toFixed(1)} MB`;
}

/** PNG or JPEG only, at most 2 MB and 4000 px a side (PRODUCT.md §10, issue: settings). */
export function inspectLogo(bytes: Uint8Array): ImageInspection {
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
  return { ok: true, mimeType: png ? 'image/png' : 'image/jpeg', ...size };
}

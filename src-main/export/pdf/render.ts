import { openSync } from 'fontkit';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import path from 'node:path';
import { FONT_FAMILY } from '../brand';
import { withFontFallback, type FontCoverage } from './font-fallback';
import { withLongWordsBroken } from './long-words';

/**
 * Turns a document definition into PDF bytes. No URL is ever fetched and no file is read but the
 * bundled fonts: images come only as data URLs from the validated logo. Long runs of text without
 * a space get break opportunities first (long-words.ts), and text the document's font cannot draw
 * goes to a bundled font that can (font-fallback.ts), whichever builder made the document.
 */

/** The bundled fonts for what Roboto cannot draw, in the order they are tried (resources/fonts, OFL). */
export const FALLBACK_FONTS = [
  { family: 'NotoSansHebrew', normal: 'NotoSansHebrew-Regular.ttf', bold: 'NotoSansHebrew-Bold.ttf', rightToLeft: true },
  { family: 'NotoNaskhArabic', normal: 'NotoNaskhArabic-Regular.ttf', bold: 'NotoNaskhArabic-Bold.ttf', rightToLeft: true },
  { family: 'NotoSansSC', normal: 'NotoSansSC-Regular.otf', bold: 'NotoSansSC-Regular.otf', rightToLeft: false },
  { family: 'NotoEmoji', normal: 'NotoEmoji-Regular.ttf', bold: 'NotoEmoji-Regular.ttf', rightToLeft: false },
] as const;

let configuredFor: string | null = null;
let coverage: FontCoverage[] = [];

function covering(family: string, file: string, rightToLeft: boolean): FontCoverage {
  const font = openSync(file);
  return { family, rightToLeft, has: (codePoint) => font.hasGlyphForCodePoint(codePoint) };
}

function configure(fontsDir: string): void {
  if (configuredFor === fontsDir) return;
  const resolvedFonts = path.resolve(fontsDir);
  const file = (name: string) => path.join(resolvedFonts, name);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((candidate: string) => path.resolve(candidate).startsWith(resolvedFonts + path.sep));
  pdfmake.setFonts({
    [FONT_FAMILY]: {
      normal: file('Roboto-Regular.ttf'),
      bold: file('Roboto-Medium.ttf'),
      italics: file('Roboto-Italic.ttf'),
      bolditalics: file('Roboto-MediumItalic.ttf'),
    },
    ...Object.fromEntries(
      FALLBACK_FONTS.map((font) => [font.family, { normal: file(font.normal), bold: file(font.bold), italics: file(font.normal), bolditalics: file(font.bold) }]),
    ),
  });
  coverage = [covering(FONT_FAMILY, file('Roboto-Regular.ttf'), false), ...FALLBACK_FONTS.map((font) => covering(font.family, file(font.normal), font.rightToLeft))];
  configuredFor = fontsDir;
}

export async function renderPdf(document: TDocumentDefinitions, fontsDir: string): Promise<Uint8Array> {
  configure(fontsDir);
  const buffer = await pdfmake.createPdf(withFontFallback(withLongWordsBroken(document), coverage)).getBuffer();
  return new Uint8Array(buffer);
}

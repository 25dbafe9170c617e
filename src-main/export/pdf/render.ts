import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import path from 'node:path';
import { FONT_FAMILY } from '../brand';
import { withLongWordsBroken } from './long-words';

/**
 * Turns a document definition into PDF bytes. No URL is ever fetched and no file is read but the
 * bundled fonts: images come only as data URLs from the validated logo. Long runs of text without
 * a space get break opportunities first (long-words.ts), whichever builder made the document.
 */

let configuredFor: string | null = null;

function configure(fontsDir: string): void {
  if (configuredFor === fontsDir) return;
  const resolvedFonts = path.resolve(fontsDir);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((candidate: string) => path.resolve(candidate).startsWith(resolvedFonts + path.sep));
  pdfmake.setFonts({
    [FONT_FAMILY]: {
      normal: path.join(resolvedFonts, 'Roboto-Regular.ttf'),
      bold: path.join(resolvedFonts, 'Roboto-Medium.ttf'),
      italics: path.join(resolvedFonts, 'Roboto-Italic.ttf'),
      bolditalics: path.join(resolvedFonts, 'Roboto-MediumItalic.ttf'),
    },
  });
  configuredFor = fontsDir;
}

export async function renderPdf(document: TDocumentDefinitions, fontsDir: string): Promise<Uint8Array> {
  configure(fontsDir);
  const buffer = await pdfmake.createPdf(withLongWordsBroken(document)).getBuffer();
  return new Uint8Array(buffer);
}

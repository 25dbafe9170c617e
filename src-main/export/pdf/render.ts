import { openSync } from 'fontkit';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
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

/** What every document goes through before layout: break opportunities in long words, then fonts for every script. */
function prepared(document: TDocumentDefinitions): TDocumentDefinitions {
  return withFontFallback(withLongWordsBroken(document), coverage);
}

export async function renderPdf(document: TDocumentDefinitions, fontsDir: string): Promise<Uint8Array> {
  configure(fontsDir);
  const buffer = await pdfmake.createPdf(prepared(document)).getBuffer();
  return new Uint8Array(buffer);
}

export interface MeasureGroup {
  nodes: readonly Content[];
  /** The width the nodes are laid out at, in points. */
  width: number;
}

type Placed = { positions?: Array<{ top: number }> };

/**
 * How tall each node is when laid out at its group's width, measured by pdfmake itself on one
 * endless page, so a builder can decide what fits in a fixed box before it writes the real
 * document. One probe document holds every group: each costs a full pdfmake run.
 */
export async function measureHeights(groups: readonly MeasureGroup[], fontsDir: string): Promise<number[][]> {
  configure(fontsDir);
  // pdfmake records where it placed each node on the node object (`positions`); wrapping every node
  // in a stack of our own makes that object ours to read. A marker closes each group.
  // Each node is measured as it will be drawn, prepared like a whole document.
  const placed = groups.map((group) => [...group.nodes.map((node): Content & Placed => ({ stack: [prepared({ content: node }).content] })), { text: '.' } as Content & Placed]);
  const probe: TDocumentDefinitions = {
    pageSize: { width: Math.max(...groups.map((group) => group.width), 1), height: 'auto' },
    pageMargins: [0, 0, 0, 0],
    content: groups.map((group, index) => ({ columns: [{ width: group.width, stack: placed[index]! }, { width: '*', text: '' }], columnGap: 0 })),
    defaultStyle: { font: FONT_FAMILY, fontSize: 10 },
  };
  await pdfmake.createPdf(probe).getStream();
  return placed.map((nodes) => {
    const tops = nodes.map((node) => node.positions?.[0]?.top ?? Number.NaN);
    return tops.slice(0, -1).map((top, index) => tops[index + 1]! - top);
  });
}

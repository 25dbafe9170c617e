import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
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
  const placed = groups.map((group) => [...group.nodes.map((node): Content & Placed => ({ stack: [node] })), { text: '.' } as Content & Placed]);
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

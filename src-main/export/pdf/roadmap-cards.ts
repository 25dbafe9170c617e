import type { Content, TableCell } from 'pdfmake/interfaces';
import type { MoneyStyle } from '../../domain/format';
import { INITIATIVE_STATUS_LABELS, PRIORITIES, PRIORITY_LABELS, type Priority } from '../../domain/initiative';
import { shortWhy } from '../../domain/initiative-links';
import { priceWords } from '../../domain/initiative-prices';
import type { RoadmapCard } from '../../domain/roadmap';
import { breakLongWords } from './long-words';

/**
 * Initiative cards of the roadmap handout. They read the same in black and white: the status is
 * written out, and the priority is written and drawn as the width of the bar at the card's left.
 */

export type Density = 'normal' | 'compact';

interface DensityStyle {
  titleSize: number;
  textSize: number;
  /** Characters of a short why; a longer one is shortened with an ellipsis. */
  whyChars: number;
  padding: number;
}

export const DENSITIES: Record<Density, DensityStyle> = {
  normal: { titleSize: 8.5, textSize: 7.5, whyChars: 140, padding: 4 },
  compact: { titleSize: 7.5, textSize: 6.5, whyChars: 60, padding: 2.5 },
};

export const PRIORITY_BAR: Record<Priority, number> = { high: 4.5, medium: 2, low: 0.6 };
const BAR_COLOUR = '#344054';
const EDGE_COLOUR = '#98A2B3';

/** The longest run of letters a card's column holds on one line, even of wide letters, at the title size. */
const CARD_WORD_RUN = 16;

/** Average glyph width of Roboto as a share of the font size, for estimating line breaks (measured on real titles). */
const GLYPH = 0.5;
const LINE = 1.2;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function statusLine(card: RoadmapCard): string {
  return `${INITIATIVE_STATUS_LABELS[card.status].toUpperCase()}  ·  ${PRIORITY_LABELS[card.priority]} priority`;
}

function linesFor(text: string, size: number, width: number): number {
  if (!text) return 0;
  const perLine = Math.max(8, Math.floor(width / (size * GLYPH)));
  // Words do not break, so a line holds a little less than its full width on average.
  return text.split('\n').reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / (perLine * 0.95))), 0);
}

/** The card's estimated height in points, a little generous so a page never overflows. */
export function cardHeight(card: RoadmapCard, density: Density, width: number): number {
  const style = DENSITIES[density];
  const textWidth = width - style.padding * 2 - PRIORITY_BAR.high;
  const why = shorten(shortWhy(card.links), style.whyChars);
  const lines =
    linesFor(card.title, style.titleSize, textWidth) * style.titleSize +
    (1 + linesFor(statusLine(card), style.textSize, textWidth)) * style.textSize +
    linesFor(why, style.textSize, textWidth) * style.textSize;
  return lines * LINE + style.padding * 2 + 6;
}

export function cardBlock(card: RoadmapCard, density: Density, money: MoneyStyle): Content {
  const style = DENSITIES[density];
  const why = shorten(shortWhy(card.links), style.whyChars);
  const body: Content[] = [
    { text: breakLongWords(card.title, CARD_WORD_RUN), bold: true, fontSize: style.titleSize },
    { text: priceWords(card.prices, money), fontSize: style.textSize, bold: true, margin: [0, 1, 0, 0] },
    { text: statusLine(card), fontSize: style.textSize, color: '#344054' },
    ...(why ? [{ text: why, fontSize: style.textSize, italics: true, color: '#475467' } as Content] : []),
  ];
  const bar = PRIORITY_BAR[card.priority];
  return {
    table: { widths: ['*'], body: [[{ stack: body } as TableCell]], dontBreakRows: true },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: (index: number) => (index === 0 ? bar : 0.5),
      hLineColor: () => EDGE_COLOUR,
      vLineColor: (index: number) => (index === 0 ? BAR_COLOUR : EDGE_COLOUR),
      paddingLeft: () => style.padding + 1,
      paddingRight: () => style.padding,
      paddingTop: () => style.padding,
      paddingBottom: () => style.padding,
    },
    margin: [0, 0, 0, 4],
  };
}

/** What the marks mean, on every page. */
export function legend(): Content {
  const bars: Content[] = PRIORITIES.map((priority) => ({
    columns: [
      { canvas: [{ type: 'rect', x: 0, y: 1, w: PRIORITY_BAR[priority], h: 8, color: BAR_COLOUR }], width: 8 },
      { text: `${PRIORITY_LABELS[priority]} priority`, fontSize: 7, width: 'auto' },
    ],
    columnGap: 3,
    width: 'auto',
  }));
  const statuses = Object.values(INITIATIVE_STATUS_LABELS)
    .filter((label) => label !== INITIATIVE_STATUS_LABELS.declined)
    .map((label) => label.toUpperCase())
    .join(', ');
  return {
    margin: [0, 6, 0, 0],
    stack: [
      {
        columns: [{ text: 'Priority, shown by the bar at the left of each card:', fontSize: 7, bold: true, width: 'auto' }, ...bars],
        columnGap: 10,
      },
      { text: [{ text: 'Status, written on each card: ', bold: true }, statuses, '.'], fontSize: 7, margin: [0, 2, 0, 0] },
      {
        text: 'Prices are client prices. A quarter total adds the one-time prices and labour of the work starting that quarter and the monthly prices running then.',
        fontSize: 7,
        color: '#475467',
        margin: [0, 2, 0, 0],
      },
    ],
  };
}

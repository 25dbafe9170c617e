import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatMoney } from '../../domain/format';
import { INITIATIVE_STATUS_LABELS, PRIORITY_LABELS } from '../../domain/initiative';
import { shortWhy } from '../../domain/initiative-links';
import { priceWords } from '../../domain/initiative-prices';
import type { RoadmapCard } from '../../domain/roadmap';
import type { HandoutQuarter, HandoutYear, RoadmapHandout } from '../../domain/roadmap-handout';
import { brandedDocument, brandTableLayout, tint, type Brand } from '../brand';
import { cardBlock, cardHeight, legend, type Density } from './roadmap-cards';
import { cell, contentHeight, contentWidth, headerCell, heading, moneyCell } from './pdf-blocks';

/**
 * The roadmap handout (PRODUCT.md §6, §10): landscape, one page per fiscal year with its quarters as
 * columns. A year whose busiest quarter does not fit on its page first uses smaller cards, then
 * continues on following pages, each marked as such. Client prices only: never cost or markup.
 */

/** Room the title, the column headings, the totals, the year total and the legend take on a page. */
const PAGE_FURNITURE = 170;
const CELL_PADDING = 4;

interface YearPage {
  /** Cards of each quarter on this page. */
  cards: RoadmapCard[][];
  /** For each quarter, whether its cards go on after this page. */
  continues: boolean[];
  density: Density;
  index: number;
  count: number;
}

function split(cards: readonly RoadmapCard[], density: Density, width: number, room: number): RoadmapCard[][] {
  const chunks: RoadmapCard[][] = [[]];
  let used = 0;
  for (const card of cards) {
    const height = cardHeight(card, density, width);
    const current = chunks[chunks.length - 1]!;
    if (current.length > 0 && used + height > room) {
      chunks.push([card]);
      used = height;
    } else {
      current.push(card);
      used += height;
    }
  }
  return chunks;
}

/** The pages one fiscal year needs, with the card density that needs the fewest. */
export function yearPages(year: HandoutYear, columnWidth: number, room: number): YearPage[] {
  const layout = (density: Density) => year.quarters.map((quarter) => split(quarter.cards, density, columnWidth, room));
  let density: Density = 'normal';
  let chunks = layout(density);
  if (chunks.some((quarter) => quarter.length > 1)) {
    density = 'compact';
    chunks = layout(density);
  }
  const count = Math.max(...chunks.map((quarter) => quarter.length));
  return Array.from({ length: count }, (_unused, index) => ({
    cards: chunks.map((quarter) => quarter[index] ?? []),
    continues: chunks.map((quarter) => quarter.length > index + 1),
    density,
    index,
    count,
  }));
}

function quarterHeader(quarter: HandoutQuarter, page: YearPage): TableCell {
  return {
    stack: [
      { text: quarter.label, bold: true, fontSize: 10, color: '#FFFFFF' },
      { text: page.index > 0 ? `${quarter.months}, continued` : quarter.months, fontSize: 7.5, color: '#FFFFFF' },
    ],
  };
}

function quarterBody(quarter: HandoutQuarter, page: YearPage, brand: Brand, quarterIndex: number): TableCell {
  const cards = page.cards[quarterIndex] ?? [];
  const continues = page.continues[quarterIndex] ?? false;
  const stack: Content[] = cards.map((card) => cardBlock(card, page.density, brand.money));
  if (quarter.cards.length === 0 && page.index === 0) stack.push({ text: 'Nothing planned', style: ['small', 'muted'] });
  if (continues) stack.push({ text: 'Continues on the next page ›', fontSize: 7, bold: true, color: '#344054', margin: [0, 2, 0, 0] });
  return { stack };
}

function quarterTotal(quarter: HandoutQuarter, page: YearPage, brand: Brand, limitCents: number | null): TableCell {
  if (page.index < page.count - 1) return { text: 'Totals on the last page of this year', style: ['small', 'muted'] };
  return {
    stack: [
      { text: 'Quarter total', fontSize: 7, color: '#475467' },
      { text: formatMoney(quarter.totalPriceCents, brand.money), bold: true, fontSize: 10 },
      ...(quarter.overLimit && limitCents !== null
        ? [{ text: `Over the quarterly limit of ${formatMoney(limitCents, brand.money)} (whole budget)`, style: 'warning', fontSize: 7 } as Content]
        : []),
    ],
    fillColor: tint(brand.primaryColour, 0.88),
  };
}

function yearPage(year: HandoutYear, page: YearPage, handout: RoadmapHandout, brand: Brand, columnWidth: number, first: boolean): Content {
  const title = page.count > 1 ? `Roadmap ${year.label} (page ${page.index + 1} of ${page.count} for this year)` : `Roadmap ${year.label}`;
  const last = page.index === page.count - 1;
  const limit = handout.limitCents;
  return {
    stack: [
      { text: title, style: 'title' },
      {
        text: `${brand.clientName}  ·  ${year.span}${page.index > 0 ? '  ·  continued from the previous page' : ''}`,
        style: 'subtitle',
        margin: [0, 0, 0, 6],
      },
      {
        table: {
          headerRows: 1,
          widths: [columnWidth, columnWidth, columnWidth, columnWidth],
          body: [
            year.quarters.map((quarter) => quarterHeader(quarter, page)),
            year.quarters.map((quarter, index) => quarterBody(quarter, page, brand, index)),
            year.quarters.map((quarter) => quarterTotal(quarter, page, brand, limit)),
          ],
        },
        layout: {
          hLineWidth: (index: number) => (index === 1 ? 0 : 0.5),
          vLineWidth: () => 0.5,
          hLineColor: () => '#D0D5DD',
          vLineColor: () => '#D0D5DD',
          fillColor: (rowIndex: number) => (rowIndex === 0 ? brand.primaryColour : null),
          paddingLeft: () => CELL_PADDING,
          paddingRight: () => CELL_PADDING,
          paddingTop: () => CELL_PADDING,
          paddingBottom: () => CELL_PADDING,
        },
      },
      last
        ? {
            columns: [
              { text: limit !== null ? `Spending limit per quarter: ${formatMoney(limit, brand.money)} for the whole budget` : '', style: 'small', width: '*' },
              { text: `${year.label} total: ${formatMoney(year.totalPriceCents, brand.money)}`, bold: true, fontSize: 11, alignment: 'right', width: 'auto' },
            ],
            margin: [0, 6, 0, 0],
          }
        : { text: `${year.label} continues on the next page.`, bold: true, fontSize: 8, margin: [0, 6, 0, 0] },
      legend(),
    ],
    ...(first ? {} : { pageBreak: 'before' as const }),
  };
}

function unscheduledSection(cards: readonly RoadmapCard[], brand: Brand): Content {
  const rows: TableCell[][] = cards.map((card) => [
    cell(card.title, { bold: true }),
    cell(INITIATIVE_STATUS_LABELS[card.status]),
    cell(PRIORITY_LABELS[card.priority]),
    moneyCell(priceWords(card.prices, brand.money)),
    cell(shortWhy(card.links)),
  ]);
  return {
    pageBreak: 'before',
    stack: [
      heading('Not yet scheduled'),
      { text: 'Recommended work without a quarter yet. It is not in the budget until it is scheduled.', style: 'small', margin: [0, -3, 0, 6] },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: ['*', 70, 55, 120, '*'],
          body: [[headerCell('Initiative'), headerCell('Status'), headerCell('Priority'), headerCell('Client price', 'right'), headerCell('Why')], ...rows],
        },
        layout: brandTableLayout(brand),
      },
    ],
  };
}

export function roadmapHandoutDocument(handout: RoadmapHandout, brand: Brand): TDocumentDefinitions {
  // Four equal columns: the page width less each cell's padding and the five rules between them.
  const columnWidth = (contentWidth(brand, true) - 4 * 2 * CELL_PADDING - 5 * 0.5) / 4;
  const room = contentHeight(brand, true) - PAGE_FURNITURE;
  const content: Content[] = [];
  for (const year of handout.years) {
    for (const page of yearPages(year, columnWidth, room)) content.push(yearPage(year, page, handout, brand, columnWidth, content.length === 0));
  }
  if (handout.unscheduled.length > 0) content.push(unscheduledSection(handout.unscheduled, brand));
  return brandedDocument(brand, content, { landscape: true });
}

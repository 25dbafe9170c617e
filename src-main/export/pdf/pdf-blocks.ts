import type { Content, TableCell } from 'pdfmake/interfaces';
import { brandTableLayout, tint, type Brand } from '../brand';

/** Small building blocks shared by the client profile and the budget report. */

/** The page margins brandedDocument uses, left and right, and top and bottom. */
const SIDE_MARGINS = 80;
const TOP_AND_BOTTOM_MARGINS = 110;

const PAGE_POINTS: Record<Brand['pageSize'], { short: number; long: number }> = {
  LETTER: { short: 612, long: 792 },
  A4: { short: 595.28, long: 841.89 },
};

/** The width left for content between the margins, so charts and tables can be sized to the page. */
export function contentWidth(brand: Brand, landscape: boolean): number {
  const page = PAGE_POINTS[brand.pageSize];
  return (landscape ? page.long : page.short) - SIDE_MARGINS;
}

/** The height left for content between the header and the footer. */
export function contentHeight(brand: Brand, landscape: boolean): number {
  const page = PAGE_POINTS[brand.pageSize];
  return (landscape ? page.short : page.long) - TOP_AND_BOTTOM_MARGINS;
}

export function heading(text: string): Content {
  return { text, style: 'heading' };
}

/**
 * A heading and what it introduces, moved to the next page together when they do not fit (rather
 * than pdfmake's pageBreakBefore hook, which lays the whole document out again for each break).
 * pdfmake drops whatever of an unbreakable block runs past one page, so a body that might be
 * that long (`short: false`) is left free to break.
 */
export function section(title: string, body: Content[], options: { short?: boolean } = {}): Content {
  return { stack: [heading(title), ...body], unbreakable: options.short ?? true };
}

export interface TitledTable {
  title: string;
  /** A sentence under the title, e.g. how the rows are ordered. */
  intro?: string;
  widths: (number | '*' | 'auto')[];
  header: TableCell[];
  rows: TableCell[][];
  totalRow?: TableCell[];
  /**
   * Rows (by index in `rows`) that must stay on the page of the row after them, such as a group's
   * heading. The last row always stays with the total row. Needs `width` and no 'auto' widths.
   */
  keepWithNext?: ReadonlySet<number>;
  /** The width the table fills, so rows kept together line up with the others. */
  width?: number;
}

/** Longer words in a column sized by its content could push a table off the page (see hasOnlyOrdinaryWords). */
export const LONGEST_ORDINARY_WORD = 24;

/**
 * Whether columns sized by their content ('*' or 'auto', which pdfmake never makes narrower than
 * their longest word) are safe for these texts; if not, a table takes widths in points, within
 * which pdfmake breaks any word.
 */
export function hasOnlyOrdinaryWords(texts: readonly string[]): boolean {
  return texts.every((text) => text.split(/\s+/).every((word) => word.length <= LONGEST_ORDINARY_WORD));
}

/** Cell padding of the branded table layouts, left plus right. */
const CELL_PADDING = 8;

/** Column widths in points for a table `width` wide: fixed ones as given, '*' sharing the rest. */
export function resolvedWidths(widths: readonly (number | '*' | 'auto')[], width: number): number[] {
  const fixed = widths.reduce<number>((sum, value) => sum + (typeof value === 'number' ? value : 0), 0);
  const stars = widths.filter((value) => value === '*').length;
  const share = (width - widths.length * CELL_PADDING - fixed) / Math.max(1, stars);
  return widths.map((value) => {
    if (value === 'auto') throw new Error('Rows kept together need fixed or star widths');
    return value === '*' ? share : value;
  });
}

/** Runs of consecutive rows that must share a page; a run of one is an ordinary row. */
function runsOf(count: number, keepWithNext: ReadonlySet<number>): number[][] {
  const runs: number[][] = [];
  for (let index = 0; index < count; index += 1) {
    const last = runs[runs.length - 1];
    if (last && keepWithNext.has(last[last.length - 1]!)) last.push(index);
    else runs.push([index]);
  }
  return runs;
}

/**
 * A long table whose title is its first header row, so the title never sits alone at the foot of
 * a page and is repeated, with the column headings, on every page the table runs onto. Rows kept
 * together become one row of the table holding an inner table with the same columns: pdfmake never
 * breaks a row (dontBreakRows), so a total never opens a page on its own.
 */
export function titledTable(spec: TitledTable, brand: Brand): Content {
  const span = spec.widths.length;
  const titleCell: TableCell = {
    colSpan: span,
    margin: [-4, 0, 0, 0],
    stack: [heading(spec.title), ...(spec.intro ? [{ text: spec.intro, style: 'small', margin: [0, -3, 0, 2] } as Content] : [])],
  };
  const titleRow: TableCell[] = [titleCell, ...Array.from({ length: span - 1 }, (): TableCell => ({}))];
  const stripes = brandTableLayout(brand);
  /** Stripes follow the rows as listed, whether or not some are kept together. */
  const striped = (listedIndex: number) => (listedIndex % 2 === 1 ? tint(brand.primaryColour, 0.93) : null);
  const rows = spec.totalRow ? [...spec.rows, spec.totalRow] : spec.rows;
  const keep = new Set(spec.keepWithNext ?? []);
  if (spec.totalRow && spec.rows.length > 0) keep.add(spec.rows.length - 1);
  const canKeep = spec.width !== undefined && !spec.widths.includes('auto');
  const runs = canKeep ? runsOf(rows.length, keep) : rows.map((_row, index) => [index]);
  const widths = canKeep ? resolvedWidths(spec.widths, spec.width!) : spec.widths;
  const firstListed: number[] = [];
  const body = runs.map((run) => {
    firstListed.push(run[0]!);
    if (run.length === 1) return rows[run[0]!]!;
    const inner: TableCell = {
      colSpan: span,
      margin: [-4, -3, -4, -3],
      table: { widths: widths as number[], body: run.map((index) => rows[index]!) },
      layout: { ...stripes, hLineWidth: (index: number) => (index === 0 || index === run.length ? 0 : 0.5), fillColor: (rowIndex: number) => striped(run[rowIndex]!) },
    };
    return [inner, ...Array.from({ length: span - 1 }, (): TableCell => ({}))];
  });
  return {
    table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths, body: [titleRow, spec.header, ...body] },
    layout: {
      ...stripes,
      hLineWidth: (index: number) => (index <= 1 ? 0 : 0.5),
      fillColor: (rowIndex: number) => (rowIndex > 1 && runs[rowIndex - 2]!.length === 1 ? striped(firstListed[rowIndex - 2]!) : null),
      paddingTop: (rowIndex: number) => (rowIndex === 0 ? 0 : 3),
    },
  };
}

export interface KeyFigure {
  label: string;
  value: string;
  note?: string;
  alert?: boolean;
}

/** A row of tiles with the figures a client looks at first. */
export function keyFigures(figures: readonly KeyFigure[], brand: Brand, options: { valueSize?: number } = {}): Content {
  const valueSize = options.valueSize ?? 14;
  const cells: TableCell[] = figures.map((figure) => ({
    fillColor: figure.alert ? '#FEF3F2' : tint(brand.primaryColour, 0.9),
    stack: [
      { text: figure.label.toUpperCase(), style: 'label', color: figure.alert ? '#B42318' : '#475467' },
      { text: figure.value, fontSize: valueSize, bold: true, color: figure.alert ? '#B42318' : brand.primaryColour, margin: [0, 2, 0, 0] },
      ...(figure.note ? [{ text: figure.note, style: 'small', margin: [0, 1, 0, 0] } as Content] : []),
    ],
  }));
  return {
    table: { widths: figures.map(() => '*'), body: [cells] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (index: number) => (index === 0 || index === figures.length ? 0 : 4),
      vLineColor: () => '#FFFFFF',
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 6,
      paddingBottom: () => 6,
    },
  };
}

/** A table header cell in the brand colour. */
export function headerCell(
  text: string,
  alignment: 'left' | 'right' | 'center' = 'left',
  options: { noWrap?: boolean } = {},
): TableCell {
  return { text, style: 'tableHeader', alignment, ...options };
}

export interface CellOptions {
  alignment?: 'left' | 'right' | 'center';
  bold?: boolean;
  color?: string;
  noWrap?: boolean;
}

export function cell(text: string, options: CellOptions = {}): TableCell {
  return { text, style: 'tableCell', ...options };
}

export function moneyCell(text: string, options: { bold?: boolean } = {}): TableCell {
  return { text, style: 'tableCell', alignment: 'right', noWrap: true, ...options };
}

/** A muted sentence that stands where a list would be when there is nothing to list. */
export function emptyNote(text: string): Content {
  return { text, style: ['small', 'muted'], margin: [0, 0, 0, 4] };
}

/** "July" in the consultant's language, for a month number 1–12. */
export function longMonthName(monthNumber: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, monthNumber - 1, 1)));
}

/** A tinted box with a bar in the accent colour for private notes, so nobody mistakes it for ordinary notes. */
export function privateBox(privateNotes: string, brand: Brand): Content {
  const marker: Content = { text: 'PRIVATE  ·  INCLUDED AT THE CONSULTANT’S CHOICE', style: 'label', color: '#B42318', margin: [0, 0, 0, 3] };
  const body: Content = privateNotes ? { text: privateNotes, fontSize: 9, lineHeight: 1.15 } : emptyNote('Nothing recorded.');
  return {
    table: { widths: ['*'], body: [[{ stack: [marker, body] }]] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (index: number) => (index === 0 ? 3 : 0),
      vLineColor: () => brand.accentColour,
      fillColor: () => tint(brand.accentColour, 0.9),
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 6,
      paddingBottom: () => 6,
    },
  };
}

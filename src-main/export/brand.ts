import type { Content, DynamicContent, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { MoneyStyle } from '../domain/format';
import { inspectLogo } from '../domain/images';
import type { Settings } from '../domain/settings';

/**
 * One look for every document: the consultant's logo, company and colours, the client's name, the
 * date, page numbers and a confidentiality line (PRODUCT.md §10). PDF builders start from
 * `brandedDocument`; workbook builders use `workbookBrand`.
 */

export interface Brand {
  company: string;
  consultantName: string;
  /** Email, phone and website of the consultant, joined for a footer or a cover. */
  contactLine: string;
  primaryColour: string;
  accentColour: string;
  pageSize: Settings['pageSize'];
  logo: { dataUrl: string; width: number; height: number; bytes: Uint8Array; extension: 'png' | 'jpeg' } | null;
  /** Why the logo of the settings is not in the document (its file is missing or damaged); null when it is, or there is none. */
  logoNotice: string | null;
  confidentialityLine: string;
  clientName: string;
  documentTitle: string;
  /** The date the document was made, written for people in the consultant's locale. */
  dateLabel: string;
  /** The same date as YYYY-MM-DD, for file names. */
  isoDate: string;
  money: MoneyStyle;
  locale: string;
}

export const FONT_FAMILY = 'Roboto';

export function brandFor(
  settings: Settings,
  logoBytes: Uint8Array | null,
  document: { clientName: string; documentTitle: string; date: Date },
): Brand {
  const consultant = settings.consultant;
  const { drawable, logoNotice } = usableLogo(settings, logoBytes);
  const logo =
    drawable && settings.logo
      ? {
          dataUrl: `data:${settings.logo.mimeType};base64,${Buffer.from(drawable).toString('base64')}`,
          width: settings.logo.width,
          height: settings.logo.height,
          bytes: drawable,
          extension: settings.logo.mimeType === 'image/png' ? ('png' as const) : ('jpeg' as const),
        }
      : null;
  const isoDate = `${document.date.getFullYear()}-${String(document.date.getMonth() + 1).padStart(2, '0')}-${String(document.date.getDate()).padStart(2, '0')}`;
  return {
    company: consultant.company || consultant.name || 'Your vCIO',
    consultantName: consultant.name,
    contactLine: [consultant.email, consultant.phone, consultant.website].filter(Boolean).join('  ·  '),
    primaryColour: settings.primaryColour,
    accentColour: settings.accentColour,
    pageSize: settings.pageSize,
    logo,
    logoNotice,
    confidentialityLine: settings.confidentialityLine || 'Confidential',
    clientName: document.clientName,
    documentTitle: document.documentTitle,
    dateLabel: new Intl.DateTimeFormat(settings.locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(document.date),
    isoDate,
    money: { currency: settings.currency, locale: settings.locale },
    locale: settings.locale,
  };
}

/**
 * The logo's bytes if a document can draw them. A logo file that went missing or was damaged after
 * it was chosen (the check when choosing it reads the whole image) leaves the document without a
 * logo rather than without the document, and says so.
 */
function usableLogo(settings: Settings, logoBytes: Uint8Array | null): { drawable: Uint8Array | null; logoNotice: string | null } {
  if (!settings.logo) return { drawable: null, logoNotice: null };
  const fix = 'Choose the logo again in Settings.';
  if (!logoBytes) return { drawable: null, logoNotice: `Made without your logo: its file is missing from the data folder. ${fix}` };
  if (!inspectLogo(logoBytes).ok) return { drawable: null, logoNotice: `Made without your logo: its file in the data folder is incomplete or damaged, so it cannot be drawn. ${fix}` };
  return { drawable: logoBytes, logoNotice: null };
}

/** A file name people recognise: "Acme Dental - Budget workbook - 2026-11-22.xlsx". */
export function exportFileName(brand: Pick<Brand, 'clientName' | 'documentTitle' | 'isoDate'>, extension: string): string {
  const safe = (text: string) =>
    text
      // Characters no file system accepts in a name, control characters included.
      // eslint-disable-next-line no-control-regex
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80);
  return `${safe(brand.clientName)} - ${safe(brand.documentTitle)} - ${brand.isoDate}.${extension}`;
}

/** Lightens a #RRGGBB colour towards white, for table stripes and fills. */
export function tint(hex: string, amount: number): string {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16);
    return Math.round(value + (255 - value) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`.toUpperCase();
}

export function pdfStyles(brand: Brand): StyleDictionary {
  return {
    title: { fontSize: 20, bold: true, color: brand.primaryColour, margin: [0, 0, 0, 2] },
    subtitle: { fontSize: 11, color: '#555555', margin: [0, 0, 0, 12] },
    heading: { fontSize: 13, bold: true, color: brand.primaryColour, margin: [0, 12, 0, 6] },
    label: { fontSize: 8, color: '#666666', bold: true },
    value: { fontSize: 10 },
    small: { fontSize: 8, color: '#555555' },
    tableHeader: { bold: true, fontSize: 9, color: '#FFFFFF', fillColor: brand.primaryColour },
    tableCell: { fontSize: 9 },
    money: { alignment: 'right' },
    total: { bold: true, fillColor: tint(brand.primaryColour, 0.85) },
    warning: { color: '#B42318', bold: true },
    muted: { color: '#777777', italics: true },
  };
}

/** A table layout with thin rules and the brand's stripes. */
export function brandTableLayout(brand: Brand) {
  return {
    hLineWidth: (index: number) => (index === 0 ? 0 : 0.5),
    vLineWidth: () => 0,
    hLineColor: () => '#D0D5DD',
    fillColor: (rowIndex: number) => (rowIndex > 0 && rowIndex % 2 === 0 ? tint(brand.primaryColour, 0.93) : null),
    paddingTop: () => 3,
    paddingBottom: () => 3,
    paddingLeft: () => 4,
    paddingRight: () => 4,
  };
}

function header(brand: Brand): DynamicContent {
  return () => ({
    margin: [40, 18, 40, 0],
    columns: [
      brand.logo ? { image: brand.logo.dataUrl, fit: [110, 30], width: 120 } : { text: brand.company, bold: true, color: brand.primaryColour, fontSize: 12, width: 'auto' },
      {
        stack: [
          { text: brand.documentTitle, bold: true, fontSize: 9, color: brand.primaryColour },
          { text: `${brand.clientName}  ·  ${brand.dateLabel}`, fontSize: 8, color: '#555555' },
        ],
        alignment: 'right',
      },
    ],
  });
}

function footer(brand: Brand): DynamicContent {
  return (currentPage: number, pageCount: number) => ({
    margin: [40, 6, 40, 0],
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 2000, y2: 0, lineWidth: 1, lineColor: brand.accentColour }] },
      {
        margin: [0, 4, 0, 0],
        columns: [
          { text: `${brand.company}${brand.contactLine ? `  ·  ${brand.contactLine}` : ''}`, fontSize: 7, color: '#555555', width: '*' },
          { text: `Page ${currentPage} of ${pageCount}`, fontSize: 7, color: '#555555', alignment: 'right', width: 'auto' },
        ],
      },
      { text: brand.confidentialityLine, fontSize: 7, color: '#555555', italics: true, margin: [0, 2, 0, 0] },
    ],
  });
}

/** The frame every PDF shares; builders add their own content. */
export function brandedDocument(brand: Brand, content: Content[], options: { landscape?: boolean } = {}): TDocumentDefinitions {
  return {
    pageSize: brand.pageSize,
    pageOrientation: options.landscape ? 'landscape' : 'portrait',
    pageMargins: [40, 62, 40, 48],
    info: { title: `${brand.documentTitle} - ${brand.clientName}`, author: brand.company, subject: brand.documentTitle, creator: brand.company },
    header: header(brand),
    footer: footer(brand),
    content,
    styles: pdfStyles(brand),
    defaultStyle: { font: FONT_FAMILY, fontSize: 10, color: '#1D2939' },
  };
}

/** Colours and formats for workbooks, in exceljs's ARGB form. */
export function workbookBrand(brand: Brand) {
  const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
  return {
    primary: argb(brand.primaryColour),
    accent: argb(brand.accentColour),
    stripe: argb(tint(brand.primaryColour, 0.92)),
    totalFill: argb(tint(brand.primaryColour, 0.8)),
    headerFont: { bold: true, color: { argb: 'FFFFFFFF' } },
    /** Footer for printing: company, confidentiality and page numbers. */
    printFooter: `&L${escapeHeaderText(brand.company)}&C${escapeHeaderText(brand.confidentialityLine)}&RPage &P of &N`,
    printHeader: `&L${escapeHeaderText(brand.clientName)}&R${escapeHeaderText(brand.documentTitle)} · ${escapeHeaderText(brand.dateLabel)}`,
  };
}

/** "&" starts a code in spreadsheet headers and footers; a literal one is written "&&". */
function escapeHeaderText(text: string): string {
  return text.replace(/&/g, '&&');
}

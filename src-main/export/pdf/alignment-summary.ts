import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { bandLabel, categoryScores, formatScore, misalignedByPriority, reviewScore, type ScoreBand, type TrendPoint } from '../../domain/alignment';
import type { Client } from '../../domain/client';
import { INITIATIVE_STATUS_LABELS, PRIORITY_LABELS, PRIORITIES, type Initiative } from '../../domain/initiative';
import { quarterLabel } from '../../domain/months';
import type { AlignmentReview, ReviewItem } from '../../domain/review';
import { brandedDocument, type Brand } from '../brand';
import { contentWidth, emptyNote, headerCell, keyFigures, section, titledTable } from './pdf-blocks';

/**
 * The technical alignment summary a client takes home (PRODUCT.md §3, §10): portrait, the score and
 * its band, a bar per category, then every misaligned standard, highest priority first, with its
 * business impact and what is recommended. Private notes and engineer notes appear only when the
 * consultant ticks them; aligned standards are counted, not listed, so 120 standards fit in four pages.
 */

export interface AlignmentSummaryInput {
  client: Client;
  review: AlignmentReview;
  /** The client's completed reviews, oldest first, for the trend line. */
  trend: readonly TrendPoint[];
  /** The client's initiatives, to name the recommendation a finding became. */
  initiatives: readonly Initiative[];
  includePrivateNotes: boolean;
  includeEngineerNotes: boolean;
}

export const BAND_COLOURS: Record<ScoreBand, string> = { onTrack: '#027A48', needsAttention: '#B54708', atRisk: '#B42318' };
const NO_SCORE_GREY = '#98A2B3';
const TRACK_GREY = '#EAECF0';

export function longDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function alignmentSummaryDocument(input: AlignmentSummaryInput, brand: Brand): TDocumentDefinitions {
  const { review } = input;
  const overall = reviewScore(review);
  const content: Content[] = [
    { text: brand.documentTitle, style: 'title' },
    { text: input.client.name, style: 'subtitle', margin: [0, 0, 0, 1] },
    { text: reviewLine(input, brand), style: 'small', fontSize: 9, margin: [0, 0, 0, 8] },
    keyFigures(
      [
        { label: 'Alignment score', value: formatScore(overall.score, brand.locale), note: bandLabel(overall.score), alert: overall.band === 'atRisk' },
        { label: 'Aligned', value: String(overall.counts.aligned), note: 'Standards met' },
        { label: 'Misaligned', value: String(overall.counts.misaligned), note: 'Findings below', alert: overall.counts.misaligned > 0 },
        { label: 'Not applicable', value: String(overall.counts.notApplicable), note: 'Left out of the score' },
      ],
      brand,
      { valueSize: 16 },
    ),
    ...trendLine(input, brand),
    categorySection(review, brand),
    findingsSection(input, brand),
    ...(input.includePrivateNotes && review.privateNotes ? [section('Private notes', [{ text: review.privateNotes, fontSize: 9 }], { short: review.privateNotes.length < 2500 })] : []),
    howScored(),
  ];
  return brandedDocument(brand, content);
}

function reviewLine(input: AlignmentSummaryInput, brand: Brand): string {
  const counts = reviewScore(input.review).counts;
  const parts = [
    `Review of ${longDate(input.review.date, brand.locale)}`,
    `${counts.total} ${counts.total === 1 ? 'standard' : 'standards'} reviewed`,
    ...(counts.unanswered > 0 ? [`${counts.unanswered} not answered`] : []),
    ...(input.review.status === 'completed' ? [] : ['in progress']),
  ];
  return parts.join('  ·  ');
}

function trendLine(input: AlignmentSummaryInput, brand: Brand): Content[] {
  const earlier = input.trend.filter((point) => point.reviewId !== input.review.id && point.date <= input.review.date).slice(-4);
  if (earlier.length === 0) return [];
  const text = earlier.map((point) => `${longDate(point.date, brand.locale)}: ${formatScore(point.score, brand.locale)}`).join('   ·   ');
  return [{ text: [{ text: 'Earlier reviews   ', bold: true }, text], style: 'small', margin: [0, 6, 0, 0] }];
}

function scoreBar(score: number | undefined, band: ScoreBand | undefined, width: number): Content {
  const filled = score === undefined ? 0 : (width * score) / 100;
  return {
    canvas: [
      { type: 'rect', x: 0, y: 1, w: width, h: 8, r: 2, color: TRACK_GREY },
      ...(filled > 0 ? [{ type: 'rect' as const, x: 0, y: 1, w: filled, h: 8, r: 2, color: band ? BAND_COLOURS[band] : NO_SCORE_GREY }] : []),
    ],
  };
}

/** Categories two abreast, each with its bar, score and band, so fourteen take a third of a page. */
function categorySection(review: AlignmentReview, brand: Brand): Content {
  const scores = categoryScores(review.items);
  const half = (contentWidth(brand, false) - 16) / 2;
  const barWidth = half - 110 - 30 - 72;
  const rowOf = (entry: (typeof scores)[number]): TableCell[] => [
    { text: entry.category, fontSize: 8.5, margin: [0, 1, 0, 0] },
    scoreBar(entry.score, entry.band, barWidth),
    { text: formatScore(entry.score, brand.locale), fontSize: 8.5, bold: true, alignment: 'right', margin: [0, 1, 0, 0] },
    { text: entry.band ? bandLabel(entry.score) : 'Not scored', fontSize: 7.5, color: entry.band ? BAND_COLOURS[entry.band] : NO_SCORE_GREY, margin: [0, 1.5, 0, 0] },
  ];
  const table = (entries: typeof scores): ContentTable => ({
    table: { widths: [110, barWidth, 30, 72], body: entries.length > 0 ? entries.map(rowOf) : [[{ text: '' }, { text: '' }, { text: '' }, { text: '' }]] },
    layout: 'noBorders',
  });
  const middle = Math.ceil(scores.length / 2);
  return section('Scores by category', [
    { columns: [{ width: half, ...table(scores.slice(0, middle)) }, { width: half, ...table(scores.slice(middle)) }], columnGap: 16 },
  ]);
}

/** The business impact (the initiative's own words when there is one, else why the standard matters) and the recommendation under it. */
function impactCell(item: ReviewItem, initiative: Initiative | undefined): TableCell {
  const impact = initiative?.businessImpact;
  const parts = impact
    ? [
        ['Productivity', impact.productivity],
        ['Business risk', impact.businessRisk],
        ['Opportunity cost', impact.opportunityCost],
      ].filter(([, text]) => text !== '')
    : [];
  const impactLines: Content[] =
    parts.length === 0
      ? [{ text: item.wording.whyWeAsk || 'To be discussed with you.', fontSize: 7.5 }]
      : parts.map(([label, text]) => ({ text: [{ text: `${label}: `, bold: true }, text!], fontSize: 7.5, margin: [0, 0, 0, 1] }));
  return { stack: [...impactLines, recommendation(initiative)] };
}

function recommendation(initiative: Initiative | undefined): Content {
  const label = { text: 'Recommendation: ', bold: true, color: '#1D2939' };
  if (!initiative) return { text: [label, 'to be planned with you at the next strategy meeting.'], fontSize: 7.5, color: '#475467', margin: [0, 2, 0, 0] };
  const when = initiative.startQuarter ? quarterLabel(initiative.startQuarter) : 'not yet scheduled';
  return {
    text: [label, { text: initiative.title, bold: true }, `  (${INITIATIVE_STATUS_LABELS[initiative.status].toLowerCase()}, ${when})`, ...(initiative.description ? [`. ${initiative.description}`] : [])],
    fontSize: 7.5,
    color: '#1D2939',
    margin: [0, 2, 0, 0],
  };
}

function findingCell(item: ReviewItem, includeEngineerNotes: boolean): TableCell {
  return {
    stack: [
      { text: [{ text: item.wording.name, bold: true, fontSize: 8.5 }, { text: `   ${item.wording.category}`, fontSize: 7, color: '#667085' }] },
      { text: item.wording.question, fontSize: 7.5, color: '#475467', margin: [0, 1, 0, 0] },
      ...(item.note ? [{ text: [{ text: 'Finding: ', bold: true }, item.note], fontSize: 7.5, margin: [0, 1, 0, 0] } as Content] : []),
      ...(includeEngineerNotes && item.engineerNote ? [{ text: [{ text: 'Engineer note: ', bold: true }, item.engineerNote], fontSize: 7.5, color: '#475467', margin: [0, 2, 0, 0] } as Content] : []),
    ],
  };
}

function findingsSection(input: AlignmentSummaryInput, brand: Brand): Content {
  const findings = misalignedByPriority(input.review.items);
  if (findings.length === 0) return section('Misaligned standards', [emptyNote('No standard reviewed is misaligned: everything answered is in line with the standard.')]);
  const initiatives = new Map(input.initiatives.map((item) => [item.id, item]));
  const width = contentWidth(brand, false);
  const rows: TableCell[][] = [];
  for (const priority of PRIORITIES) {
    const group = findings.filter((item) => item.wording.priority === priority);
    if (group.length === 0) continue;
    rows.push([{ text: `${PRIORITY_LABELS[priority]} priority (${group.length})`, style: 'tableCell', bold: true, color: brand.primaryColour, colSpan: 2 }, {}]);
    for (const item of group) {
      const initiative = item.initiativeId ? initiatives.get(item.initiativeId) : undefined;
      rows.push([findingCell(item, input.includeEngineerNotes), impactCell(item, initiative)]);
    }
  }
  return titledTable(
    {
      title: 'Misaligned standards',
      intro: 'Highest priority first. Each one is a recommendation for the roadmap.',
      widths: [width * 0.46, '*'],
      header: [headerCell('Finding'), headerCell('Business impact and recommendation')],
      rows,
    },
    brand,
  );
}

function howScored(): Content {
  return {
    text: 'How the score works: each answered standard weighs by its priority (high 5, medium 3, low 1). The score is the aligned weight as a share of the aligned and misaligned weight; not applicable and unanswered standards are left out. 80 and above is on track, 60 to under 80 needs attention, under 60 is at risk.',
    style: 'small',
    margin: [0, 12, 0, 0],
  };
}

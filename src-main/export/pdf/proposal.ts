import type { Content, ContentStack, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { decisionMakers, type Client } from '../../domain/client';
import { formatMoney, formatNumber } from '../../domain/format';
import type { Proposal } from '../../domain/proposal';
import { priceProposal } from '../../domain/proposal-pricing';
import { PROJECT_HOURS_PER_WEEK, proposalTimeline, weekSpanWords, type ProposalTimeline } from '../../domain/proposal-timeline';
import type { Settings } from '../../domain/settings';
import { brandedDocument, tint, type Brand } from '../brand';
import { investmentTable } from './proposal-investment';
import { cell, contentWidth, emptyNote, headerCell, keyFigures, section, titledTable } from './pdf-blocks';

/**
 * The proposal the client reads and signs (PRODUCT.md §8, §10): cover, summary, steps, timeline,
 * investment, resources, assumptions and exclusions, validity and a signature block. Portrait.
 * Client prices only: no cost, markup, margin or internal note ever reaches this document.
 */

export interface ProposalExportInput {
  proposal: Proposal;
  client: Client;
  settings: Pick<Settings, 'markups' | 'labourRateCents' | 'targetMarginPercent'>;
}

function dateWords(isoDate: string, locale: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

export function proposalDocument(input: ProposalExportInput, brand: Brand): TDocumentDefinitions {
  const { proposal } = input;
  const pricing = priceProposal(proposal, input.settings);
  const timeline = proposalTimeline(proposal.time);
  const money = (cents: number) => formatMoney(cents, brand.money);
  const hasMonthly = pricing.monthlyTotalCents > 0;
  const content: Content[] = [
    ...cover(input, brand),
    keyFigures(
      [
        { label: 'One-time investment', value: money(pricing.oneTimeTotalCents), note: 'Equipment, licences and labour' },
        ...(hasMonthly ? [{ label: 'Monthly', value: money(pricing.monthlyTotalCents), note: 'From the first month of service' }] : []),
        { label: hasMonthly ? 'First-year total' : 'Total investment', value: money(pricing.firstYearTotalCents), note: hasMonthly ? 'One-time + 12 months' : 'Taxes not included' },
      ],
      brand,
    ),
    { text: '', pageBreak: 'after' },
    section('Summary', [paragraphs(proposal.summary, 'The summary of this proposal is still to be written.')], { short: proposal.summary.length < 2_000 }),
    stepsSection(proposal),
    timelineSection(timeline, brand),
    investmentTable(proposal.lineItems, pricing, brand),
    resourcesSection(proposal, brand),
    section('Assumptions', [paragraphs(proposal.assumptions, 'None stated.')], { short: proposal.assumptions.length < 2_000 }),
    section('Not included', [paragraphs(proposal.outOfScope, 'Nothing excluded beyond what this proposal lists.')], { short: proposal.outOfScope.length < 2_000 }),
    section('Validity', [
      {
        text: `The prices in this proposal hold until ${dateWords(proposal.validUntil, brand.locale)}. Equipment prices change often; after that day we confirm them again before ordering.`,
      },
    ]),
    signatureBlock(input, brand),
  ];
  return brandedDocument(brand, content);
}

function cover(input: ProposalExportInput, brand: Brand): Content[] {
  const { proposal, client } = input;
  const preparer = [brand.consultantName, brand.company].filter((part, index, all) => part && all.indexOf(part) === index).join(', ');
  return [
    ...(brand.logo ? [{ image: brand.logo.dataUrl, fit: [220, 80], margin: [0, 40, 0, 0] } as Content] : [{ text: brand.company, fontSize: 18, bold: true, color: brand.primaryColour, margin: [0, 40, 0, 0] } as Content]),
    { canvas: [{ type: 'rect', x: 0, y: 0, w: 60, h: 4, color: brand.accentColour }], margin: [0, 36, 0, 10] },
    { text: 'PROPOSAL', fontSize: 10, bold: true, color: brand.accentColour, characterSpacing: 2 },
    { text: proposal.title, fontSize: 26, bold: true, color: brand.primaryColour, margin: [0, 4, 0, 14] },
    { text: `Prepared for ${client.name}`, fontSize: 13, margin: [0, 0, 0, 2] },
    ...(preparer ? [{ text: `Prepared by ${preparer}`, fontSize: 11, color: '#475467' } as Content] : []),
    {
      text: `Issued ${dateWords(proposal.issueDate, brand.locale)}  ·  Valid until ${dateWords(proposal.validUntil, brand.locale)}`,
      fontSize: 10,
      color: '#475467',
      margin: [0, 10, 0, 2],
    },
    ...(brand.contactLine ? [{ text: brand.contactLine, fontSize: 9, color: '#475467' } as Content] : []),
    { text: '', margin: [0, 0, 0, 60] },
  ];
}

/** Text as typed, one paragraph per blank-line-separated block, lines kept. */
function paragraphs(text: string, whenEmpty: string): Content {
  const trimmed = text.trim();
  if (trimmed === '') return emptyNote(whenEmpty);
  return { stack: trimmed.split(/\n\s*\n/).map((block) => ({ text: block, margin: [0, 0, 0, 6] })) };
}

function stepsSection(proposal: Proposal): Content {
  if (proposal.steps.length === 0) return section('Steps', [emptyNote('The steps are agreed with you when the work is scheduled.')]);
  const items: Content[] = proposal.steps.map((step, index) => ({
    margin: [0, 0, 0, 6],
    columns: [
      { text: `${index + 1}.`, width: 18, bold: true },
      { width: '*', stack: [{ text: step.title, bold: true }, ...(step.detail ? [{ text: step.detail, color: '#344054', margin: [0, 1, 0, 0] } as Content] : [])] },
    ],
  }));
  const [first, ...rest] = items;
  // The heading travels with the first step; later steps may break across pages.
  return { stack: [section('Steps', [first!]), ...rest] };
}

function timelineSection(timeline: ProposalTimeline, brand: Brand): Content {
  if (timeline.phases.length === 0) return section('Timeline', [emptyNote('The timeline is agreed with you when the work is scheduled.')]);
  const barWidth = 120;
  const scale = barWidth / timeline.totalWeeks;
  const bar = (first: number, last: number): TableCell => ({
    canvas: [
      { type: 'rect', x: 0, y: 2, w: barWidth, h: 8, color: tint(brand.primaryColour, 0.9) },
      { type: 'rect', x: (first - 1) * scale, y: 2, w: (last - first + 1) * scale, h: 8, color: brand.accentColour },
    ],
  });
  const rows: TableCell[][] = timeline.phases.map((phase) => [
    cell(phase.label, { bold: true }),
    cell(phase.description),
    cell(`${formatNumber(phase.hours, brand.locale)} h`, { alignment: 'right', noWrap: true }),
    cell(weekSpanWords(phase), { noWrap: true }),
    bar(phase.firstWeek, phase.lastWeek),
  ]);
  const weeks = `${timeline.totalWeeks} ${timeline.totalWeeks === 1 ? 'week' : 'weeks'}`;
  const table = titledTable(
    {
      title: 'Timeline',
      intro: `About ${weeks} in all, counting ${PROJECT_HOURS_PER_WEEK} project hours a week. Dates are agreed with you when the work is scheduled.`,
      widths: [92, '*', 40, 62, barWidth],
      header: [headerCell('Phase'), headerCell('What happens'), headerCell('Hours', 'right'), headerCell('When'), headerCell('')],
      rows,
      totalRow: [cell('Total', { bold: true }), cell(''), cell(`${formatNumber(timeline.totalHours, brand.locale)} h`, { alignment: 'right', bold: true, noWrap: true }), cell(weeks, { bold: true, noWrap: true }), cell('')],
    },
    brand,
  );
  return keptTogether(table, rows.length);
}

/** A short table stays on one page; a long one may break (pdfmake drops what an unbreakable block cannot fit). */
const ROWS_KEPT_TOGETHER = 12;

function keptTogether(table: Content, rows: number): Content {
  return rows <= ROWS_KEPT_TOGETHER ? { stack: [table], unbreakable: true } : table;
}

function resourcesSection(proposal: Proposal, brand: Brand): Content {
  if (proposal.resources.length === 0) return section('Resources', [emptyNote('We assign the people for this work when it is scheduled.')]);
  const table = titledTable(
    {
      title: 'Resources',
      intro: 'The people and partners who carry out the work.',
      widths: [200, '*'],
      header: [headerCell('Role'), headerCell('Who')],
      rows: proposal.resources.map((resource) => [cell(resource.role, { bold: true }), cell(resource.who || 'Assigned when the work is scheduled')]),
    },
    brand,
  );
  return keptTogether(table, proposal.resources.length);
}

function signatureLines(heading: string, name: string, role: string): ContentStack {
  const line = (label: string, filled = ''): Content => ({
    margin: [0, 14, 0, 0],
    stack: [
      { text: filled || ' ', fontSize: 10, margin: [0, 0, 0, 2] },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 220, y2: 0, lineWidth: 0.7, lineColor: '#98A2B3' }] },
      { text: label, style: 'small', margin: [0, 2, 0, 0] },
    ],
  });
  return { stack: [{ text: heading, bold: true, color: '#1D2939' }, line('Name', name), line('Title', role), line('Signature'), line('Date')] };
}

function signatureBlock(input: ProposalExportInput, brand: Brand): Content {
  const signer = decisionMakers(input.client)[0];
  const width = (contentWidth(brand, false) - 40) / 2;
  return section('Acceptance', [
    {
      text: `Signing below accepts this proposal and its prices as set out above, until ${dateWords(input.proposal.validUntil, brand.locale)}.`,
      margin: [0, 0, 0, 4],
    },
    {
      columnGap: 40,
      columns: [
        { width, ...signatureLines(`For ${input.client.name}`, signer?.name ?? '', signer?.role ?? '') },
        { width, ...signatureLines(`For ${brand.company}`, brand.consultantName, brand.consultantName ? 'vCIO' : '') },
      ],
    },
  ]);
}

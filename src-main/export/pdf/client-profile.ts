import type { Content, ContentStack, StyleDictionary, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { allInSeatPriceCents, CLIENT_STATUS_LABELS, decisionMakers, type Client, type Contact } from '../../domain/client';
import { formatMoney, formatNumber } from '../../domain/format';
import { brandedDocument, type Brand } from '../brand';
import type { BudgetExportInput } from '../budget-export-input';
import { budgetSnapshot } from './client-profile-budget';
import { cell, contentWidth, emptyNote, hasOnlyOrdinaryWords, headerCell, keyFigures, longMonthName, privateBox, section, titledTable, type TitledTable } from './pdf-blocks';

/**
 * A portrait profile of a client (PRODUCT.md §1), for a meeting folder or a new team member: who
 * they are, their figures, who decides, and where their budget stands.
 */

export interface ClientProfileInput {
  client: Client;
  /** The consultant ticked "include sensitive context"; without it the private notes never leave the app. */
  includePrivateNotes: boolean;
  counts: { assets: number; services: number; initiatives: number };
  /** The client's budget, for the snapshot; without it the profile has no budget section. */
  budget?: BudgetExportInput;
}

const DASH = '–';

export function clientProfileDocument(input: ClientProfileInput, brand: Brand): TDocumentDefinitions {
  const { client } = input;
  const content: Content[] = [
    { text: client.name, style: 'title' },
    { text: identityLine(client), style: 'subtitle', margin: [0, 0, 0, 8] },
    detailsBlock(client, brand),
    section('Commercials', [commercialFigures(client, brand), commercialDetails(client, input.counts, brand)]),
    ...contactsSection(client, brand),
    ...(input.budget ? [budgetSnapshot(input.budget, brand)] : []),
    section('Notes', [notesBlock(client.notes)], { short: isShort(client.notes) }),
    ...(input.includePrivateNotes ? [sensitiveContext(client.privateNotes, brand)] : []),
  ];
  const document = brandedDocument(brand, content);
  return { ...document, styles: compactStyles(document.styles ?? {}) };
}

/** Tighter than the shared styles so a client with eight contacts still fits on one page. */
function compactStyles(styles: StyleDictionary): StyleDictionary {
  return {
    ...styles,
    heading: { ...styles['heading'], fontSize: 11.5, margin: [0, 10, 0, 5] },
    tableCell: { ...styles['tableCell'], fontSize: 8.5 },
    tableHeader: { ...styles['tableHeader'], fontSize: 8.5 },
  };
}

/** Text that surely fits on one page, so its section can be kept in one piece. */
function isShort(text: string): boolean {
  return text.length < 2_500;
}

function identityLine(client: Client): string {
  const parts = [client.industry, `${CLIENT_STATUS_LABELS[client.status]} client`].filter(Boolean);
  return parts.join('  ·  ');
}

function labelled(label: string, value: string): ContentStack {
  return {
    stack: [
      { text: label.toUpperCase(), style: 'label' },
      { text: value || DASH, fontSize: 9.5, margin: [0, 1, 0, 0] },
    ],
  };
}

const GAP = 16;

/** Details sit on a grid of three columns; the address takes two so long ones stay on one line. */
function gridColumn(brand: Brand): number {
  return (contentWidth(brand, false) - 2 * GAP) / 3;
}

function detailsBlock(client: Client, brand: Brand): Content {
  return {
    columns: [
      { width: 2 * gridColumn(brand) + GAP, ...labelled('Address', client.address) },
      { width: '*', ...labelled('Website', client.website) },
    ],
    columnGap: GAP,
  };
}

function commercialFigures(client: Client, brand: Brand): Content {
  const seatPrice = allInSeatPriceCents(client);
  return keyFigures(
    [
      { label: 'MRR', value: formatMoney(client.mrrCents, brand.money), note: 'Recurring, per month' },
      { label: 'Users', value: formatNumber(client.users, brand.locale) },
      { label: 'Endpoints', value: formatNumber(client.endpoints, brand.locale) },
      {
        label: 'All-in seat price',
        value: seatPrice === undefined ? DASH : formatMoney(seatPrice, brand.money),
        note: seatPrice === undefined ? 'No users recorded' : 'MRR per user',
      },
      { label: 'Complexity', value: `${client.complexity} / 10` },
    ],
    brand,
    { valueSize: 13 },
  );
}

function complianceText(client: Client): string {
  const regimes = client.complianceRegimes.map((regime) =>
    regime === 'Other' && client.otherCompliance ? `Other (${client.otherCompliance})` : regime,
  );
  return regimes.length > 0 ? regimes.join(', ') : 'None recorded';
}

function commercialDetails(client: Client, counts: ClientProfileInput['counts'], brand: Brand): Content {
  return {
    margin: [0, 8, 0, 0],
    columns: [
      { width: gridColumn(brand), ...labelled('Compliance regimes', complianceText(client)) },
      { width: gridColumn(brand), ...labelled('Fiscal year starts', longMonthName(client.fiscalYearStartMonth, brand.locale)) },
      { width: '*', ...labelled('On file', recordsOnFile(counts, brand)) },
    ],
    columnGap: GAP,
  };
}

function contactRow(person: Contact, brand: Brand): TableCell[] {
  return [
    cell(person.name, { bold: person.decisionMaker }),
    cell(person.role || DASH),
    cell(person.email || DASH),
    // A phone number stays on one line unless it is long enough to push the table off the page.
    cell(person.phone || DASH, { noWrap: person.phone.length <= PHONE_ON_ONE_LINE }),
    person.decisionMaker ? cell('Decision maker', { bold: true, color: brand.primaryColour, noWrap: true }) : cell(''),
  ];
}

const PHONE_WIDTH = 96;
/** The longest phone number that fits PHONE_WIDTH on one line. */
const PHONE_ON_ONE_LINE = 18;

const LONGEST_ORDINARY_EMAIL = 40;

/**
 * Columns sized by their content, as ordinary contacts read best; but when a name, role, email or phone
 * is long enough that columns sized by their longest word would push the table off the page, widths in
 * points, within which pdfmake breaks any word.
 */
function contactWidths(client: Client, brand: Brand): Pick<TitledTable, 'widths' | 'width'> {
  const ordinary = client.contacts.every(
    (person) =>
      person.email.length <= LONGEST_ORDINARY_EMAIL &&
      person.phone.length <= PHONE_ON_ONE_LINE &&
      hasOnlyOrdinaryWords([person.name, person.role]),
  );
  if (ordinary) return { widths: ['*', '*', 'auto', 'auto', 'auto'] };
  return { widths: ['*', '*', '*', PHONE_WIDTH, 72], width: contentWidth(brand, false) };
}

function contactsSection(client: Client, brand: Brand): Content[] {
  if (client.contacts.length === 0) {
    const none: Content = { text: 'No contacts recorded, so there is no decision maker to plan with yet.', style: 'warning', fontSize: 9 };
    return [section('Contacts', [none])];
  }
  const table = titledTable(
    {
      title: 'Contacts',
      ...contactWidths(client, brand),
      header: [
        headerCell('Name'),
        headerCell('Role'),
        headerCell('Email'),
        headerCell('Phone'),
        headerCell('Decision maker', 'left', { noWrap: true }),
      ],
      rows: client.contacts.map((person) => contactRow(person, brand)),
    },
    brand,
  );
  const noDecisionMaker: Content = {
    text: 'No decision maker recorded: strategy meetings need someone who can approve budgets.',
    style: 'warning',
    fontSize: 9,
    margin: [0, 5, 0, 0],
  };
  const deciders = decisionMakers(client);
  if (deciders.length === 0) return [table, noDecisionMaker];
  const names = deciders.map((person) => (person.role ? `${person.name} (${person.role})` : person.name)).join(', ');
  return [table, { text: [{ text: 'Decides on budgets and roadmap: ', bold: true }, names], fontSize: 9, margin: [0, 5, 0, 0] }];
}

function notesBlock(notes: string): Content {
  return notes ? { text: notes, fontSize: 9, lineHeight: 1.15 } : emptyNote('No notes recorded.');
}

function sensitiveContext(privateNotes: string, brand: Brand): Content {
  return section('Sensitive context', [privateBox(privateNotes, brand)], { short: isShort(privateNotes) });
}

function recordsOnFile(counts: ClientProfileInput['counts'], brand: Brand): string {
  const count = (value: number, one: string, many: string) => `${formatNumber(value, brand.locale)} ${value === 1 ? one : many}`;
  return [
    count(counts.assets, 'asset', 'assets'),
    count(counts.services, 'service', 'services'),
    count(counts.initiatives, 'initiative', 'initiatives'),
  ].join(' · ');
}

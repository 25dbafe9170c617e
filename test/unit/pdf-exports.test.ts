import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSET_DEFAULTS, type Asset, type AssetFields } from '../../src-main/domain/asset';
import { clientForecast } from '../../src-main/domain/budget-plan';
import { CLIENT_DEFAULTS, type Client, type Contact } from '../../src-main/domain/client';
import { formatMoney, formatMoneyWhole } from '../../src-main/domain/format';
import { INITIATIVE_DEFAULTS, type Initiative, type InitiativeFields } from '../../src-main/domain/initiative';
import type { Month } from '../../src-main/domain/months';
import { SERVICE_DEFAULTS, type Service, type ServiceFields } from '../../src-main/domain/service';
import { DEFAULT_SETTINGS, type Settings } from '../../src-main/domain/settings';
import { brandFor, type Brand } from '../../src-main/export/brand';
import type { BudgetExportInput } from '../../src-main/export/budget-export-input';
import { budgetReportDocument } from '../../src-main/export/pdf/budget-report';
import { clientProfileDocument } from '../../src-main/export/pdf/client-profile';
import { renderPdf } from '../../src-main/export/pdf/render';

/**
 * Renders the client profile and the budget report and reads them back the way a person would:
 * as text (pdftotext) and page geometry (pdfinfo). Set KEEP_PDFS=/some/folder to keep the files.
 */

const FONTS = 'resources/fonts';
const TODAY: Month = '2026-11';
const STAMP = '2026-11-20T09:00:00.000Z';
const PRIVATE_PHRASE = 'owner plans to retire';
const CONFIDENTIAL = 'Confidential: prepared for Harbourview Dental Group only.';

function requirePoppler(): void {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('These tests read PDFs back with poppler: install poppler-utils (apt-get install poppler-utils).');
  }
}

// ---------------------------------------------------------------------------------------------
// A small PNG logo, built here so the test needs no binary fixture.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A navy badge with an orange bar: enough to see the logo sits where it should. */
function logoPng(width: number, height: number): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows: number[] = [];
  for (let y = 0; y < height; y += 1) {
    rows.push(0);
    for (let x = 0; x < width; x += 1) {
      const bar = y > height * 0.7 && x < width * 0.9;
      rows.push(...(bar ? [0xe0, 0x7b, 0x24] : x < height ? [0x1f, 0x4e, 0x79] : [0xff, 0xff, 0xff]));
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(Buffer.from(rows))), pngChunk('IEND', new Uint8Array())]),
  );
}

// ---------------------------------------------------------------------------------------------
// A realistic practice: a dental group with overdue kit, services and roadmap work.

const LOGO = logoPng(160, 40);

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  consultant: {
    name: 'Dana Whitfield',
    company: 'Northwind vCIO Partners',
    email: 'dana@northwindvcio.example',
    phone: '+1 503 555 0142',
    website: 'northwindvcio.example',
    address: '',
  },
  confidentialityLine: CONFIDENTIAL,
  logo: { fileName: 'brand-logo.png', mimeType: 'image/png', width: 160, height: 40, byteLength: LOGO.length },
};

function contact(id: string, name: string, role: string, decisionMaker = false): Contact {
  const handle = name.toLowerCase().replace(/[^a-z]+/g, '.');
  return { id, name, role, email: `${handle}@harbourview.example`, phone: '+1 503 555 01' + id.slice(-2), decisionMaker };
}

function makeClient(overrides: Partial<Client> = {}): Client {
  return {
    ...CLIENT_DEFAULTS,
    id: 'client-harbourview',
    name: 'Harbourview Dental Group',
    industry: 'Dental practice',
    status: 'active',
    address: '1200 Harbour Way, Suite 300, Portland, OR 97209',
    website: 'harbourviewdental.example',
    notes: 'Three chairs per site across two sites. Practice management runs on Dentrix; imaging PCs need GPU workstations. Prefers quarterly meetings on Tuesday mornings.',
    privateNotes: `The ${PRIVATE_PHRASE} in 2028 and is quietly talking to a buyer; keep large capital items modest.`,
    contacts: [
      contact('c-01', 'Dr. Maria Okafor', 'Owner and principal dentist', true),
      contact('c-02', 'James Patel', 'Practice manager'),
      contact('c-03', 'Lena Fischer', 'Office administrator'),
      contact('c-04', 'Tom Reyes', 'Lead hygienist'),
    ],
    mrrCents: 385_000,
    users: 22,
    endpoints: 31,
    complexity: 6,
    complianceRegimes: ['HIPAA', 'PCI DSS'],
    fiscalYearStartMonth: 7,
    budgetPlan: { startMonth: null, horizonYears: 3, spendingLimitPerQuarterCents: 2_000_000 },
    archivedAt: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

function makeAsset(id: string, fields: Partial<AssetFields> & Pick<AssetFields, 'name' | 'category' | 'unitCostCents'>): Asset {
  return { ...ASSET_DEFAULTS, ...fields, id, clientId: 'client-harbourview', createdAt: STAMP, updatedAt: STAMP };
}

function makeService(id: string, fields: Partial<ServiceFields> & Pick<ServiceFields, 'name' | 'unitCostCents' | 'startDate'>): Service {
  return { ...SERVICE_DEFAULTS, ...fields, id, clientId: 'client-harbourview', createdAt: STAMP, updatedAt: STAMP };
}

function makeInitiative(id: string, fields: Partial<InitiativeFields> & Pick<InitiativeFields, 'title'>): Initiative {
  return { ...INITIATIVE_DEFAULTS, ...fields, id, clientId: 'client-harbourview', rank: 0, history: [], createdAt: STAMP, updatedAt: STAMP };
}

/** Bought for $1,000.00 at a 30% markup: the report must say $1,300.00 and never $1,000.00. */
const PRINTER_COST = 100_000;
const PRINTER_PRICE = 130_000;

const ASSETS: Asset[] = [
  makeAsset('a-ws', { name: 'Front-desk workstations', category: 'workstation', quantity: 6, unitCostCents: 112_500, purchaseDate: '2021-03-10' }),
  makeAsset('a-ap', { name: 'Aruba AP-505 access points', category: 'wireless', quantity: 5, unitCostCents: 45_900, purchaseDate: '2020-06-02' }),
  makeAsset('a-srv', { name: 'Dell PowerEdge T350 file server', category: 'server', unitCostCents: 645_000, purchaseDate: '2021-09-14' }),
  makeAsset('a-fw', { name: 'FortiGate 60F firewall', category: 'firewall', unitCostCents: 182_000, purchaseDate: '2022-01-18' }),
  makeAsset('a-lt', { name: 'Clinical laptops', category: 'laptop', quantity: 4, unitCostCents: 143_900, purchaseDate: '2024-05-06' }),
  makeAsset('a-pr', { name: 'Reception printer', category: 'printer', unitCostCents: PRINTER_COST, markupPercent: 30, purchaseDate: '2023-02-01' }),
  makeAsset('a-img', { name: 'Imaging workstations', category: 'workstation', quantity: 3, unitCostCents: 268_000, purchaseDate: '2023-08-21' }),
  makeAsset('a-sw', { name: 'Cisco CBS350 switches', category: 'switch', quantity: 2, unitCostCents: 98_700, purchaseDate: '2022-04-11' }),
  makeAsset('a-ups', { name: 'APC Smart-UPS 1500', category: 'ups', quantity: 2, unitCostCents: 61_500 }),
  makeAsset('a-nas', { name: 'Old Synology NAS', category: 'storage', unitCostCents: 120_000, purchaseDate: '2017-01-01', status: 'retired' }),
];

const SERVICES: Service[] = [
  makeService('s-m365', { name: 'Microsoft 365 Business Premium', category: 'cloudSubscription', quantity: 22, unitCostCents: 2_200, startDate: '2023-01-01' }),
  makeService('s-net', { name: 'Fibre internet 500 Mb', category: 'internet', unitCostCents: 18_900, startDate: '2022-01-01' }),
  makeService('s-bak', { name: 'Offsite backup', category: 'backupService', billing: 'annual', unitCostCents: 240_000, startDate: '2024-03-01' }),
  makeService('s-edr', { name: 'Managed EDR', category: 'security', quantity: 31, unitCostCents: 850, startDate: '2025-02-01' }),
];

const INITIATIVES: Initiative[] = [
  makeInitiative('i-sp', { title: 'Move file shares to SharePoint', status: 'scheduled', startQuarter: { fiscalYear: 2027, quarter: 3 }, oneTimeCostCents: 450_000, labourHours: 24 }),
  makeInitiative('i-sat', { title: 'Security awareness training', status: 'approved', startQuarter: { fiscalYear: 2027, quarter: 4 }, recurringMonthlyCostCents: 15_000 }),
  makeInitiative('i-ph', { title: 'Replace phone system', status: 'proposed', startQuarter: null, oneTimeCostCents: 900_000 }),
  makeInitiative('i-no', { title: 'Second site fibre', status: 'declined', startQuarter: { fiscalYear: 2028, quarter: 1 }, oneTimeCostCents: 300_000 }),
];

const MONEY = { currency: SETTINGS.currency, locale: SETTINGS.locale };

function budgetInput(client: Client = makeClient()): BudgetExportInput {
  const items = { client, assets: ASSETS, services: SERVICES, initiatives: INITIATIVES, settings: SETTINGS };
  return { ...items, forecast: clientForecast(items, TODAY), today: TODAY };
}

function brand(clientName: string, documentTitle: string, settings: Settings = SETTINGS): Brand {
  return brandFor(settings, LOGO, { clientName, documentTitle, date: new Date(2026, 10, 20) });
}

function grandTotalCents(input: BudgetExportInput): number {
  return input.forecast.events.reduce((sum, event) => sum + event.priceCents, 0);
}

// ---------------------------------------------------------------------------------------------
// Reading the files back.

let folder = '';

interface RenderedPdf {
  text: string;
  pages: number;
  width: number;
  height: number;
}

async function rendered(name: string, document: Parameters<typeof renderPdf>[0]): Promise<RenderedPdf> {
  const file = path.join(folder, `${name}.pdf`);
  // Rendered once: pdfmake moves canvas shapes inside the definition, so a second render draws them offset.
  const bytes = await renderPdf(document, FONTS);
  writeFileSync(file, bytes);
  const keep = process.env['KEEP_PDFS'];
  if (keep) {
    mkdirSync(keep, { recursive: true });
    writeFileSync(path.join(keep, `${name}.pdf`), bytes);
  }
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const pages = /Pages:\s+(\d+)/.exec(info);
  return { text, pages: Number(pages?.[1]), width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** pdftotext lays columns out with runs of spaces; one space is enough to look for phrases. */
function squeezed(text: string): string {
  return text.replace(/[ \t]+/g, ' ');
}

beforeAll(() => {
  requirePoppler();
  folder = mkdtempSync(path.join(os.tmpdir(), 'vcio-pdf-'));
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------

describe('client profile PDF', () => {
  const counts = { assets: ASSETS.length, services: SERVICES.length, initiatives: INITIATIVES.length };

  it('is one branded page with the client, commercials and contacts, and no private notes by default', async () => {
    const client = makeClient();
    const pdf = await rendered('profile', clientProfileDocument({ client, includePrivateNotes: false, counts, budget: budgetInput(client) }, brand(client.name, 'Client profile')));
    const text = squeezed(pdf.text);
    expect(pdf.pages).toBe(1);
    expect(pdf.height).toBeGreaterThan(pdf.width);
    expect(text).toContain('Harbourview Dental Group');
    expect(text).toContain('Northwind vCIO Partners');
    expect(text).toContain('Page 1 of 1');
    expect(text).toContain(CONFIDENTIAL);
    expect(text).toContain('Dental practice');
    expect(text).toContain(formatMoney(385_000, MONEY));
    expect(text).toContain('$175.00'); // AISP: $3,850.00 / 22 users
    expect(text).toContain('HIPAA, PCI DSS');
    expect(text).toContain('July');
    expect(text).toContain('6 / 10');
    expect(text).toContain('Dr. Maria Okafor');
    expect(text).toContain('Decision maker');
    expect(text).not.toContain('No decision maker');
    expect(text).toContain('10 assets · 4 services · 4 initiatives');
    expect(text).not.toContain(PRIVATE_PHRASE);
    expect(text).not.toContain('Sensitive context');
  });

  it('shows the sensitive context only when the consultant includes it', async () => {
    const client = makeClient();
    const pdf = await rendered('profile-private', clientProfileDocument({ client, includePrivateNotes: true, counts, budget: budgetInput(client) }, brand(client.name, 'Client profile')));
    const text = squeezed(pdf.text);
    expect(text).toContain('Sensitive context');
    expect(text).toContain(PRIVATE_PHRASE);
    expect(pdf.pages).toBe(1);
  });

  it('says plainly when there is no decision maker or no users, and still fits eight contacts on one page', async () => {
    const staff: [string, string][] = [
      ['Dr. Samuel Hartley', 'Associate dentist'],
      ['Priya Raman', 'Practice manager'],
      ['Lena Fischer', 'Office administrator'],
      ['Tom Reyes', 'Lead hygienist'],
      ['Grace Okonkwo-Bell', 'Billing and insurance coordinator'],
      ['Marcus Delgado', 'Front desk, Pearl District site'],
      ['Hannah Lindqvist', 'Front desk, Beaverton site'],
      ['Owen Brandt', 'Bookkeeper (external)'],
    ];
    const contacts = staff.map(([name, role], index) => contact(`c-1${index}`, name, role));
    const notes = Array.from({ length: 4 }, () => 'Two sites share one internet circuit and a site-to-site VPN; imaging stays on premises.').join(' ');
    const client = makeClient({ contacts, users: 0, notes });
    const pdf = await rendered('profile-no-dm', clientProfileDocument({ client, includePrivateNotes: true, counts, budget: budgetInput(client) }, brand(client.name, 'Client profile')));
    const text = squeezed(pdf.text);
    expect(pdf.pages).toBe(1);
    expect(text).toContain('No decision maker recorded');
    expect(text).toContain('Page 1 of 1');
    expect(text).toMatch(/All-in seat price\s+[\s\S]*–/i);
    expect(text).toContain(PRIVATE_PHRASE);
  });

  it('says so when there are no contacts at all', async () => {
    const client = makeClient({ contacts: [] });
    const pdf = await rendered('profile-no-contacts', clientProfileDocument({ client, includePrivateNotes: false, counts, budget: budgetInput(client) }, brand(client.name, 'Client profile')));
    expect(pdf.pages).toBe(1);
    expect(squeezed(pdf.text)).toContain('No contacts recorded');
  });
});

describe('budget report PDF', () => {
  const input = budgetInput();
  let report: Promise<RenderedPdf> | null = null;
  const threeYearReport = () => (report ??= rendered('budget', budgetReportDocument(input, brand(input.client.name, 'Life-cycle budget'))));

  it('is a landscape, branded, client-facing report whose totals come from the engine', async () => {
    const pdf = await threeYearReport();
    const text = squeezed(pdf.text);

    expect(pdf.width).toBeGreaterThan(pdf.height);
    expect(pdf.pages).toBeGreaterThan(1);
    expect(text).toContain('Harbourview Dental Group');
    expect(text).toContain('Northwind vCIO Partners');
    expect(text).toContain(`Page 1 of ${pdf.pages}`);
    expect(text).toContain(`Page ${pdf.pages} of ${pdf.pages}`);
    expect(text).toContain(CONFIDENTIAL);
    expect(text).toContain(formatMoney(grandTotalCents(input), MONEY));
    expect(text).toContain('FY2027 runs Jul 2026 – Jun 2027');
    expect(text).toContain('Overdue');
    expect(text).toContain('Over limit');
  });

  it('shows client prices only: no cost, markup or margin, and no cost figure that differs from its price', async () => {
    const text = squeezed((await threeYearReport()).text);
    expect(text).not.toMatch(/\b(costs?|markups?|margins?)\b/i);
    expect(text).toContain(formatMoney(PRINTER_PRICE, MONEY));
    expect(text).not.toContain(formatMoney(PRINTER_COST, MONEY));
    const server = input.forecast.events.find((event) => event.sourceId === 'a-srv');
    expect(server).toBeDefined();
    expect(server!.costCents).not.toBe(server!.priceCents);
    expect(text).not.toContain(formatMoney(server!.costCents, MONEY));
    expect(text).toContain(formatMoney(server!.priceCents, MONEY));
  });

  it('lists overdue replacements first, in words', async () => {
    const lines = (await threeYearReport()).text.split('\n');
    const overdueLines = lines.filter((line) => /\bOverdue\b/.test(line) && /\$/.test(line));
    expect(overdueLines.some((line) => line.includes('Front-desk workstations'))).toBe(true);
    expect(overdueLines.some((line) => line.includes('Aruba AP-505 access points'))).toBe(true);
    // Due in Sep 2026: inside the plan, which began in July, but already past in November.
    expect(overdueLines.some((line) => line.includes('Dell PowerEdge T350 file server'))).toBe(true);
    const firstOverdue = lines.findIndex((line) => line.includes('Aruba AP-505 access points') && line.includes('Overdue'));
    const firstUpcoming = lines.findIndex((line) => line.includes('FortiGate 60F firewall') && /Due in \d+ months?/.test(line));
    expect(firstOverdue).toBeGreaterThan(-1);
    expect(firstUpcoming).toBeGreaterThan(firstOverdue);
  });

  it('renders a ten-year plan, charted by fiscal year, with every quarter in the table', async () => {
    const tenYears = budgetInput(makeClient({ budgetPlan: { startMonth: null, horizonYears: 10, spendingLimitPerQuarterCents: 2_000_000 } }));
    const pdf = await rendered('budget-10y', budgetReportDocument(tenYears, brand(tenYears.client.name, 'Life-cycle budget')));
    const text = squeezed(pdf.text);
    expect(pdf.width).toBeGreaterThan(pdf.height);
    expect(text).toContain('Spend by fiscal year');
    expect(text).toContain('Q1 FY2027');
    expect(text).toContain('Q4 FY2036');
    expect(text).toContain(`Page 1 of ${pdf.pages}`);
    expect(text).toContain(formatMoney(grandTotalCents(tenYears), MONEY));
  });

  it('renders on A4 a plan that starts part-way through a fiscal year', async () => {
    const midYear = budgetInput(makeClient({ budgetPlan: { startMonth: '2026-03', horizonYears: 2, spendingLimitPerQuarterCents: null } }));
    const a4 = brand(midYear.client.name, 'Life-cycle budget', { ...SETTINGS, pageSize: 'A4' });
    const pdf = await rendered('budget-a4', budgetReportDocument(midYear, a4));
    const text = squeezed(pdf.text);
    expect(pdf.width).toBeCloseTo(841.89, 0);
    expect(pdf.height).toBeCloseTo(595.28, 0);
    expect(text).toContain('FY2026 runs Jul 2025 – Jun 2026');
    expect(text).toContain('Q3 (1 mo)');
    expect(text).toContain(formatMoney(grandTotalCents(midYear), MONEY));
  });

  it('renders a plan with nothing in it and no spending limit', async () => {
    const client = makeClient({ budgetPlan: { startMonth: '2026-07', horizonYears: 1, spendingLimitPerQuarterCents: null } });
    const items = { client, assets: [], services: [], initiatives: [], settings: SETTINGS };
    const input: BudgetExportInput = { ...items, forecast: clientForecast(items, TODAY), today: TODAY };
    const pdf = await rendered('budget-empty', budgetReportDocument(input, brand(client.name, 'Life-cycle budget')));
    const text = squeezed(pdf.text);
    expect(text).toContain('Nothing is planned');
    expect(text).toContain(formatMoney(0, MONEY));
    expect(text).not.toContain('Over limit');
  });
});

describe('budget report PDF as meeting material', () => {
  const SHAREPOINT_WHY = 'Staff reach their files from any site, and the ageing file server can be retired.';
  const initiatives = INITIATIVES.map((item) =>
    item.id === 'i-sp' ? { ...item, description: `${SHAREPOINT_WHY} Migration runs over two weekends.`, why: { ...item.why, assetIds: ['a-srv'] } } : item,
  );
  const assets = [
    ...ASSETS,
    makeAsset('a-est', { name: 'Imported exam-room PCs', category: 'workstation', quantity: 5, unitCostCents: 0, purchaseDate: '2023-02-01' }),
    makeAsset('a-unp', { name: 'Imported scanner software', category: 'softwareLicence', quantity: 2, unitCostCents: 0, purchaseDate: '2024-02-01' }),
  ];
  const client = makeClient({ budgetPlan: { startMonth: null, horizonYears: 5, spendingLimitPerQuarterCents: 2_000_000 } });
  const items = { client, assets, services: SERVICES, initiatives, settings: SETTINGS };
  const input: BudgetExportInput = { ...items, forecast: clientForecast(items, TODAY), today: TODAY };
  let report: Promise<RenderedPdf> | null = null;
  const handout = () => (report ??= rendered('budget-handout', budgetReportDocument(input, brand(client.name, 'Life-cycle budget'))));

  it('names each initiative with its quarter, one-time and monthly price and one line on why', async () => {
    const text = squeezed((await handout()).text);
    expect(text).toContain('Initiatives');
    expect(text).toMatch(/Move file shares to SharePoint Q3 FY2027 \$9,450\.00/); // 4,500 × 1.3 + 24 h × 150
    expect(text).toContain(SHAREPOINT_WHY);
    expect(text).not.toContain('Migration runs over two weekends');
    expect(text).toMatch(/Security awareness training Q4 FY2027 – \$150\.00/);
    expect(text).toContain('Replaces: Dell PowerEdge T350 file server');
    expect(text).toContain('Not yet scheduled, so not in these figures: 1 initiative is waiting for a start quarter (Replace phone system)');
    expect(text).not.toContain('Second site fibre');
  });

  it('lists every replacement of the plan by fiscal year, beyond the first 24 months, with the replaced server named once', async () => {
    const text = squeezed((await handout()).text);
    const replacements = input.forecast.events.filter((event) => event.kind === 'replacement');
    const late = replacements.filter((event) => event.month > '2028-11');
    expect(late.length).toBeGreaterThan(0);
    for (const event of replacements) expect(text, event.label).toContain(event.label);
    for (const year of ['FY2027', 'FY2028', 'FY2029', 'FY2030', 'FY2031']) expect(text).toMatch(new RegExp(`${year} · \\d+ replacements?`));
    expect(text).toMatch(/Dell PowerEdge T350 file server Server 1 Jan 2027 Replaced by “Move file shares to/);
    expect(text).toContain(`${replacements.length} replacements in the plan`);
  });

  it('marks estimates with a footnote and never shows an unpriced replacement as $0', async () => {
    const text = squeezed((await handout()).text);
    const estimated = input.forecast.events.find((event) => event.sourceId === 'a-est')!;
    expect(estimated.estimated).toBe(true);
    expect(text).toContain(`${formatMoney(estimated.priceCents, MONEY)}*`);
    expect(text).toContain('* Estimate: no price is on record for this equipment yet');
    expect(text).toMatch(/Imported scanner software Software licence 2 \w{3} \d{4} Due in \d+ months – Unpriced/);
    expect(text).not.toMatch(/Imported scanner software[^\n]*\$0\.00/);
    expect(text).toMatch(/replacements estimated, 2\s+unpriced/); // the licence falls due twice in five years
  });

  it('shows the headline figures in whole currency units and keeps the cents in the detail', async () => {
    const lines = squeezed((await handout()).text).split('\n').map((line) => line.trim()).filter(Boolean);
    const total = grandTotalCents(input);
    const headline = lines[lines.findIndex((line) => line.startsWith('PLAN TOTAL')) + 1]!;
    expect(headline.startsWith(`${formatMoneyWhole(total, MONEY)}* `)).toBe(true);
    expect(headline).not.toMatch(/\.\d\d\b/);
    expect(lines.some((line) => line.includes(formatMoney(total, MONEY)))).toBe(true);
  });

  it('never leaves a total row alone at the top of a page, however long the lists run', async () => {
    const many = (count: number) =>
      Array.from({ length: count }, (_unused, index) =>
        makeAsset(`a-bulk-${index}`, { name: `Workstation pod ${index + 1}`, category: 'workstation', quantity: 1 + (index % 4), unitCostCents: 99_900 + index * 100, purchaseDate: `20${22 + (index % 5)}-${String(1 + (index % 12)).padStart(2, '0')}-10` }),
      );
    for (const count of [38, 41, 44, 47, 50]) {
      const long = { client, assets: many(count), services: SERVICES, initiatives, settings: SETTINGS };
      const longInput: BudgetExportInput = { ...long, forecast: clientForecast(long, TODAY), today: TODAY };
      const pdf = await rendered(`budget-long-${count}`, budgetReportDocument(longInput, brand(client.name, 'Life-cycle budget')));
      expect(pdf.pages).toBeGreaterThan(3);
      for (const page of pdf.text.split('\f')) {
        const lines = page.split('\n').map((line) => line.trim()).filter(Boolean);
        for (const total of [/replacements? in the plan \$/, /^\d+ initiatives? \$/, /^Plan total \w{3} \d{4} – /]) {
          const at = lines.findIndex((line) => total.test(line));
          if (at < 0) continue;
          // Above the total on its page: more than the running header and the repeated column headings.
          const bodyAbove = lines.slice(0, at).filter((line) => /\$\d/.test(line));
          expect(bodyAbove.length, `${count} assets, ${total}`).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('client profile PDF with a budget snapshot', () => {
  it('fills the page: key figures, contacts, who decides, and the budget at a glance', async () => {
    const client = makeClient();
    const budget = budgetInput(client);
    const counts = { assets: ASSETS.length, services: SERVICES.length, initiatives: INITIATIVES.length };
    const pdf = await rendered('profile-budget', clientProfileDocument({ client, includePrivateNotes: false, counts, budget }, brand(client.name, 'Client profile')));
    const text = squeezed(pdf.text);
    expect(pdf.pages).toBe(1);
    expect(text).toContain('Decides on budgets and roadmap: Dr. Maria Okafor (Owner and principal dentist)');
    expect(text).toContain('Budget snapshot');
    expect(text).toContain(formatMoneyWhole(grandTotalCents(budget), MONEY));
    expect(text).toContain('Next initiatives');
    expect(text).toContain('Move file shares to SharePoint');
    expect(text).toContain('Next replacements');
    expect(text).toContain('Front-desk workstations');
  });

  it('says plainly when nothing is budgeted yet', async () => {
    const client = makeClient();
    const items = { client, assets: [], services: [], initiatives: [], settings: SETTINGS };
    const budget: BudgetExportInput = { ...items, forecast: clientForecast(items, TODAY), today: TODAY };
    const counts = { assets: 0, services: 0, initiatives: 0 };
    const pdf = await rendered('profile-no-budget', clientProfileDocument({ client, includePrivateNotes: false, counts, budget }, brand(client.name, 'Client profile')));
    expect(squeezed(pdf.text)).toContain('Nothing is budgeted yet');
  });
});

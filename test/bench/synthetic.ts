import type { Asset, AssetCategory } from '../../src-main/domain/asset';
import type { Client } from '../../src-main/domain/client';
import { INITIATIVE_STATUSES, type Initiative } from '../../src-main/domain/initiative';
import { addMonths, addQuarters, daysInMonth, fiscalQuarterOfMonth, monthIndex, type Month } from '../../src-main/domain/months';
import { emptyPractice, practiceData, type PracticeData } from '../../src-main/domain/practice';
import { SERVICE_CATEGORIES, type Service, type ServiceCategory } from '../../src-main/domain/service';
import { DEFAULT_SETTINGS, type Settings } from '../../src-main/domain/settings';
import { benchLibrary, makeStrategy, type StrategyRecords } from './synthetic-strategy';

/**
 * Realistic synthetic practices for the benchmark, from a seeded generator: the same seed gives the
 * same practice (dates are relative to `today`). Nothing here is timed.
 */

/** mulberry32: small, fast, good enough to spread data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Dice {
  constructor(readonly random: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.random() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
  /** Picks by weight: [[value, weight], ...]. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.random() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }
  hex(length: number): string {
    let text = '';
    while (text.length < length) text += Math.floor(this.random() * 16).toString(16);
    return text.toUpperCase();
  }
}

const ASSET_MODELS: Record<AssetCategory, { names: string[]; costs: [number, number]; quantity: [number, number] }> = {
  server: { names: ['Dell PowerEdge R650', 'HPE ProLiant DL360 Gen10', 'Lenovo ThinkSystem SR630', 'Dell PowerEdge T350'], costs: [450_000, 1_400_000], quantity: [1, 1] },
  workstation: { names: ['Dell OptiPlex 7010', 'HP EliteDesk 800 G9', 'Lenovo ThinkCentre M90q', 'Dell Precision 3660'], costs: [75_000, 220_000], quantity: [1, 1] },
  laptop: { names: ['Lenovo ThinkPad T14', 'Dell Latitude 5440', 'HP EliteBook 840 G10', 'MacBook Air 13"', 'Surface Laptop 5'], costs: [95_000, 260_000], quantity: [1, 1] },
  firewall: { names: ['Fortinet FortiGate 60F', 'SonicWall TZ470', 'WatchGuard Firebox T45', 'Meraki MX68'], costs: [60_000, 450_000], quantity: [1, 1] },
  switch: { names: ['Cisco Catalyst 9200L-48P', 'Aruba 2930F-24G', 'Meraki MS120-24P', 'UniFi USW-Pro-48-PoE'], costs: [40_000, 600_000], quantity: [1, 3] },
  wireless: { names: ['Meraki MR36', 'UniFi U6 Pro', 'Aruba AP-505', 'Ruckus R550'], costs: [15_000, 90_000], quantity: [1, 12] },
  ups: { names: ['APC Smart-UPS 1500', 'Eaton 5PX 2200', 'CyberPower OR1500'], costs: [40_000, 220_000], quantity: [1, 4] },
  storage: { names: ['Synology RS1221+', 'QNAP TS-873A', 'Dell PowerVault ME5012'], costs: [120_000, 1_800_000], quantity: [1, 1] },
  backupAppliance: { names: ['Datto SIRIS S5-2', 'Axcient x360Recover', 'Veeam backup appliance'], costs: [200_000, 900_000], quantity: [1, 1] },
  phoneSystem: { names: ['Yealink T54W desk phone', 'Poly VVX 450', '3CX appliance'], costs: [12_000, 300_000], quantity: [1, 40] },
  printer: { names: ['HP LaserJet Pro M404', 'Brother MFC-L8900', 'Canon imageRUNNER C3226', 'Zebra ZD421 label printer'], costs: [30_000, 600_000], quantity: [1, 2] },
  softwareLicence: { names: ['Microsoft Office LTSC 2021', 'Adobe Acrobat Pro licence', 'AutoCAD LT seat', 'Windows Server 2022 CAL pack'], costs: [5_000, 150_000], quantity: [1, 50] },
  other: { names: ['Conference room display', 'Door access controller', 'Rack and PDU', 'Barcode scanner kit'], costs: [10_000, 400_000], quantity: [1, 6] },
};

/** Roughly how a small-business estate is made up: many endpoints, a few pieces of infrastructure. */
const CATEGORY_WEIGHTS: ReadonlyArray<readonly [AssetCategory, number]> = [
  ['workstation', 28],
  ['laptop', 30],
  ['server', 3],
  ['firewall', 2],
  ['switch', 4],
  ['wireless', 6],
  ['ups', 3],
  ['storage', 2],
  ['backupAppliance', 1],
  ['phoneSystem', 6],
  ['printer', 5],
  ['softwareLicence', 7],
  ['other', 3],
];

const SERVICE_MODELS: Record<ServiceCategory, { names: string[]; vendors: string[]; costs: [number, number] }> = {
  cloudSubscription: { names: ['Microsoft 365 Business Premium', 'Google Workspace Business', 'Dropbox Business', 'Zoom Pro'], vendors: ['Pax8', 'Microsoft', 'Google'], costs: [1_000, 3_500] },
  internet: { names: ['Business fibre 1 Gbps', 'Backup LTE line', 'Coax 500 Mbps'], vendors: ['Comcast Business', 'Spectrum', 'Verizon'], costs: [9_000, 45_000] },
  backupService: { names: ['Cloud backup 2 TB', 'M365 backup per seat', 'Offsite replication'], vendors: ['Datto', 'Veeam', 'Backblaze'], costs: [300, 60_000] },
  security: { names: ['EDR per endpoint', 'Email security per seat', 'Security awareness training', 'SIEM monitoring'], vendors: ['SentinelOne', 'Proofpoint', 'KnowBe4', 'Huntress'], costs: [300, 8_000] },
  telephony: { names: ['Hosted PBX seat', 'SIP trunk', 'Teams Phone licence'], vendors: ['RingCentral', '8x8', 'Microsoft'], costs: [800, 4_500] },
  hosting: { names: ['Website hosting', 'Azure VM B2ms', 'Line-of-business app hosting'], vendors: ['Azure', 'AWS', 'WP Engine'], costs: [2_500, 90_000] },
  support: { names: ['Firewall support contract', 'Server warranty extension', 'Vendor support plan'], vendors: ['Fortinet', 'Dell', 'HPE'], costs: [20_000, 250_000] },
  otherService: { names: ['Domain renewals', 'SSL certificates', 'Password manager'], vendors: ['GoDaddy', 'DigiCert', '1Password'], costs: [1_500, 60_000] },
};

const INITIATIVE_TITLES = [
  'Migrate file server to SharePoint',
  'Replace ageing firewall with SD-WAN',
  'Roll out multi-factor authentication',
  'Refresh Windows 10 workstations',
  'Security awareness programme',
  'Wi-Fi survey and upgrade',
  'Document disaster recovery plan',
  'Consolidate line-of-business servers to Azure',
];

const CLIENT_NAMES = ['Dental', 'Legal', 'Accounting', 'Logistics', 'Engineering', 'Clinic', 'Realty', 'Manufacturing', 'Architects', 'Nonprofit'];
const TOWNS = ['Harbour', 'Maple', 'Granite', 'Riverside', 'Summit', 'Oakridge', 'Bayview', 'Cedar', 'Northgate', 'Willow'];
const LOCATIONS = ['Front desk', 'Server room', 'Reception', 'Office 2', 'Finance', 'Warehouse', 'Lab', 'Boardroom', 'Remote', 'Branch office'];

export interface ClientBundle {
  client: Client;
  assets: Asset[];
  services: Service[];
  initiatives: Initiative[];
  /** Reviews, canvass, goals, meetings, action items, touches and proposals. */
  strategy: StrategyRecords;
}

export interface PracticeShape {
  clients: number;
  assetsPerClient: number;
  servicesPerClient: number;
  initiativesPerClient: number;
  horizonYears: number;
  /** A review in progress, besides the completed one (the client the interactions answer a review of). */
  reviewInProgress?: boolean;
}

export const BENCH_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  consultant: {
    name: 'Jordan Reyes',
    company: 'Northwind vCIO Partners',
    email: 'jordan@northwind-vcio.example',
    phone: '+1 555 0100',
    website: 'northwind-vcio.example',
    address: '100 Main Street, Springfield',
  },
};

const STAMP = '2026-01-15T09:30:00.000Z';

function dateIn(month: Month, dice: Dice): string {
  const [year, monthNumber] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return `${month}-${String(dice.int(1, daysInMonth(year, monthNumber))).padStart(2, '0')}`;
}

function makeAsset(dice: Dice, clientId: string, index: number, today: Month): Asset {
  // The first asset of each client is the one the screen benchmark edits: active, dated within the
  // last two years, no replacement price of its own, so its unit cost moves the budget total.
  const editable = index === 0;
  const category = editable ? 'laptop' : dice.weighted(CATEGORY_WEIGHTS);
  const model = ASSET_MODELS[category];
  const dated = editable || !dice.chance(0.06);
  // Purchase dates spread over the last 8 years (96 months), newest slightly more common.
  const purchasedMonth = addMonths(today, -Math.floor(Math.pow(dice.random(), 1.2) * 96) - (editable ? 0 : 1));
  const purchaseDate = dated ? dateIn(editable ? addMonths(today, -14) : purchasedMonth, dice) : null;
  const unitCostCents = dice.int(model.costs[0] / 100, model.costs[1] / 100) * 100 + dice.pick([0, 0, 0, 99, 50]);
  return {
    id: `a${clientId.slice(1)}x${String(index).padStart(4, '0')}`,
    clientId,
    name: editable ? `Bench laptop ${clientId}` : `${dice.pick(model.names)}${dice.chance(0.5) ? ` #${index}` : ''}`,
    category,
    quantity: editable ? 1 : dice.int(model.quantity[0], model.quantity[1]),
    unitCostCents,
    purchaseDate,
    warrantyEnd: purchaseDate && dice.chance(0.8) ? dateIn(addMonths(purchaseDate.slice(0, 7), dice.pick([12, 36, 36, 60])), dice) : null,
    lifespanMonths: !editable && dice.chance(0.15) ? dice.pick([24, 36, 48, 72, 96]) : null,
    replacementUnitCostCents: !editable && dice.chance(0.1) ? Math.round(unitCostCents * (1 + dice.int(0, 25) / 100)) : null,
    plannedReplacementMonth: !editable && dice.chance(0.05) ? addMonths(today, dice.int(-3, 40)) : null,
    markupPercent: !editable && dice.chance(0.1) ? dice.pick([15, 20, 25.5, 35]) : null,
    status: !editable && dice.chance(0.07) ? 'retired' : 'active',
    serial: dice.chance(0.85) ? `${dice.pick(['CZ', 'SN', '5CG', 'PF', 'FGT'])}${dice.hex(8)}` : '',
    location: dice.chance(0.7) ? dice.pick(LOCATIONS) : '',
    notes: dice.chance(0.1) ? 'Checked during the quarterly review; user reports it is slow.' : '',
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

function makeService(dice: Dice, clientId: string, index: number, today: Month): Service {
  const category = dice.pick(SERVICE_CATEGORIES);
  const model = SERVICE_MODELS[category];
  const billing = dice.chance(0.7) ? 'monthly' : 'annual';
  const startMonth = addMonths(today, -dice.int(0, 60) + (dice.chance(0.1) ? dice.int(1, 18) : 0));
  const endDate = dice.chance(0.25) ? `${addMonths(startMonth, dice.int(6, 72))}-${dice.pick(['01', '15', '28'])}` : null;
  const perSeat = category === 'cloudSubscription' || category === 'security' || category === 'telephony';
  return {
    id: `s${clientId.slice(1)}x${String(index).padStart(3, '0')}`,
    clientId,
    name: dice.pick(model.names),
    category,
    vendor: dice.pick(model.vendors),
    quantity: perSeat ? dice.int(5, 80) : 1,
    unitCostCents: dice.int(model.costs[0], model.costs[1]) * (billing === 'annual' ? 10 : 1),
    billing,
    startDate: `${startMonth}-01`,
    endDate,
    markupPercent: dice.chance(0.3) ? dice.pick([10, 15, 20]) : null,
    notes: '',
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

function makeInitiative(dice: Dice, clientId: string, index: number, today: Month, fiscalYearStartMonth: number): Initiative {
  const scheduled = dice.chance(0.85);
  const quarter = addQuarters(fiscalQuarterOfMonth(today, fiscalYearStartMonth), dice.int(-2, 12));
  return {
    id: `i${clientId.slice(1)}x${index}`,
    clientId,
    title: dice.pick(INITIATIVE_TITLES),
    description: 'Proposed at the last strategy meeting.',
    why: { standardIds: [], reviewIds: [], goalIds: [], assetIds: [], clientRequest: '' },
    businessImpact: { productivity: 'Less waiting on slow machines.', businessRisk: 'Unsupported systems stop getting security fixes.', opportunityCost: '' },
    priority: dice.pick(['high', 'medium', 'low'] as const),
    status: dice.pick(INITIATIVE_STATUSES),
    startQuarter: scheduled ? quarter : null,
    durationQuarters: dice.int(1, 4),
    oneTimeCostCents: dice.chance(0.8) ? dice.int(20, 800) * 10_000 : 0,
    oneTimeSpend: dice.chance(0.7) ? 'capex' : 'opex',
    oneTimeMarkupPercent: dice.chance(0.2) ? 20 : null,
    recurringMonthlyCostCents: dice.chance(0.5) ? dice.int(5, 150) * 1_000 : 0,
    recurringMarkupPercent: null,
    labourHours: dice.chance(0.7) ? dice.int(4, 160) + dice.pick([0, 0.5, 0.25]) : 0,
    owner: dice.pick(['Jordan', 'Sam', '']),
    clientDecision: { date: null, by: '', note: '' },
    rank: index,
    history: [],
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

export function makeClientBundle(seed: number, clientIndex: number, shape: Omit<PracticeShape, 'clients'>, today: Month): ClientBundle {
  const dice = new Dice(seededRandom(seed * 1_000_003 + clientIndex));
  const id = `c${String(clientIndex).padStart(5, '0')}`;
  const fiscalYearStartMonth = dice.pick([1, 1, 1, 4, 7, 10]);
  const users = dice.int(8, 120);
  const bundle: ClientBundle = {
    client: {
      id,
      name: `${dice.pick(TOWNS)} ${dice.pick(CLIENT_NAMES)} ${clientIndex}`,
      industry: dice.pick(['Healthcare', 'Legal', 'Finance', 'Construction', 'Nonprofit']),
      status: 'active',
      address: `${dice.int(1, 999)} Commerce Way`,
      website: 'example.com',
      notes: '',
      contacts: [{ id: `${id}p1`, name: 'Alex Morgan', role: 'Office manager', email: 'alex@example.com', phone: '', decisionMaker: true }],
      mrrCents: users * dice.int(9_000, 18_000),
      users,
      endpoints: Math.round(users * 1.3),
      complexity: dice.int(2, 9),
      complianceRegimes: dice.chance(0.3) ? ['HIPAA'] : [],
      otherCompliance: '',
      fiscalYearStartMonth,
      privateNotes: '',
      cadenceOverride: null,
      hiddenStandardCategories: [],
      prepPackSections: null,
      budgetPlan: { startMonth: null, horizonYears: shape.horizonYears, spendingLimitPerQuarterCents: dice.chance(0.3) ? dice.int(20, 80) * 100_000 : null },
      archivedAt: null,
      createdAt: STAMP,
      updatedAt: STAMP,
    },
    assets: [],
    services: [],
    initiatives: [],
    strategy: { reviews: [], canvasses: [], goals: [], meetings: [], actionItems: [], touches: [], proposals: [] },
  };
  for (let index = 0; index < shape.assetsPerClient; index += 1) bundle.assets.push(makeAsset(dice, id, index, today));
  for (let index = 0; index < shape.servicesPerClient; index += 1) bundle.services.push(makeService(dice, id, index, today));
  for (let index = 0; index < shape.initiativesPerClient; index += 1) bundle.initiatives.push(makeInitiative(dice, id, index, today, fiscalYearStartMonth));
  bundle.strategy = makeStrategy(dice, bundle.client, bundle.initiatives, today, shape.reviewInProgress ?? false);
  return bundle;
}

export function makePractice(seed: number, shape: PracticeShape, today: Month): ClientBundle[] {
  const bundles: ClientBundle[] = [];
  for (let index = 0; index < shape.clients; index += 1) bundles.push(makeClientBundle(seed, index, shape, today));
  return bundles;
}

/**
 * Parses the generated practice with the app's own schema (every record, and that each belongs to a
 * client that exists), so the benchmark runs on data the app accepts.
 */
export function validateBundles(bundles: readonly ClientBundle[]): Record<'clients' | 'assets' | 'services' | 'initiatives' | 'reviews' | 'meetings' | 'actionItems' | 'proposals', number> {
  const parsed = practiceData.parse(practiceDataOf(bundles));
  return {
    clients: parsed.clients.length,
    assets: parsed.assets.length,
    services: parsed.services.length,
    initiatives: parsed.initiatives.length,
    reviews: parsed.reviews.length,
    meetings: parsed.meetings.length,
    actionItems: parsed.actionItems.length,
    proposals: parsed.proposals.length,
  };
}

export function practiceDataOf(bundles: readonly ClientBundle[], settings: Settings = BENCH_SETTINGS): PracticeData {
  return {
    ...emptyPractice(),
    settings: structuredClone(settings),
    clients: bundles.map((bundle) => bundle.client),
    assets: bundles.flatMap((bundle) => bundle.assets),
    services: bundles.flatMap((bundle) => bundle.services),
    initiatives: bundles.flatMap((bundle) => bundle.initiatives),
    importMappings: [],
    standards: benchLibrary().standards,
    defaultStandardsEdition: benchLibrary().edition,
    reviews: bundles.flatMap((bundle) => bundle.strategy.reviews),
    canvasses: bundles.flatMap((bundle) => bundle.strategy.canvasses),
    goals: bundles.flatMap((bundle) => bundle.strategy.goals),
    meetings: bundles.flatMap((bundle) => bundle.strategy.meetings),
    actionItems: bundles.flatMap((bundle) => bundle.strategy.actionItems),
    touches: bundles.flatMap((bundle) => bundle.strategy.touches),
    proposals: bundles.flatMap((bundle) => bundle.strategy.proposals),
  };
}

/** What share of a bundle's assets the forecast can place (active and dated), for the printed notes. */
export function describeBundles(bundles: readonly ClientBundle[], today: Month): string {
  let retired = 0;
  let undated = 0;
  let oldest = Number.POSITIVE_INFINITY;
  let total = 0;
  for (const bundle of bundles) {
    for (const item of bundle.assets) {
      total += 1;
      if (item.status === 'retired') retired += 1;
      if (!item.purchaseDate) undated += 1;
      else oldest = Math.min(oldest, monthIndex(item.purchaseDate.slice(0, 7)));
    }
  }
  const spanYears = ((monthIndex(today) - oldest) / 12).toFixed(1);
  return `${total} assets (${retired} retired, ${undated} without a purchase date, purchases spread over ${spanYears} years)`;
}

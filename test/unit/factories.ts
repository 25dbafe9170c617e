/**
 * Small factories for budget items, clients and a whole practice used by the unit tests. Every entity is run through
 * its zod schema, so a test can never build something the app would refuse to store.
 */
import { asset, ASSET_DEFAULTS, type Asset } from '../../src-main/domain/asset';
import { client, CLIENT_DEFAULTS, DEFAULT_BUDGET_PLAN, type Client } from '../../src-main/domain/client';
import { initiative, INITIATIVE_DEFAULTS, type Initiative } from '../../src-main/domain/initiative';
import { emptyPractice, practiceData, type PracticeData } from '../../src-main/domain/practice';
import { service, SERVICE_DEFAULTS, type Service } from '../../src-main/domain/service';

export const STAMP = '2026-01-15T09:30:00.000Z';
export const CLIENT_ID = 'client-harbor-dental';

export function makeAsset(overrides: Partial<Asset> = {}): Asset {
  return asset.parse({
    ...ASSET_DEFAULTS,
    id: 'asset-1',
    clientId: CLIENT_ID,
    name: 'Front desk PC',
    category: 'workstation',
    unitCostCents: 100_000,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  });
}

export function makeService(overrides: Partial<Service> = {}): Service {
  return service.parse({
    ...SERVICE_DEFAULTS,
    id: 'service-1',
    clientId: CLIENT_ID,
    name: 'Microsoft 365 Business Premium',
    category: 'cloudSubscription',
    unitCostCents: 2_200,
    startDate: '2025-01-01',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  });
}

export function makeInitiative(overrides: Partial<Initiative> = {}): Initiative {
  return initiative.parse({
    ...structuredClone(INITIATIVE_DEFAULTS),
    id: 'initiative-1',
    clientId: CLIENT_ID,
    title: 'Firewall refresh',
    status: 'approved',
    rank: 0,
    history: [],
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  });
}

export function makeClient(overrides: Partial<Client> = {}): Client {
  return client.parse({
    ...structuredClone(CLIENT_DEFAULTS),
    id: CLIENT_ID,
    name: 'Harbor Dental Group',
    budgetPlan: { ...DEFAULT_BUDGET_PLAN },
    archivedAt: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  });
}

/**
 * A small but complete practice: one client with a contact, an asset, a service and an initiative,
 * and a second client with nothing yet. Valid against `practiceData`.
 */
export function makePractice(): PracticeData {
  const harbor = makeClient({
    industry: 'Dental practice',
    mrrCents: 300_000,
    users: 24,
    endpoints: 30,
    contacts: [{ id: 'contact-maya', name: 'Dr. Maya Chen', role: 'Owner', email: 'maya@harbordental.example', phone: '555-0100', decisionMaker: true }],
    budgetPlan: { startMonth: '2026-01', horizonYears: 3, spendingLimitPerQuarterCents: 1_000_000 },
  });
  const cedar = makeClient({ id: 'client-cedar-law', name: 'Cedar Law', industry: 'Legal', fiscalYearStartMonth: 7 });
  return practiceData.parse({
    ...emptyPractice(),
    clients: [harbor, cedar],
    assets: [makeAsset({ id: 'asset-reception-pcs', name: 'Reception PCs', quantity: 4, unitCostCents: 120_000, purchaseDate: '2023-03-10' })],
    services: [makeService({ id: 'service-m365', quantity: 24 })],
    initiatives: [makeInitiative({ id: 'initiative-firewall', startQuarter: { fiscalYear: 2026, quarter: 3 }, oneTimeCostCents: 300_000 })],
    importMappings: [],
  });
}

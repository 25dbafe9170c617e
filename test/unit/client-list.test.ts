import { describe, expect, it } from 'vitest';
import { allInSeatPriceCents, decisionMakers } from '../../src-main/domain/client';
import { clientListQuery, filterClients, type ClientListQuery, type ClientSummary } from '../../src-main/domain/client-list';
import { makeClient } from './factories';

function summary(overrides: Partial<ClientSummary> & Pick<ClientSummary, 'id' | 'name'>): ClientSummary {
  return {
    industry: '',
    status: 'active',
    archived: false,
    mrrCents: 0,
    users: 0,
    endpoints: 0,
    aispCents: null,
    complexity: 5,
    contactCount: 0,
    decisionMakerCount: 0,
    assetCount: 0,
    initiativeCount: 0,
    hasBudget: false,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const PORTFOLIO: ClientSummary[] = [
  summary({ id: 'harbor', name: 'Harbor Dental', industry: 'Dental practice', mrrCents: 300_000, users: 24, complexity: 5, updatedAt: '2026-03-01T10:00:00.000Z' }),
  summary({ id: 'acme', name: 'acme Logistics', industry: 'Freight and logistics', mrrCents: 650_000, users: 52, complexity: 3, updatedAt: '2026-01-10T10:00:00.000Z' }),
  summary({ id: 'birch', name: 'Birch & Co Accountants', industry: 'Accounting', status: 'prospect', mrrCents: 0, users: 12, complexity: 8, updatedAt: '2026-02-15T10:00:00.000Z' }),
  summary({ id: 'cedar', name: 'Cedar Law', industry: 'Legal', status: 'former', mrrCents: 150_000, users: 12, complexity: 8, updatedAt: '2025-11-30T10:00:00.000Z' }),
  summary({ id: 'dune', name: 'Dune Dental Lab', industry: 'Dental laboratory', archived: true, mrrCents: 90_000, users: 6, complexity: 2, updatedAt: '2025-06-01T10:00:00.000Z' }),
];

function query(overrides: Partial<ClientListQuery> = {}): ClientListQuery {
  return clientListQuery.parse(overrides);
}

function ids(list: readonly ClientSummary[]): string[] {
  return list.map((entry) => entry.id);
}

describe('client list filters', () => {
  it('shows current clients (prospect, active, former, not archived) by name by default', () => {
    expect(ids(filterClients(PORTFOLIO, query()))).toEqual(['acme', 'birch', 'cedar', 'harbor']);
  });

  it('shows only active clients under "active"', () => {
    expect(ids(filterClients(PORTFOLIO, query({ filter: 'active' })))).toEqual(['acme', 'harbor']);
  });

  it('shows prospects under "prospect" and former clients under "former"', () => {
    expect(ids(filterClients(PORTFOLIO, query({ filter: 'prospect' })))).toEqual(['birch']);
    expect(ids(filterClients(PORTFOLIO, query({ filter: 'former' })))).toEqual(['cedar']);
  });

  it('shows an archived client only under "archived" and "all"', () => {
    expect(ids(filterClients(PORTFOLIO, query({ filter: 'archived' })))).toEqual(['dune']);
    expect(ids(filterClients(PORTFOLIO, query({ filter: 'all' })))).toEqual(['acme', 'birch', 'cedar', 'dune', 'harbor']);
  });

  it('hides an archived active client under "active"', () => {
    const archivedActive = [summary({ id: 'old', name: 'Old Active', status: 'active', archived: true })];
    expect(filterClients(archivedActive, query({ filter: 'active' }))).toEqual([]);
  });
});

describe('client list search', () => {
  it('finds clients by part of the name, whatever the case', () => {
    expect(ids(filterClients(PORTFOLIO, query({ search: 'HARB' })))).toEqual(['harbor']);
  });

  it('finds clients by industry', () => {
    expect(ids(filterClients(PORTFOLIO, query({ search: 'logistics' })))).toEqual(['acme']);
    expect(ids(filterClients(PORTFOLIO, query({ search: 'legal' })))).toEqual(['cedar']);
  });

  it('searches only within the filter: "dental" finds the archived lab only under "all"', () => {
    expect(ids(filterClients(PORTFOLIO, query({ search: 'dental' })))).toEqual(['harbor']);
    expect(ids(filterClients(PORTFOLIO, query({ search: 'dental', filter: 'all' })))).toEqual(['dune', 'harbor']);
  });

  it('ignores spaces around the search text and finds nothing for an unknown word', () => {
    expect(ids(filterClients(PORTFOLIO, query({ search: '  cedar  ' })))).toEqual(['cedar']);
    expect(filterClients(PORTFOLIO, query({ search: 'veterinary' }))).toEqual([]);
  });

  it('does not change the list it was given', () => {
    const before = ids(PORTFOLIO);
    filterClients(PORTFOLIO, query({ sort: 'mrr', descending: true }));
    expect(ids(PORTFOLIO)).toEqual(before);
  });
});

describe('client list sorting', () => {
  it('sorts by name ignoring case, A to Z and Z to A', () => {
    expect(ids(filterClients(PORTFOLIO, query({ sort: 'name' })))).toEqual(['acme', 'birch', 'cedar', 'harbor']);
    expect(ids(filterClients(PORTFOLIO, query({ sort: 'name', descending: true })))).toEqual(['harbor', 'cedar', 'birch', 'acme']);
  });

  it('sorts by MRR, smallest and largest first', () => {
    expect(ids(filterClients(PORTFOLIO, query({ sort: 'mrr' })))).toEqual(['birch', 'cedar', 'harbor', 'acme']);
    expect(ids(filterClients(PORTFOLIO, query({ sort: 'mrr', descending: true })))).toEqual(['acme', 'harbor', 'cedar', 'birch']);
  });

  it('sorts by users and breaks ties by name in both directions', () => {
    // Birch and Cedar both have 12 users.
    expect(ids(filterClients(PORTFOLIO, query({ sort: 'users' })))).toEqual(['birch', 'cedar', 'harbor', 'acme']);
    expect(ids(filterClients(PORTFOLIO, query({ sort: 'users', descending: true })))).toEqual(['acme', 'harbor', 'birch', 'cedar']);
  });

  it('sorts by complexity in both directions', () => {
    expect(ids(filterClients(PORTFOLIO, query({ sort: 'complexity' })))).toEqual(['acme', 'harbor', 'birch', 'cedar']);
    expect(ids(filterClients(PORTFOLIO, query({ sort: 'complexity', descending: true })))).toEqual(['birch', 'cedar', 'harbor', 'acme']);
  });

  it('sorts by last update, oldest or most recent first', () => {
    expect(ids(filterClients(PORTFOLIO, query({ sort: 'updated' })))).toEqual(['cedar', 'acme', 'birch', 'harbor']);
    expect(ids(filterClients(PORTFOLIO, query({ sort: 'updated', descending: true })))).toEqual(['harbor', 'birch', 'acme', 'cedar']);
  });
});

describe('all-in seat price (AISP)', () => {
  it('is MRR / users: $3,000 / 24 users = $125.00', () => {
    expect(allInSeatPriceCents({ mrrCents: 300_000, users: 24 })).toBe(12_500);
  });

  it('is $125.00 for $6,500 / 52 users and $1,500 / 12 users too', () => {
    expect(allInSeatPriceCents({ mrrCents: 650_000, users: 52 })).toBe(12_500);
    expect(allInSeatPriceCents({ mrrCents: 150_000, users: 12 })).toBe(12_500);
  });

  it('rounds to the cent half up: $1,000 / 3 users = $333.33, $1,000.01 / 2 users = $500.01 (500.005 up)', () => {
    expect(allInSeatPriceCents({ mrrCents: 100_000, users: 3 })).toBe(33_333);
    expect(allInSeatPriceCents({ mrrCents: 100_001, users: 2 })).toBe(50_001);
  });

  it('is undefined when the client has no users', () => {
    expect(allInSeatPriceCents({ mrrCents: 300_000, users: 0 })).toBeUndefined();
  });

  it('is $0.00 for users without MRR (a prospect)', () => {
    expect(allInSeatPriceCents({ mrrCents: 0, users: 10 })).toBe(0);
  });
});

describe('decision makers', () => {
  it('lists only the contacts flagged as decision makers', () => {
    const client = makeClient({
      contacts: [
        { id: 'c1', name: 'Dr. Maya Chen', role: 'Owner', email: 'maya@harbordental.example', phone: '', decisionMaker: true },
        { id: 'c2', name: 'Sam Ortiz', role: 'Office manager', email: '', phone: '', decisionMaker: false },
      ],
    });
    expect(decisionMakers(client).map((person) => person.name)).toEqual(['Dr. Maya Chen']);
    expect(decisionMakers(makeClient({ contacts: [] }))).toEqual([]);
  });
});

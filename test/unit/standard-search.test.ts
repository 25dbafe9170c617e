import { describe, expect, it } from 'vitest';
import { categoryCounts, libraryLabels, NO_FILTERS, standardSearch } from '../../src-main/domain/standard-search';
import { defaultLibraryOf } from '../../src-main/domain/standards-library';
import { SMALL_LIBRARY } from '../fixtures/small-standards-library';

const standards = defaultLibraryOf(
  {
    ...SMALL_LIBRARY,
    standards: SMALL_LIBRARY.standards.map((entry) => (entry.id === 'std-desktops-02' ? { ...entry, active: false, whyWeAsk: 'Windows Update needs room; a full drive stops the café till.' } : entry)),
  },
  '2026-01-01T00:00:00.000Z',
).standards;
const search = standardSearch(standards);
const ids = (filters: Partial<typeof NO_FILTERS>) => search.filter({ ...NO_FILTERS, ...filters }).map((entry) => entry.id);

describe('searching the library', () => {
  it('finds every word typed, in any field and any case, accents aside', () => {
    expect(ids({ search: 'DMARC' })).toEqual(['std-email-03']);
    expect(ids({ search: 'backed   weekly' })).toEqual([]);
    expect(ids({ search: 'backed day' })).toEqual(['std-backup-01']);
    expect(ids({ search: 'cafe', status: 'all' })).toEqual(['std-desktops-02']);
    expect(ids({ search: 'cisecurity' })).toEqual([]);
    expect(ids({ search: 'critical security controls' })).toHaveLength(12);
    expect(ids({ search: 'resilience' })).toEqual(['std-backup-01']);
  });

  it('filters by category, priorities, type, framework, tag and status, together', () => {
    expect(ids({ category: 'backup' })).toEqual(['std-backup-01', 'std-backup-02', 'std-backup-03']);
    expect(ids({ priorities: ['low'] })).toEqual(['std-email-03', 'std-firewalls-03']);
    expect(ids({ priorities: ['low'], status: 'all' })).toEqual(['std-email-03', 'std-firewalls-03', 'std-desktops-02']);
    expect(ids({ status: 'retired' })).toEqual(['std-desktops-02']);
    expect(ids({ type: 'compliance' })).toEqual(['std-compliance-01', 'std-compliance-02']);
    expect(ids({ framework: 'HIPAA' })).toEqual(['std-compliance-01']);
    expect(ids({ tag: 'Identity' })).toEqual(['std-email-01']);
    expect(ids({ category: 'Email', priorities: ['high', 'medium'], search: 'mail' })).toEqual(['std-email-01', 'std-email-02']);
  });

  it('counts categories and lists the labels in use', () => {
    expect(categoryCounts(standards).find((entry) => entry.category === 'Desktops')).toEqual({ category: 'Desktops', active: 1, total: 2 });
    expect(libraryLabels(standards)).toEqual({ tags: ['Core', 'Endpoint', 'Identity', 'Resilience'], frameworks: ['HIPAA', 'PCI-DSS v4'] });
  });
});

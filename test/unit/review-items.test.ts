import { describe, expect, it } from 'vitest';
import { applicableStandards, findingInitiativeDraft, newReviewItems, previousReview } from '../../src-main/domain/review-items';
import { defaultLibraryOf } from '../../src-main/domain/standards-library';
import { SMALL_LIBRARY } from '../fixtures/small-standards-library';
import { makeClient } from './factories';

const standards = defaultLibraryOf(SMALL_LIBRARY, '2026-01-15T09:30:00.000Z').standards;
const ids = (list: readonly { id: string }[]) => list.map((entry) => entry.id);

describe('the standards a client review asks', () => {
  it('are the active technology standards when the client has no compliance regime', () => {
    const applicable = applicableStandards(standards, makeClient());
    expect(ids(applicable)).toEqual(ids(standards.filter((entry) => entry.type === 'technology')));
  });

  it('add a compliance standard only for a client with one of its frameworks, however the framework is written', () => {
    expect(ids(applicableStandards(standards, makeClient({ complianceRegimes: ['HIPAA'] })))).toContain('std-compliance-01');
    expect(ids(applicableStandards(standards, makeClient({ complianceRegimes: ['HIPAA'] })))).not.toContain('std-compliance-02');
    // "PCI-DSS v4" in the library serves the client's "PCI DSS".
    expect(ids(applicableStandards(standards, makeClient({ complianceRegimes: ['PCI DSS'] })))).toContain('std-compliance-02');
    // "Other" stands for the regime the client names.
    const other = makeClient({ complianceRegimes: ['Other'], otherCompliance: 'hipaa' });
    expect(ids(applicableStandards(standards, other))).toContain('std-compliance-01');
    expect(ids(applicableStandards(standards, makeClient({ complianceRegimes: ['Other'], otherCompliance: '' })))).not.toContain('std-compliance-01');
  });

  it('leave out retired standards and the categories hidden for the client, whatever their case', () => {
    const retired = standards.map((entry) => (entry.id === 'std-email-01' ? { ...entry, active: false } : entry));
    const applicable = applicableStandards(retired, makeClient({ hiddenStandardCategories: ['backup', ' Firewalls '] }));
    expect(ids(applicable)).toEqual(['std-email-02', 'std-email-03', 'std-desktops-01', 'std-desktops-02']);
  });
});

describe('a new review', () => {
  it('copies each standard wording, grouped by category in library order, with nothing answered', () => {
    const shuffled = [standards[3]!, standards[0]!, standards[4]!, standards[1]!];
    const items = newReviewItems(shuffled, null, new Set());
    expect(items.map((entry) => entry.standardId)).toEqual(['std-email-01', 'std-email-02', 'std-backup-01', 'std-backup-02']);
    expect(items[0]).toEqual({
      standardId: 'std-email-01',
      wording: {
        category: 'Email',
        name: 'Mailbox MFA',
        question: 'Do all mailboxes require multi-factor sign-in?',
        whyWeAsk: standards[3]!.whyWeAsk,
        howToFind: standards[3]!.howToFind,
        references: standards[3]!.references,
        priority: 'high',
        type: 'technology',
      },
      answer: null,
      note: '',
      engineerNote: '',
      initiativeId: null,
    });
  });

  it('can start from the previous review: answers, notes and still existing initiatives carry over for the standards both ask', () => {
    const previous = newReviewItems(standards.slice(0, 3), null, new Set()).map((entry, index) => ({
      ...entry,
      answer: index === 0 ? ('misaligned' as const) : ('aligned' as const),
      note: `note ${index}`,
      engineerNote: `engineer ${index}`,
      initiativeId: index === 0 ? 'initiative-kept' : index === 1 ? 'initiative-deleted' : null,
    }));
    const items = newReviewItems(standards.slice(0, 4), { items: previous }, new Set(['initiative-kept']));
    expect(items.map(({ standardId, answer, note, engineerNote, initiativeId }) => ({ standardId, answer, note, engineerNote, initiativeId }))).toEqual([
      { standardId: 'std-backup-01', answer: 'misaligned', note: 'note 0', engineerNote: 'engineer 0', initiativeId: 'initiative-kept' },
      { standardId: 'std-backup-02', answer: 'aligned', note: 'note 1', engineerNote: 'engineer 1', initiativeId: null },
      { standardId: 'std-backup-03', answer: 'aligned', note: 'note 2', engineerNote: 'engineer 2', initiativeId: null },
      { standardId: 'std-email-01', answer: null, note: '', engineerNote: '', initiativeId: null },
    ]);
  });

  it('starts from the latest review by date', () => {
    const reviews = [
      { id: 'a', date: '2026-01-10', createdAt: '2026-01-10T09:00:00.000Z' },
      { id: 'b', date: '2026-03-01', createdAt: '2026-03-01T09:00:00.000Z' },
      { id: 'c', date: '2026-03-01', createdAt: '2026-03-01T10:00:00.000Z' },
    ];
    expect(previousReview(reviews)?.id).toBe('c');
    expect(previousReview([])).toBeNull();
  });
});

describe('a misaligned finding', () => {
  it('suggests an initiative named after the standard, its risk taken from why the standard matters', () => {
    const [item] = newReviewItems([standards[1]!], null, new Set());
    expect(findingInitiativeDraft({ ...item!, note: 'Only one copy, on site.' })).toEqual({
      title: 'Offsite copy',
      description: 'Only one copy, on site.',
      priority: 'high',
      businessImpact: { productivity: '', businessRisk: standards[1]!.whyWeAsk, opportunityCost: '' },
    });
  });
});

import type { Client } from './client';
import type { AlignmentReview, ReviewItem, StandardWording } from './review';
import type { Standard } from './standard';

/** Which standards a client's review asks, and the items a new review starts with (PRODUCT.md §3). */

/** Lower case letters and digits only, so "PCI-DSS", "PCI DSS" and "pci dss v4" compare alike. */
function frameworkKey(text: string): string {
  return text.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** "HIPAA Security Rule" serves HIPAA, "NIST CSF 2.0" serves NIST CSF; "Other" stands for the client's own named regime. */
export function clientRegimeKeys(client: Pick<Client, 'complianceRegimes' | 'otherCompliance'>): string[] {
  return client.complianceRegimes
    .map((regime) => (regime === 'Other' ? client.otherCompliance : regime))
    .map(frameworkKey)
    .filter((key) => key !== '');
}

export function servesClientRegime(standard: Pick<Standard, 'frameworks'>, regimeKeys: readonly string[]): boolean {
  return standard.frameworks.some((framework) => {
    const key = frameworkKey(framework);
    return key !== '' && regimeKeys.some((regime) => key.startsWith(regime));
  });
}

export function categoryKey(category: string): string {
  return category.trim().toLocaleLowerCase();
}

/**
 * Every active standard, minus the categories hidden for this client; a compliance standard only
 * when the client has one of the regimes it supports.
 */
export function applicableStandards(
  standards: readonly Standard[],
  client: Pick<Client, 'complianceRegimes' | 'otherCompliance' | 'hiddenStandardCategories'>,
): Standard[] {
  const hidden = new Set(client.hiddenStandardCategories.map(categoryKey));
  const regimes = clientRegimeKeys(client);
  return standards.filter(
    (standard) =>
      standard.active && !hidden.has(categoryKey(standard.category)) && (standard.type !== 'compliance' || servesClientRegime(standard, regimes)),
  );
}

export function wordingOf(standard: Standard): StandardWording {
  return {
    category: standard.category,
    name: standard.name,
    question: standard.question,
    whyWeAsk: standard.whyWeAsk,
    howToFind: standard.howToFind,
    references: standard.references.map((reference) => ({ ...reference })),
    priority: standard.priority,
    type: standard.type,
  };
}

/**
 * The items of a new review: the applicable standards grouped by category (in the order the
 * categories first appear in the library), each with its wording copied. Starting from a previous
 * review carries over its answers, notes and the initiatives its findings became, for the
 * standards both ask.
 */
export function newReviewItems(applicable: readonly Standard[], previous: Pick<AlignmentReview, 'items'> | null, existingInitiativeIds: ReadonlySet<string>): ReviewItem[] {
  const categoryOrder = new Map<string, number>();
  for (const standard of applicable) {
    const key = categoryKey(standard.category);
    if (!categoryOrder.has(key)) categoryOrder.set(key, categoryOrder.size);
  }
  const ordered = applicable
    .map((standard, index) => ({ standard, index }))
    .sort((a, b) => categoryOrder.get(categoryKey(a.standard.category))! - categoryOrder.get(categoryKey(b.standard.category))! || a.index - b.index);
  const earlier = new Map(previous?.items.map((item) => [item.standardId, item]) ?? []);
  return ordered.map(({ standard }) => {
    const carried = earlier.get(standard.id);
    return {
      standardId: standard.id,
      wording: wordingOf(standard),
      answer: carried?.answer ?? null,
      note: carried?.note ?? '',
      engineerNote: carried?.engineerNote ?? '',
      initiativeId: carried?.initiativeId && existingInitiativeIds.has(carried.initiativeId) ? carried.initiativeId : null,
    };
  });
}

/** The review a new one starts from: the client's latest by date, completed or not. */
export function previousReview<T extends Pick<AlignmentReview, 'date' | 'createdAt'>>(reviews: readonly T[]): T | null {
  let latest: T | null = null;
  for (const review of reviews) {
    if (!latest || review.date > latest.date || (review.date === latest.date && review.createdAt > latest.createdAt)) latest = review;
  }
  return latest;
}

/**
 * The initiative a misaligned finding suggests (PRODUCT.md §3): named after the standard, described
 * by the finding's note, as urgent as the standard, its business risk prefilled from why the
 * standard matters. The consultant edits it before it is created.
 */
export function findingInitiativeDraft(item: Pick<ReviewItem, 'wording' | 'note'>) {
  return {
    title: item.wording.name,
    description: item.note,
    priority: item.wording.priority,
    businessImpact: { productivity: '', businessRisk: item.wording.whyWeAsk, opportunityCost: '' },
  };
}

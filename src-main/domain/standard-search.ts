import type { Priority } from './initiative';
import type { Standard, StandardType } from './standard';

/**
 * Browsing the standards library: full-text search over every field a consultant reads, and
 * filters by category, priority, type, framework, tag and status. The text of each standard is
 * prepared once, so a keystroke over 1,900 standards costs a pass of substring tests.
 */

export const STATUS_FILTERS = ['active', 'retired', 'all'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface StandardFilters {
  search: string;
  category: string | null;
  priorities: readonly Priority[];
  type: StandardType | null;
  framework: string | null;
  tag: string | null;
  status: StatusFilter;
}

export const NO_FILTERS: StandardFilters = { search: '', category: null, priorities: [], type: null, framework: null, tag: null, status: 'active' };

function fold(text: string): string {
  return text.toLocaleLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

function searchableText(standard: Standard): string {
  return fold(
    [
      standard.name,
      standard.question,
      standard.category,
      standard.whyWeAsk,
      standard.howToFind,
      ...standard.tags,
      ...standard.frameworks,
      ...standard.references.map((reference) => reference.title),
    ].join('\n'),
  );
}

export interface StandardSearch {
  filter(filters: StandardFilters): Standard[];
}

export function standardSearch(standards: readonly Standard[]): StandardSearch {
  const texts = standards.map(searchableText);
  return {
    filter(filters) {
      const terms = fold(filters.search).split(/\s+/).filter(Boolean);
      const category = filters.category === null ? null : fold(filters.category);
      const priorities = new Set(filters.priorities);
      const result: Standard[] = [];
      for (let index = 0; index < standards.length; index += 1) {
        const standard = standards[index]!;
        if (filters.status === 'active' && !standard.active) continue;
        if (filters.status === 'retired' && standard.active) continue;
        if (category !== null && fold(standard.category) !== category) continue;
        if (priorities.size > 0 && !priorities.has(standard.priority)) continue;
        if (filters.type !== null && standard.type !== filters.type) continue;
        if (filters.framework !== null && !standard.frameworks.includes(filters.framework)) continue;
        if (filters.tag !== null && !standard.tags.includes(filters.tag)) continue;
        const text = texts[index]!;
        if (terms.every((term) => text.includes(term))) result.push(standard);
      }
      return result;
    },
  };
}

export interface CategoryCount {
  category: string;
  active: number;
  total: number;
}

/** Categories in the order they first appear in the library, with how many standards each holds. */
export function categoryCounts(standards: readonly Standard[]): CategoryCount[] {
  const counts = new Map<string, CategoryCount>();
  for (const standard of standards) {
    const key = fold(standard.category);
    const entry = counts.get(key) ?? { category: standard.category, active: 0, total: 0 };
    entry.total += 1;
    if (standard.active) entry.active += 1;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

/** Every tag and framework in use, sorted, for the filters and the editor's suggestions. */
export function libraryLabels(standards: readonly Standard[]): { tags: string[]; frameworks: string[] } {
  const tags = new Set<string>();
  const frameworks = new Set<string>();
  for (const standard of standards) {
    for (const tag of standard.tags) tags.add(tag);
    for (const framework of standard.frameworks) frameworks.add(framework);
  }
  const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b));
  return { tags: sorted(tags), frameworks: sorted(frameworks) };
}

import { z } from 'zod';
import { CLIENT_STATUSES, type ClientStatus } from './client';
import { entityId, timestamp } from './text';

/** What the client list shows for each client; derived on the main side, filtered on either side. */
export const clientSummary = z.strictObject({
  id: entityId,
  name: z.string(),
  industry: z.string(),
  status: z.enum(CLIENT_STATUSES),
  archived: z.boolean(),
  mrrCents: z.number().int(),
  users: z.number().int(),
  endpoints: z.number().int(),
  aispCents: z.number().int().nullable(),
  complexity: z.number().int(),
  contactCount: z.number().int(),
  decisionMakerCount: z.number().int(),
  assetCount: z.number().int(),
  initiativeCount: z.number().int(),
  hasBudget: z.boolean(),
  updatedAt: timestamp,
});
export type ClientSummary = z.infer<typeof clientSummary>;

export const CLIENT_SORTS = ['name', 'mrr', 'users', 'complexity', 'updated'] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];
export const CLIENT_FILTERS = ['current', 'all', ...CLIENT_STATUSES, 'archived'] as const;
export type ClientFilter = (typeof CLIENT_FILTERS)[number];

export const clientListQuery = z.strictObject({
  search: z.string().max(200).default(''),
  filter: z.enum(CLIENT_FILTERS).default('current'),
  sort: z.enum(CLIENT_SORTS).default('name'),
  descending: z.boolean().default(false),
});
export type ClientListQuery = z.infer<typeof clientListQuery>;

function matchesFilter(summary: ClientSummary, filter: ClientFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'archived') return summary.archived;
  if (summary.archived) return false;
  return filter === 'current' || summary.status === (filter as ClientStatus);
}

const SORT_VALUE: Record<ClientSort, (summary: ClientSummary) => number | string> = {
  name: (summary) => summary.name.toLocaleLowerCase(),
  mrr: (summary) => summary.mrrCents,
  users: (summary) => summary.users,
  complexity: (summary) => summary.complexity,
  updated: (summary) => summary.updatedAt,
};

/** Search matches name, industry and status; archived clients show only under their own filter or "all". */
export function filterClients(summaries: readonly ClientSummary[], query: ClientListQuery): ClientSummary[] {
  const needle = query.search.trim().toLocaleLowerCase();
  const value = SORT_VALUE[query.sort];
  const direction = query.descending ? -1 : 1;
  return summaries
    .filter((summary) => matchesFilter(summary, query.filter))
    .filter((summary) => needle === '' || `${summary.name} ${summary.industry} ${summary.status}`.toLocaleLowerCase().includes(needle))
    .sort((a, b) => {
      const left = value(a);
      const right = value(b);
      const order = left < right ? -1 : left > right ? 1 : 0;
      return order * direction || a.name.localeCompare(b.name);
    });
}

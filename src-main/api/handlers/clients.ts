import { allInSeatPriceCents, CLIENT_DEFAULTS, client as clientSchema, decisionMakers, DEFAULT_BUDGET_PLAN, type Client, type ContactInput } from '../../domain/client';
import { filterClients, type ClientSummary } from '../../domain/client-list';
import { CLIENT_COLLECTIONS, type ClientCollection, type PracticeData } from '../../domain/practice';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { requireClient } from './client-items';
import { validated } from './validation';

type ClientChannels = 'clients.list' | 'clients.get' | 'clients.create' | 'clients.update' | 'clients.archive' | 'clients.delete';

function countBy(items: ReadonlyArray<{ clientId: string }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.clientId, (counts.get(item.clientId) ?? 0) + 1);
  return counts;
}

export function clientSummaries(data: Readonly<PracticeData>): ClientSummary[] {
  const assets = countBy(data.assets);
  const services = countBy(data.services);
  const initiatives = countBy(data.initiatives);
  return data.clients.map((item) => ({
    id: item.id,
    name: item.name,
    industry: item.industry,
    status: item.status,
    archived: item.archivedAt !== null,
    mrrCents: item.mrrCents,
    users: item.users,
    endpoints: item.endpoints,
    aispCents: allInSeatPriceCents(item) ?? null,
    complexity: item.complexity,
    contactCount: item.contacts.length,
    decisionMakerCount: decisionMakers(item).length,
    assetCount: assets.get(item.id) ?? 0,
    initiativeCount: initiatives.get(item.id) ?? 0,
    hasBudget: (assets.get(item.id) ?? 0) + (services.get(item.id) ?? 0) + (initiatives.get(item.id) ?? 0) > 0,
    updatedAt: item.updatedAt,
  }));
}

/** Contacts keep their ids across edits; new ones get one. */
function withContactIds(contacts: readonly ContactInput[] | undefined, context: HandlerContext) {
  return contacts?.map((person) => ({ ...person, id: person.id ?? context.newId() }));
}

/**
 * Puts the client in place. A contact removed from it leaves the meetings it attended and is no
 * longer named by the touches logged with it, so no record names a person who is not there (and the
 * meeting can still be saved: its attendees must be the client's contacts).
 */
async function replaceClient(context: HandlerContext, next: Client): Promise<Client> {
  const kept = new Set(next.contacts.map((person) => person.id));
  await context.store.mutate((draft) => {
    const index = draft.clients.findIndex((candidate) => candidate.id === next.id);
    draft.clients[index] = next;
    draft.meetings = draft.meetings.map((meeting) =>
      meeting.clientId === next.id && meeting.attendeeIds.some((id) => !kept.has(id)) ? { ...meeting, attendeeIds: meeting.attendeeIds.filter((id) => kept.has(id)) } : meeting,
    );
    draft.touches = draft.touches.map((touch) => (touch.clientId === next.id && touch.contactId !== null && !kept.has(touch.contactId) ? { ...touch, contactId: null } : touch));
  });
  return next;
}

export const clientHandlers: HandlerMap<ClientChannels> = {
  'clients.list': async ({ query }, context) => {
    const summaries = clientSummaries(context.store.data);
    return { clients: query ? filterClients(summaries, query) : summaries };
  },

  'clients.get': async ({ id }, context) => ({ client: requireClient(context, id) }),

  'clients.create': async ({ client: fields }, context) => {
    const now = context.clock().toISOString();
    const created = validated(
      clientSchema,
      {
        ...CLIENT_DEFAULTS,
        ...fields,
        contacts: withContactIds(fields.contacts, context) ?? [],
        id: context.newId(),
        budgetPlan: { ...DEFAULT_BUDGET_PLAN },
        archivedAt: null,
        createdAt: now,
        updatedAt: now,
      },
      'client',
    );
    await context.store.mutate((draft) => {
      draft.clients.push(created);
    });
    return { client: created };
  },

  'clients.update': async ({ id, changes }, context) => {
    const existing = requireClient(context, id);
    const contacts = withContactIds(changes.contacts, context);
    const next = validated(
      clientSchema,
      { ...existing, ...changes, ...(contacts ? { contacts } : {}), updatedAt: context.clock().toISOString() },
      'changes',
    );
    return { client: await replaceClient(context, next) };
  },

  'clients.archive': async ({ id, archived }, context) => {
    const existing = requireClient(context, id);
    const now = context.clock().toISOString();
    const next = { ...existing, archivedAt: archived ? (existing.archivedAt ?? now) : null, updatedAt: now };
    return { client: await replaceClient(context, next) };
  },

  'clients.delete': async ({ id }, context) => {
    requireClient(context, id);
    const data = context.store.data;
    const removed = {
      assets: data.assets.filter((item) => item.clientId === id).length,
      services: data.services.filter((item) => item.clientId === id).length,
      initiatives: data.initiatives.filter((item) => item.clientId === id).length,
    };
    await context.store.mutate((draft) => {
      draft.clients = draft.clients.filter((item) => item.id !== id);
      // Everything the client owns goes with it, so no record is left pointing at a client that is gone.
      const owned = draft as unknown as Record<ClientCollection, Array<{ clientId: string }>>;
      for (const collection of CLIENT_COLLECTIONS) owned[collection] = owned[collection].filter((item) => item.clientId !== id);
    });
    return { deletedId: id, removed };
  },
};

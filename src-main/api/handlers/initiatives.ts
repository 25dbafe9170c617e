import { initiative, INITIATIVE_DEFAULTS, type Initiative } from '../../domain/initiative';
import { historyEntry, historyForChange, sameQuarter } from '../../domain/initiative-history';
import { endOfColumnRank } from '../../domain/roadmap';
import { notFound } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { createItem, deleteItems, listItems, updateItem, type ItemKind } from './client-items';

type InitiativeChannels = 'initiatives.list' | 'initiatives.create' | 'initiatives.update' | 'initiatives.delete';

const INITIATIVES: ItemKind<Initiative> = {
  collection: 'initiatives',
  label: 'Initiative',
  stored: initiative,
  defaults: INITIATIVE_DEFAULTS,
  inputKey: 'initiative',
  titleField: 'title',
};

function clientInitiatives(context: HandlerContext, clientId: string): Initiative[] {
  return context.store.data.initiatives.filter((item) => item.clientId === clientId);
}

export const initiativeHandlers: HandlerMap<InitiativeChannels> = {
  'initiatives.list': async ({ clientId }, context) => ({ initiatives: listItems(context, INITIATIVES, clientId) }),
  'initiatives.create': async ({ clientId, initiative: fields }, context) => {
    const rank = endOfColumnRank(clientInitiatives(context, clientId), fields.startQuarter ?? null);
    const created = historyEntry('created', context.clock().toISOString());
    return { initiative: await createItem(context, INITIATIVES, clientId, { ...fields, rank, history: [created] }) };
  },
  'initiatives.update': async ({ id, changes }, context) => {
    const existing = context.store.data.initiatives.find((item) => item.id === id);
    if (!existing) throw notFound('That initiative');
    const next = { status: changes.status ?? existing.status, startQuarter: changes.startQuarter === undefined ? existing.startQuarter : changes.startQuarter };
    const history = historyForChange(existing, next, context.clock().toISOString());
    // A card moved to another quarter from the editor goes to the end of its new column.
    const rank = sameQuarter(existing.startQuarter, next.startQuarter) ? existing.rank : endOfColumnRank(clientInitiatives(context, existing.clientId), next.startQuarter, id);
    return { initiative: await updateItem(context, INITIATIVES, id, { ...changes, rank, history: [...existing.history, ...history] }) };
  },
  'initiatives.delete': async ({ ids }, context) => ({ deleted: await deleteItems(context, INITIATIVES, ids) }),
};

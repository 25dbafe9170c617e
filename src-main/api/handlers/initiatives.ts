import { initiative, INITIATIVE_DEFAULTS, type Initiative } from '../../domain/initiative';
import { historyEntry, historyForChange, sameQuarter } from '../../domain/initiative-history';
import { endOfColumnRank } from '../../domain/roadmap';
import { AppError, notFound } from '../errors';
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

const WHY_TARGETS = [
  { key: 'assetIds', collection: 'assets', what: 'an asset of this client' },
  { key: 'goalIds', collection: 'goals', what: 'a goal of this client' },
  { key: 'reviewIds', collection: 'reviews', what: 'an alignment review of this client' },
  { key: 'standardIds', collection: 'standards', what: 'a standard of the library' },
] as const;

/** An initiative's reasons must name records that exist (and, but for standards, belong to its client), so no screen or document meets a dangling link. */
function checkWhy(context: HandlerContext, clientId: string, why: Partial<Initiative['why']> | undefined): void {
  if (!why) return;
  const data = context.store.data;
  for (const target of WHY_TARGETS) {
    const ids = why[target.key];
    if (!ids) continue;
    const records: ReadonlyArray<{ id: string; clientId?: string }> = data[target.collection];
    const known = new Set(records.filter((record) => record.clientId === undefined || record.clientId === clientId).map((record) => record.id));
    const index = ids.findIndex((id) => !known.has(id));
    if (index >= 0) {
      throw new AppError('INVALID_INPUT', `The initiative's reasons name something that does not exist: ${ids[index]} is not ${target.what}.`, [
        { path: `why.${target.key}.${index}`, message: `Not ${target.what}` },
      ]);
    }
  }
}

function clientInitiatives(context: HandlerContext, clientId: string): Initiative[] {
  return context.store.data.initiatives.filter((item) => item.clientId === clientId);
}

export const initiativeHandlers: HandlerMap<InitiativeChannels> = {
  'initiatives.list': async ({ clientId }, context) => ({ initiatives: listItems(context, INITIATIVES, clientId) }),
  'initiatives.create': async ({ clientId, initiative: fields }, context) => {
    checkWhy(context, clientId, fields.why);
    const rank = endOfColumnRank(clientInitiatives(context, clientId), fields.startQuarter ?? null);
    const created = historyEntry('created', context.clock().toISOString());
    return { initiative: await createItem(context, INITIATIVES, clientId, { ...fields, rank, history: [created] }) };
  },
  'initiatives.update': async ({ id, changes }, context) => {
    const existing = context.store.data.initiatives.find((item) => item.id === id);
    if (!existing) throw notFound('That initiative');
    checkWhy(context, existing.clientId, changes.why);
    const next = { status: changes.status ?? existing.status, startQuarter: changes.startQuarter === undefined ? existing.startQuarter : changes.startQuarter };
    const history = historyForChange(existing, next, context.clock().toISOString());
    // A card moved to another quarter from the editor goes to the end of its new column.
    const rank = sameQuarter(existing.startQuarter, next.startQuarter) ? existing.rank : endOfColumnRank(clientInitiatives(context, existing.clientId), next.startQuarter, id);
    return { initiative: await updateItem(context, INITIATIVES, id, { ...changes, rank, history: [...existing.history, ...history] }) };
  },
  'initiatives.delete': async ({ ids }, context) => ({ deleted: await deleteItems(context, INITIATIVES, ids) }),
};

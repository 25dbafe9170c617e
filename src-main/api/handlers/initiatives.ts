import { initiative, INITIATIVE_DEFAULTS, type Initiative } from '../../domain/initiative';
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

export const initiativeHandlers: HandlerMap<InitiativeChannels> = {
  'initiatives.list': async ({ clientId }, context) => ({ initiatives: listItems(context, INITIATIVES, clientId) }),
  'initiatives.create': async ({ clientId, initiative: fields }, context) => {
    const rank = Math.max(-1, ...context.store.data.initiatives.filter((item) => item.clientId === clientId).map((item) => item.rank)) + 1;
    const created = { at: context.clock().toISOString(), kind: 'created' as const, from: '', to: '', note: '', by: '' };
    return { initiative: await createItem(context, INITIATIVES, clientId, { ...fields, rank, history: [created] }) };
  },
  'initiatives.update': async ({ id, changes }, context) => ({ initiative: await updateItem(context, INITIATIVES, id, changes) }),
  'initiatives.delete': async ({ ids }, context) => ({ deleted: await deleteItems(context, INITIATIVES, ids) }),
};

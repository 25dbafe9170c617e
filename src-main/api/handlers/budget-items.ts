import { asset, ASSET_DEFAULTS } from '../../domain/asset';
import { initiative, INITIATIVE_DEFAULTS } from '../../domain/initiative';
import { service, SERVICE_DEFAULTS } from '../../domain/service';
import type { HandlerMap } from '../registry';
import { createItem, deleteItems, duplicateItem, listItems, updateItem, type ItemKind } from './client-items';

type ItemChannels =
  | 'assets.list'
  | 'assets.create'
  | 'assets.update'
  | 'assets.duplicate'
  | 'assets.delete'
  | 'services.list'
  | 'services.create'
  | 'services.update'
  | 'services.duplicate'
  | 'services.delete'
  | 'initiatives.list'
  | 'initiatives.create'
  | 'initiatives.update'
  | 'initiatives.delete';

export const ASSETS: ItemKind<typeof asset._output> = {
  collection: 'assets',
  label: 'Asset',
  stored: asset,
  defaults: ASSET_DEFAULTS,
  inputKey: 'asset',
  titleField: 'name',
};
const SERVICES: ItemKind<typeof service._output> = {
  collection: 'services',
  label: 'Service',
  stored: service,
  defaults: SERVICE_DEFAULTS,
  inputKey: 'service',
  titleField: 'name',
};
const INITIATIVES: ItemKind<typeof initiative._output> = {
  collection: 'initiatives',
  label: 'Initiative',
  stored: initiative,
  defaults: INITIATIVE_DEFAULTS,
  inputKey: 'initiative',
  titleField: 'title',
};

export const budgetItemHandlers: HandlerMap<ItemChannels> = {
  'assets.list': async ({ clientId }, context) => ({ assets: listItems(context, ASSETS, clientId) }),
  'assets.create': async ({ clientId, asset: fields }, context) => ({ asset: await createItem(context, ASSETS, clientId, fields) }),
  'assets.update': async ({ id, changes }, context) => ({ asset: await updateItem(context, ASSETS, id, changes) }),
  'assets.duplicate': async ({ id }, context) => ({ asset: await duplicateItem(context, ASSETS, id) }),
  'assets.delete': async ({ ids }, context) => ({ deleted: await deleteItems(context, ASSETS, ids) }),

  'services.list': async ({ clientId }, context) => ({ services: listItems(context, SERVICES, clientId) }),
  'services.create': async ({ clientId, service: fields }, context) => ({ service: await createItem(context, SERVICES, clientId, fields) }),
  'services.update': async ({ id, changes }, context) => ({ service: await updateItem(context, SERVICES, id, changes) }),
  'services.duplicate': async ({ id }, context) => ({ service: await duplicateItem(context, SERVICES, id) }),
  'services.delete': async ({ ids }, context) => ({ deleted: await deleteItems(context, SERVICES, ids) }),

  'initiatives.list': async ({ clientId }, context) => ({ initiatives: listItems(context, INITIATIVES, clientId) }),
  'initiatives.create': async ({ clientId, initiative: fields }, context) => ({
    initiative: await createItem(context, INITIATIVES, clientId, fields),
  }),
  'initiatives.update': async ({ id, changes }, context) => ({ initiative: await updateItem(context, INITIATIVES, id, changes) }),
  'initiatives.delete': async ({ ids }, context) => ({ deleted: await deleteItems(context, INITIATIVES, ids) }),
};

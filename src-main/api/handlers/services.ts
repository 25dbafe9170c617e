import { service, SERVICE_DEFAULTS, type Service } from '../../domain/service';
import type { HandlerMap } from '../registry';
import { createItem, deleteItems, duplicateItem, listItems, updateItem, type ItemKind } from './client-items';

type ServiceChannels = 'services.list' | 'services.create' | 'services.update' | 'services.duplicate' | 'services.delete';

const SERVICES: ItemKind<Service> = {
  collection: 'services',
  label: 'Service',
  stored: service,
  defaults: SERVICE_DEFAULTS,
  inputKey: 'service',
  titleField: 'name',
};

export const serviceHandlers: HandlerMap<ServiceChannels> = {
  'services.list': async ({ clientId }, context) => ({ services: listItems(context, SERVICES, clientId) }),
  'services.create': async ({ clientId, service: fields }, context) => ({ service: await createItem(context, SERVICES, clientId, fields) }),
  'services.update': async ({ id, changes }, context) => ({ service: await updateItem(context, SERVICES, id, changes) }),
  'services.duplicate': async ({ id }, context) => ({ service: await duplicateItem(context, SERVICES, id) }),
  'services.delete': async ({ ids }, context) => ({ deleted: await deleteItems(context, SERVICES, ids) }),
};

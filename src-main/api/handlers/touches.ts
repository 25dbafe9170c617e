import { touch, TOUCH_DEFAULTS, type Touch } from '../../domain/touch';
import { AppError } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { createItem, deleteItems, listItems, requireClient, updateItem, type ItemKind } from './client-items';

type TouchChannels = 'touches.list' | 'touches.create' | 'touches.update' | 'touches.delete';

const TOUCHES: ItemKind<Touch> = {
  collection: 'touches',
  label: 'Touch',
  stored: touch,
  defaults: TOUCH_DEFAULTS,
  inputKey: 'touch',
  titleField: 'summary',
};

/** The person touched is one of the client's contacts. */
function checkContact(context: HandlerContext, clientId: string, contactId: string | null | undefined, path: string): void {
  if (!contactId) return;
  if (!requireClient(context, clientId).contacts.some((person) => person.id === contactId)) {
    throw new AppError('INVALID_INPUT', 'That person is not one of this client’s contacts.', [{ path: `${path}.contactId`, message: 'Not one of this client’s contacts' }]);
  }
}

export const touchHandlers: HandlerMap<TouchChannels> = {
  'touches.list': async ({ clientId }, context) => ({
    touches: [...listItems(context, TOUCHES, clientId)].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)),
  }),
  'touches.create': async ({ clientId, touch: fields }, context) => {
    checkContact(context, clientId, fields.contactId, 'touch');
    return { touch: await createItem(context, TOUCHES, clientId, fields) };
  },
  'touches.update': async ({ id, changes }, context) => {
    const existing = context.store.data.touches.find((candidate) => candidate.id === id);
    if (existing) checkContact(context, existing.clientId, changes.contactId, 'changes');
    return { touch: await updateItem(context, TOUCHES, id, changes) };
  },
  'touches.delete': async ({ ids }, context) => ({ deleted: await deleteItems(context, TOUCHES, ids) }),
};

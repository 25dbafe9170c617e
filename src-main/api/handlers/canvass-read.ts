import { contentOf, emptyCanvassContent, type CanvassContent } from '../../domain/canvass';
import type { HandlerContext } from '../handler-context';
import { requireClient } from './client-items';

/** The stored canvass of a client, or an empty one (nothing is written until the first edit). */
export function canvassOf(context: HandlerContext, clientId: string): { content: CanvassContent; updatedAt: string | null } {
  requireClient(context, clientId);
  const stored = context.store.data.canvasses.find((item) => item.clientId === clientId);
  return stored ? { content: contentOf(stored), updatedAt: stored.updatedAt } : { content: emptyCanvassContent(), updatedAt: null };
}

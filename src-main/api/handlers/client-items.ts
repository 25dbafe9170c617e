import { repairReferences } from '../../domain/integrity';
import type { z } from 'zod';
import type { ClientCollection, PracticeData } from '../../domain/practice';
import { AppError, notFound } from '../errors';
import type { HandlerContext } from '../handler-context';
import { validated } from './validation';

/** Records that belong to a client share their life: created for a client and edited field by field. */

/** Client-owned collections whose records have an id and time stamps of their own (a canvass has no id: there is one a client). */
type Collection = {
  [K in ClientCollection]: PracticeData[K][number] extends { id: string; createdAt: string; updatedAt: string } ? K : never;
}[ClientCollection];
type StoredItem = PracticeData[Collection][number];
type Meta = 'id' | 'clientId' | 'createdAt' | 'updatedAt';

export interface ItemKind<T extends StoredItem> {
  collection: Collection;
  /** "Asset", "Service"... for messages. */
  label: string;
  /** The stored record, checked as a whole after every change. */
  stored: z.ZodType<T>;
  defaults: Partial<Omit<T, Meta>>;
  /** The input field that carries a new item, so errors point at it ("asset.name"). */
  inputKey: string;
  /** The field copied with " (copy)" appended when duplicating. */
  titleField: 'name' | 'title' | 'text' | 'summary';
}

function itemsOf<T extends StoredItem>(data: Readonly<PracticeData>, kind: ItemKind<T>): T[] {
  return data[kind.collection] as T[];
}

export function requireClient(context: HandlerContext, clientId: string) {
  const client = context.store.data.clients.find((candidate) => candidate.id === clientId);
  if (!client) throw notFound('That client');
  return client;
}

export function listItems<T extends StoredItem>(context: HandlerContext, kind: ItemKind<T>, clientId: string): T[] {
  requireClient(context, clientId);
  return itemsOf(context.store.data, kind).filter((item) => item.clientId === clientId);
}

function requireItem<T extends StoredItem>(context: HandlerContext, kind: ItemKind<T>, id: string): T {
  const item = itemsOf(context.store.data, kind).find((candidate) => candidate.id === id);
  if (!item) throw notFound(`That ${kind.label.toLowerCase()}`);
  return item;
}

export async function createItem<T extends StoredItem>(
  context: HandlerContext,
  kind: ItemKind<T>,
  clientId: string,
  fields: object,
): Promise<T> {
  requireClient(context, clientId);
  const now = context.clock().toISOString();
  const item = validated(kind.stored, { ...kind.defaults, ...fields, id: context.newId(), clientId, createdAt: now, updatedAt: now }, kind.inputKey);
  await context.store.mutate((draft) => {
    (draft[kind.collection] as T[]).push(item);
  });
  return item;
}

export async function updateItem<T extends StoredItem>(context: HandlerContext, kind: ItemKind<T>, id: string, changes: object): Promise<T> {
  const existing = requireItem(context, kind, id);
  const item = validated(kind.stored, { ...existing, ...changes, id, clientId: existing.clientId, createdAt: existing.createdAt, updatedAt: context.clock().toISOString() }, 'changes');
  await context.store.mutate((draft) => {
    const list = draft[kind.collection] as T[];
    const index = list.findIndex((candidate) => candidate.id === id);
    if (index < 0) throw notFound(`That ${kind.label.toLowerCase()}`);
    list[index] = item;
  });
  return item;
}

export async function duplicateItem<T extends StoredItem>(context: HandlerContext, kind: ItemKind<T>, id: string): Promise<T> {
  const existing = requireItem(context, kind, id) as T & Record<ItemKind<T>['titleField'], string>;
  const title = `${existing[kind.titleField]} (copy)`.slice(0, 200);
  const now = context.clock().toISOString();
  const item = validated(kind.stored, { ...structuredClone(existing), [kind.titleField]: title, id: context.newId(), createdAt: now, updatedAt: now }, '');
  await context.store.mutate((draft) => {
    const list = draft[kind.collection] as T[];
    list.splice(list.findIndex((candidate) => candidate.id === id) + 1, 0, item);
  });
  return item;
}

export async function deleteItems<T extends StoredItem>(context: HandlerContext, kind: ItemKind<T>, ids: readonly string[]): Promise<number> {
  const doomed = new Set(ids);
  const present = itemsOf(context.store.data, kind).filter((item) => doomed.has(item.id)).length;
  if (present === 0) throw new AppError('NOT_FOUND', `None of those ${kind.collection} exist any more.`);
  await context.store.mutate((draft) => {
    const collections = draft as unknown as Record<Collection, StoredItem[]>;
    collections[kind.collection] = collections[kind.collection].filter((item) => !doomed.has(item.id));
    // Links to what was deleted (an initiative's assets, say) go with it: no record points at nothing.
    Object.assign(draft, repairReferences(draft).data);
  });
  return present;
}

import { canvass, canvassSnapshot, contentOf, summarizeSnapshot, type Canvass, type CanvassContent, type CanvassSnapshot } from '../../domain/canvass';
import { diffCanvass } from '../../domain/canvass-diff';
import { addNote, blockOfNote, moveNote, removeNote, updateDiscovery, updateNote } from '../../domain/canvass-edit';
import { AppError, notFound } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { canvassExportHandlers } from './canvass-exports';
import { canvassOf } from './canvass-read';
import { requireClient } from './client-items';
import { goalHandlers } from './goals';
import { validated } from './validation';

type CanvassChannels =
  | 'canvass.get'
  | 'canvass.addNote'
  | 'canvass.updateNote'
  | 'canvass.moveNote'
  | 'canvass.removeNote'
  | 'canvass.updateDiscovery'
  | 'canvass.snapshot'
  | 'canvass.snapshots'
  | 'canvass.getSnapshot'
  | 'canvass.deleteSnapshot'
  | 'canvass.compare';

function view(clientId: string, content: CanvassContent, updatedAt: string | null) {
  return { canvass: { ...content, clientId, updatedAt } };
}

/**
 * Applies one edit to the client's canvass. The new canvass is checked as a whole before anything
 * is written, so a refused edit (a 501st note, say) leaves the file as it was.
 */
async function edit(context: HandlerContext, clientId: string, change: (content: CanvassContent) => CanvassContent | null, missing = 'That note') {
  const next = change(canvassOf(context, clientId).content);
  if (next === null) throw notFound(missing);
  const record: Canvass = validated(canvass, { ...next, clientId, updatedAt: context.clock().toISOString() }, '');
  await context.store.mutate((draft) => {
    const index = draft.canvasses.findIndex((item) => item.clientId === clientId);
    if (index < 0) draft.canvasses.push(record);
    else draft.canvasses[index] = record;
  });
  return view(clientId, contentOf(record), record.updatedAt);
}

function requireSnapshot(context: HandlerContext, id: string, clientId?: string): CanvassSnapshot {
  const snapshot = context.store.data.canvassSnapshots.find((item) => item.id === id && (clientId === undefined || item.clientId === clientId));
  if (!snapshot) throw notFound('That snapshot');
  return snapshot;
}

/** A client's snapshots, newest first. */
function snapshotsOf(context: HandlerContext, clientId: string): CanvassSnapshot[] {
  requireClient(context, clientId);
  return context.store.data.canvassSnapshots.filter((item) => item.clientId === clientId).sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

const canvassHandlersOnly: HandlerMap<CanvassChannels> = {
  'canvass.get': async ({ clientId }, context) => {
    const { content, updatedAt } = canvassOf(context, clientId);
    return view(clientId, content, updatedAt);
  },
  'canvass.addNote': async ({ clientId, block, note, index }, context) => {
    // The caller makes the id; the same one twice is a repeated request, not a second note.
    if (blockOfNote(canvassOf(context, clientId).content, note.id) !== null) throw new AppError('CONFLICT', 'That note is already on the canvass.');
    return edit(context, clientId, (content) => addNote(content, block, note, index));
  },
  'canvass.updateNote': async ({ clientId, noteId, text }, context) => edit(context, clientId, (content) => updateNote(content, noteId, text)),
  'canvass.moveNote': async ({ clientId, noteId, toBlock, toIndex }, context) => edit(context, clientId, (content) => moveNote(content, noteId, toBlock, toIndex)),
  'canvass.removeNote': async ({ clientId, noteId }, context) => edit(context, clientId, (content) => removeNote(content, noteId)),
  'canvass.updateDiscovery': async ({ clientId, answers, trajectory }, context) =>
    edit(context, clientId, (content) => updateDiscovery(content, { ...(answers ? { answers } : {}), ...(trajectory !== undefined ? { trajectory } : {}) })),

  'canvass.snapshot': async ({ clientId, label }, context) => {
    const { content } = canvassOf(context, clientId);
    const snapshot = validated(canvassSnapshot, { ...structuredClone(content), id: context.newId(), clientId, label, takenAt: context.clock().toISOString() }, '');
    await context.store.mutate((draft) => {
      draft.canvassSnapshots.push(snapshot);
    });
    return { snapshot: summarizeSnapshot(snapshot) };
  },
  'canvass.snapshots': async ({ clientId }, context) => ({ snapshots: snapshotsOf(context, clientId).map(summarizeSnapshot) }),
  'canvass.getSnapshot': async ({ id }, context) => ({ snapshot: requireSnapshot(context, id) }),
  'canvass.deleteSnapshot': async ({ id }, context) => {
    requireSnapshot(context, id);
    await context.store.mutate((draft) => {
      draft.canvassSnapshots = draft.canvassSnapshots.filter((item) => item.id !== id);
    });
    return { deleted: 1 };
  },
  'canvass.compare': async ({ clientId, fromId, toId }, context) => {
    const snapshots = snapshotsOf(context, clientId);
    const from = fromId ? requireSnapshot(context, fromId, clientId) : snapshots[0];
    if (!from) return { from: null, to: null, diff: null };
    const to = toId ? requireSnapshot(context, toId, clientId) : null;
    const after = to ? contentOf(to) : canvassOf(context, clientId).content;
    return { from: summarizeSnapshot(from), to: to ? summarizeSnapshot(to) : null, diff: diffCanvass(contentOf(from), after) };
  },
};

export const canvassHandlers = { ...canvassHandlersOnly, ...goalHandlers, ...canvassExportHandlers };

import { z } from 'zod';
import { actionItem } from './action-item';
import { asset } from './asset';
import { importMapping } from './asset-import';
import { canvass, canvassSnapshot } from './canvass';
import { client } from './client';
import { goal } from './goal';
import { initiative } from './initiative';
import { meeting } from './meeting';
import { proposal } from './proposal';
import { alignmentReview } from './review';
import { service } from './service';
import { DEFAULT_SETTINGS, settings } from './settings';
import { standard } from './standard';
import { entityId, timestamp } from './text';
import { touch } from './touch';

/** A mapping the consultant confirmed, offered again when a file with the same columns comes in. */
export const storedImportMapping = z.strictObject({
  id: entityId,
  mapping: importMapping,
  headers: z.array(z.string().max(200)).max(500),
  updatedAt: timestamp,
});
export type StoredImportMapping = z.infer<typeof storedImportMapping>;

/** Collections whose records belong to one client (each has `clientId`). */
export const CLIENT_COLLECTIONS = [
  'assets',
  'services',
  'initiatives',
  'reviews',
  'goals',
  'canvasses',
  'canvassSnapshots',
  'meetings',
  'actionItems',
  'touches',
  'proposals',
] as const;
export type ClientCollection = (typeof CLIENT_COLLECTIONS)[number];

/** The collections of a practice, each with its record schema. */
export const practiceShape = {
  settings,
  clients: z.array(client),
  assets: z.array(asset),
  services: z.array(service),
  initiatives: z.array(initiative),
  importMappings: z.array(storedImportMapping).max(50),
  standards: z.array(standard),
  /** Which edition of the default standards library was loaded; null when none was. */
  defaultStandardsEdition: z.number().int().min(1).nullable(),
  reviews: z.array(alignmentReview),
  goals: z.array(goal),
  canvasses: z.array(canvass),
  canvassSnapshots: z.array(canvassSnapshot),
  meetings: z.array(meeting),
  actionItems: z.array(actionItem),
  touches: z.array(touch),
  proposals: z.array(proposal),
};

type IdsView = { clients: ReadonlyArray<{ id: string }>; standards: ReadonlyArray<{ id: string }> } & Record<
  ClientCollection,
  ReadonlyArray<{ clientId: string; id?: string }>
>;

/** Ids are unique and every client-owned record names an existing client. */
export function checkPracticeIds(practice: IdsView, context: z.RefinementCtx): void {
  const clientIds = new Set<string>();
  for (const [index, item] of practice.clients.entries()) {
    if (clientIds.has(item.id)) context.addIssue({ code: 'custom', message: `Client id ${item.id} appears twice`, path: ['clients', index, 'id'] });
    clientIds.add(item.id);
  }
  for (const collection of CLIENT_COLLECTIONS) {
    const ids = new Set<string>();
    for (const [index, item] of practice[collection].entries()) {
      // A canvass has no id of its own: there is one a client.
      const key = item.id ?? item.clientId;
      if (ids.has(key)) context.addIssue({ code: 'custom', message: `Id ${key} appears twice`, path: [collection, index, item.id ? 'id' : 'clientId'] });
      ids.add(key);
      if (!clientIds.has(item.clientId)) {
        context.addIssue({ code: 'custom', message: `Belongs to a client that does not exist (${item.clientId})`, path: [collection, index, 'clientId'] });
      }
    }
  }
  const standardIds = new Set<string>();
  for (const [index, item] of practice.standards.entries()) {
    if (standardIds.has(item.id)) context.addIssue({ code: 'custom', message: `Standard id ${item.id} appears twice`, path: ['standards', index, 'id'] });
    standardIds.add(item.id);
  }
}

/** The whole practice as the app holds it (the file on disk stores review wordings once: store/stored-practice.ts). */
export const practiceData = z.strictObject(practiceShape).superRefine(checkPracticeIds);
export type PracticeData = z.infer<typeof practiceData>;

/** A practice with nothing in it yet; the default standards library is loaded separately. */
export function emptyPractice(): PracticeData {
  return {
    settings: structuredClone(DEFAULT_SETTINGS),
    clients: [],
    assets: [],
    services: [],
    initiatives: [],
    importMappings: [],
    standards: [],
    defaultStandardsEdition: null,
    reviews: [],
    goals: [],
    canvasses: [],
    canvassSnapshots: [],
    meetings: [],
    actionItems: [],
    touches: [],
    proposals: [],
  };
}

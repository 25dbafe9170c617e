import { z } from 'zod';
import {
  CANVASS_BLOCKS,
  canvassContent,
  canvassNote,
  canvassSnapshot,
  canvassSnapshotSummary,
  discoveryAnswer,
  DISCOVERY_TOPICS,
  TRAJECTORIES,
  type DiscoveryTopic,
} from '../../domain/canvass';
import { canvassDiff } from '../../domain/canvass-diff';
import { goal, goalPatch, newGoal } from '../../domain/goal';
import { entityId, optionalText, timestamp } from '../../domain/text';
import { byClient, byId, channel, deletedCount, idsToDelete, savedFile } from './shared';

/** The canvass feature's channels (names listed under CANVASS in channel-names.ts). */

const block = z.enum(CANVASS_BLOCKS, { error: 'Choose one of the nine blocks' });
const position = z.number().int().min(0).max(10_000);

/** The living canvass of a client; `updatedAt` is null until the first note or answer. */
const canvassView = canvassContent.extend({ clientId: entityId, updatedAt: timestamp.nullable() });
const canvassOutput = z.strictObject({ canvass: canvassView });

const discoveryChanges = z.strictObject(
  Object.fromEntries(DISCOVERY_TOPICS.map((topic) => [topic, discoveryAnswer.optional()])) as Record<DiscoveryTopic, z.ZodOptional<typeof discoveryAnswer>>,
);

export const canvassChannels = {
  'canvass.get': channel(byClient, canvassOutput),
  /** The id comes from the caller, so the screen can show and edit the note before the answer arrives. */
  'canvass.addNote': channel(z.strictObject({ clientId: entityId, block, note: canvassNote, index: position.optional() }), canvassOutput),
  'canvass.updateNote': channel(z.strictObject({ clientId: entityId, noteId: entityId, text: canvassNote.shape.text }), canvassOutput),
  'canvass.moveNote': channel(z.strictObject({ clientId: entityId, noteId: entityId, toBlock: block, toIndex: position }), canvassOutput),
  'canvass.removeNote': channel(z.strictObject({ clientId: entityId, noteId: entityId }), canvassOutput),
  'canvass.updateDiscovery': channel(
    z.strictObject({ clientId: entityId, answers: discoveryChanges.optional(), trajectory: z.enum(TRAJECTORIES).nullable().optional() }),
    canvassOutput,
  ),

  'canvass.snapshot': channel(z.strictObject({ clientId: entityId, label: optionalText('Label', 120).default('') }), z.strictObject({ snapshot: canvassSnapshotSummary })),
  /** Newest first. */
  'canvass.snapshots': channel(byClient, z.strictObject({ snapshots: z.array(canvassSnapshotSummary) })),
  'canvass.getSnapshot': channel(byId, z.strictObject({ snapshot: canvassSnapshot })),
  'canvass.deleteSnapshot': channel(byId, deletedCount),
  /**
   * What changed from one snapshot to another moment: `fromId` defaults to the newest snapshot,
   * `toId` to the canvass as it is now. `diff` is null when the client has no snapshot yet.
   */
  'canvass.compare': channel(
    z.strictObject({ clientId: entityId, fromId: entityId.optional(), toId: entityId.optional() }),
    z.strictObject({ from: canvassSnapshotSummary.nullable(), to: canvassSnapshotSummary.nullable(), diff: canvassDiff.nullable() }),
  ),

  'goals.list': channel(byClient, z.strictObject({ goals: z.array(goal) })),
  'goals.create': channel(z.strictObject({ clientId: entityId, goal: newGoal }), z.strictObject({ goal })),
  'goals.update': channel(z.strictObject({ id: entityId, changes: goalPatch }), z.strictObject({ goal })),
  /** Also unlinks the goals from the initiatives that served them. */
  'goals.delete': channel(idsToDelete, z.strictObject({ deleted: z.number().int(), unlinkedInitiatives: z.number().int() })),

  'export.canvassPdf': channel(z.strictObject({ clientId: entityId, includePrivateNotes: z.boolean().default(false) }), savedFile),
  'export.questionnairePdf': channel(byClient, savedFile),
};

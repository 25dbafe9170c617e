import { z } from 'zod';
import {
  CANVASS_BLOCKS,
  canvass,
  canvassSnapshot,
  DISCOVERY_TOPICS,
  emptyCanvassContent,
  TRAJECTORIES,
  type Canvass,
  type CanvassContent,
  type CanvassSnapshot,
  type DiscoveryTopic,
} from './canvass';
import type { Client } from './client';
import { goal, GOAL_HORIZONS, GOAL_STATUSES, type Goal } from './goal';
import type { Initiative } from './initiative';

/**
 * The sample practice's canvasses (resources/sample-canvass.json), keyed by client name: the nine
 * blocks, the discovery answers, the goals and the initiatives serving them, and for some clients
 * a snapshot from months ago, written as what has changed since, so the comparison has a story.
 */

const notesByBlock = z.partialRecord(z.enum(CANVASS_BLOCKS), z.array(z.string().min(1)));
const answersByTopic = z.partialRecord(z.enum(DISCOVERY_TOPICS), z.string());
const trajectory = z.enum(TRAJECTORIES).nullable();

const sampleGoal = z.strictObject({
  title: z.string(),
  horizon: z.enum(GOAL_HORIZONS).default('threeYears'),
  measureOfSuccess: z.string().default(''),
  status: z.enum(GOAL_STATUSES).default('open'),
  /** Titles of the client's sample initiatives that serve this goal. */
  servedBy: z.array(z.string()).default([]),
});

const sampleSnapshot = z.strictObject({
  monthsAgo: z.number().int().min(1).max(120),
  label: z.string().default(''),
  /** Notes of today's canvass that were not there yet. */
  notYet: notesByBlock.default({}),
  /** Notes that were there then and are gone now. */
  since: notesByBlock.default({}),
  /** Notes worded differently then. */
  reworded: z.array(z.strictObject({ block: z.enum(CANVASS_BLOCKS), now: z.string(), then: z.string() })).default([]),
  /** Answers as they were then, where they differ. */
  discovery: answersByTopic.default({}),
  trajectory: trajectory.optional(),
});

const sampleCanvassEntry = z.strictObject({
  blocks: notesByBlock,
  discovery: answersByTopic.default({}),
  trajectory: trajectory.default(null),
  goals: z.array(sampleGoal).default([]),
  snapshot: sampleSnapshot.optional(),
});

export const sampleCanvassFile = z.record(z.string(), sampleCanvassEntry);
export type SampleCanvassFile = z.infer<typeof sampleCanvassFile>;

export interface ExpandedSampleCanvass {
  canvasses: Canvass[];
  canvassSnapshots: CanvassSnapshot[];
  goals: Goal[];
  /** Goal links to add to initiatives that already exist: `goalId` goes into `why.goalIds`. */
  goalLinks: Array<{ initiativeId: string; goalId: string }>;
}

function monthsBefore(nowIso: string, months: number): string {
  const date = new Date(nowIso);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString();
}

function missing(what: string, clientName: string): Error {
  return new Error(`sample-canvass.json, ${clientName}: ${what}`);
}

function snapshotContent(current: CanvassContent, spec: z.infer<typeof sampleSnapshot>, newId: () => string, clientName: string): CanvassContent {
  const then = structuredClone(current);
  for (const block of CANVASS_BLOCKS) {
    for (const text of spec.notYet[block] ?? []) {
      const index = then.blocks[block].findIndex((note) => note.text === text);
      if (index < 0) throw missing(`"${text}" is not a note of ${block}`, clientName);
      then.blocks[block].splice(index, 1);
    }
    for (const text of spec.since[block] ?? []) then.blocks[block].push({ id: newId(), text });
  }
  for (const change of spec.reworded) {
    const note = then.blocks[change.block].find((candidate) => candidate.text === change.now);
    if (!note) throw missing(`"${change.now}" is not a note of ${change.block}`, clientName);
    note.text = change.then;
  }
  then.discovery = { ...then.discovery, ...spec.discovery };
  if (spec.trajectory !== undefined) then.trajectory = spec.trajectory;
  return then;
}

/** Turns the sample file into records for the sample clients, each checked by its entity schema. */
export function expandSampleCanvass(
  file: SampleCanvassFile,
  sample: { clients: readonly Client[]; initiatives: readonly Initiative[] },
  newId: () => string,
  nowIso: string,
): ExpandedSampleCanvass {
  const expanded: ExpandedSampleCanvass = { canvasses: [], canvassSnapshots: [], goals: [], goalLinks: [] };
  for (const client of sample.clients) {
    const entry = file[client.name];
    if (!entry) continue;
    const content = emptyCanvassContent();
    for (const block of CANVASS_BLOCKS) content.blocks[block] = (entry.blocks[block] ?? []).map((text) => ({ id: newId(), text }));
    for (const topic of DISCOVERY_TOPICS) content.discovery[topic as DiscoveryTopic] = entry.discovery[topic] ?? '';
    content.trajectory = entry.trajectory;
    expanded.canvasses.push(canvass.parse({ ...content, clientId: client.id, updatedAt: nowIso }));
    if (entry.snapshot) {
      const then = snapshotContent(content, entry.snapshot, newId, client.name);
      const takenAt = monthsBefore(nowIso, entry.snapshot.monthsAgo);
      expanded.canvassSnapshots.push(canvassSnapshot.parse({ ...then, id: newId(), clientId: client.id, label: entry.snapshot.label, takenAt }));
    }
    for (const spec of entry.goals) {
      const { servedBy, ...fields } = spec;
      const made = goal.parse({ ...fields, id: newId(), clientId: client.id, createdAt: nowIso, updatedAt: nowIso });
      expanded.goals.push(made);
      for (const title of servedBy) {
        const served = sample.initiatives.find((item) => item.clientId === client.id && item.title === title);
        if (!served) throw missing(`no initiative called "${title}"`, client.name);
        expanded.goalLinks.push({ initiativeId: served.id, goalId: made.id });
      }
    }
  }
  return expanded;
}

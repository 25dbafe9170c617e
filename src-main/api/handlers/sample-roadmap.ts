import { monthOfLocalDate } from '../../domain/months';
import { expandSampleRoadmap, sampleRoadmapFile } from '../../domain/sample-roadmap';
import type { HandlerContext } from '../handler-context';

export const SAMPLE_ROADMAP_FILE = 'sample-roadmap.json';

/**
 * The sample roadmaps, loaded after every other part of the sample practice so that their links
 * to goals, standards, reviews and assets find what is there.
 */
export async function loadSampleRoadmap(context: HandlerContext, clientIds: ReadonlySet<string>): Promise<void> {
  const text = new TextDecoder().decode(await context.platform.readResource(SAMPLE_ROADMAP_FILE));
  const file = sampleRoadmapFile.parse(JSON.parse(text));
  const now = context.clock();
  const expanded = expandSampleRoadmap(file, context.store.data, clientIds, monthOfLocalDate(now), context.newId, now.toISOString());
  const updated = new Map(expanded.updated.map((item) => [item.id, item]));
  await context.store.mutate((draft) => {
    draft.initiatives = draft.initiatives.map((item) => updated.get(item.id) ?? item);
    draft.initiatives.push(...expanded.added);
  });
}

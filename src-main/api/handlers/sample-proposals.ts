import { expandSampleProposals, sampleProposalsFile } from '../../domain/sample-proposals';
import type { HandlerContext } from '../handler-context';

export const SAMPLE_PROPOSALS_FILE = 'sample-proposals.json';

/** The sample proposals, loaded last so that they find every sample initiative and answer through the app's own rules. */
export async function loadSampleProposals(context: HandlerContext, clientIds: ReadonlySet<string>): Promise<void> {
  const text = new TextDecoder().decode(await context.platform.readResource(SAMPLE_PROPOSALS_FILE));
  const expanded = expandSampleProposals(sampleProposalsFile.parse(JSON.parse(text)), context.store.data, clientIds, context.clock(), context.newId);
  const changed = new Map(expanded.initiatives.map((item) => [item.id, item]));
  await context.store.mutate((draft) => {
    draft.initiatives = draft.initiatives.map((item) => changed.get(item.id) ?? item);
    const known = new Set(draft.initiatives.map((item) => item.id));
    draft.initiatives.push(...expanded.initiatives.filter((item) => !known.has(item.id)));
    draft.proposals.push(...expanded.proposals);
  });
}

import { monthOfLocalDate } from '../../domain/months';
import { expandSample, samplePracticeFile } from '../../domain/sample-practice';
import type { HandlerMap } from '../registry';
import { loadSampleProposals } from './sample-proposals';

export const SAMPLE_PRACTICE_FILE = 'sample-practice.json';

export const sampleHandlers: HandlerMap<'sample.load'> = {
  'sample.load': async (_input, context) => {
    const text = new TextDecoder().decode(await context.platform.readResource(SAMPLE_PRACTICE_FILE));
    const file = samplePracticeFile.parse(JSON.parse(text));
    const expanded = expandSample(file, monthOfLocalDate(context.clock()), context.newId, context.clock().toISOString());
    await context.store.mutate((draft) => {
      draft.clients.push(...expanded.clients);
      draft.assets.push(...expanded.assets);
      draft.services.push(...expanded.services);
      draft.initiatives.push(...expanded.initiatives);
      const consultant = draft.settings.consultant;
      if (consultant.company === '' && consultant.name === '') draft.settings.consultant = { ...file.consultant };
    });
    await loadSampleProposals(context, new Set(expanded.clients.map((item) => item.id)));
    return { clientsAdded: expanded.clients.length };
  },
};

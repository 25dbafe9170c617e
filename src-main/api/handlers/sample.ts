import { monthOfLocalDate } from '../../domain/months';
import { expandSampleCanvass, sampleCanvassFile } from '../../domain/sample-canvass';
import { expandSample, samplePracticeFile } from '../../domain/sample-practice';
import type { HandlerMap } from '../registry';

export const SAMPLE_PRACTICE_FILE = 'sample-practice.json';
export const SAMPLE_CANVASS_FILE = 'sample-canvass.json';

export const sampleHandlers: HandlerMap<'sample.load'> = {
  'sample.load': async (_input, context) => {
    const text = new TextDecoder().decode(await context.platform.readResource(SAMPLE_PRACTICE_FILE));
    const file = samplePracticeFile.parse(JSON.parse(text));
    const expanded = expandSample(file, monthOfLocalDate(context.clock()), context.newId, context.clock().toISOString());
    const canvassText = new TextDecoder().decode(await context.platform.readResource(SAMPLE_CANVASS_FILE));
    const strategy = expandSampleCanvass(sampleCanvassFile.parse(JSON.parse(canvassText)), expanded, context.newId, context.clock().toISOString());
    await context.store.mutate((draft) => {
      draft.clients.push(...expanded.clients);
      draft.assets.push(...expanded.assets);
      draft.services.push(...expanded.services);
      draft.initiatives.push(...expanded.initiatives);
      draft.canvasses.push(...strategy.canvasses);
      draft.canvassSnapshots.push(...strategy.canvassSnapshots);
      draft.goals.push(...strategy.goals);
      for (const link of strategy.goalLinks) draft.initiatives.find((item) => item.id === link.initiativeId)?.why.goalIds.push(link.goalId);
      const consultant = draft.settings.consultant;
      if (consultant.company === '' && consultant.name === '') draft.settings.consultant = { ...file.consultant };
    });
    return { clientsAdded: expanded.clients.length };
  },
};

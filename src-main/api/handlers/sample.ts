import { isoDateOfLocalDate, monthOfLocalDate } from '../../domain/months';
import { expandSampleMeetings, sampleMeetingsFile } from '../../domain/sample-meetings';
import { expandSample, samplePracticeFile } from '../../domain/sample-practice';
import type { HandlerMap } from '../registry';

export const SAMPLE_PRACTICE_FILE = 'sample-practice.json';
export const SAMPLE_MEETINGS_FILE = 'sample-meetings.json';

export const sampleHandlers: HandlerMap<'sample.load'> = {
  'sample.load': async (_input, context) => {
    const text = new TextDecoder().decode(await context.platform.readResource(SAMPLE_PRACTICE_FILE));
    const file = samplePracticeFile.parse(JSON.parse(text));
    const expanded = expandSample(file, monthOfLocalDate(context.clock()), context.newId, context.clock().toISOString());
    const meetingsText = new TextDecoder().decode(await context.platform.readResource(SAMPLE_MEETINGS_FILE));
    const rhythm = expandSampleMeetings(
      sampleMeetingsFile.parse(JSON.parse(meetingsText)),
      expanded.clients,
      expanded.initiatives,
      isoDateOfLocalDate(context.clock()),
      context.newId,
      context.clock().toISOString(),
    );
    for (const item of expanded.initiatives) {
      const extra = rhythm.initiativeHistory.get(item.id);
      if (extra) item.history = [...item.history, ...extra].sort((a, b) => a.at.localeCompare(b.at));
    }
    await context.store.mutate((draft) => {
      draft.clients.push(...expanded.clients);
      draft.assets.push(...expanded.assets);
      draft.services.push(...expanded.services);
      draft.initiatives.push(...expanded.initiatives);
      draft.meetings.push(...rhythm.meetings);
      draft.actionItems.push(...rhythm.actionItems);
      draft.touches.push(...rhythm.touches);
      const consultant = draft.settings.consultant;
      if (consultant.company === '' && consultant.name === '') draft.settings.consultant = { ...file.consultant };
    });
    return { clientsAdded: expanded.clients.length };
  },
};

import { isoDateOfLocalDate, monthOfLocalDate } from '../../domain/months';
import { expandSampleCanvass, sampleCanvassFile } from '../../domain/sample-canvass';
import { expandSampleMeetings, sampleMeetingsFile } from '../../domain/sample-meetings';
import { expandSample, samplePracticeFile } from '../../domain/sample-practice';
import { expandSampleReviews, sampleReviewsFile } from '../../domain/sample-reviews';
import type { HandlerMap } from '../registry';
import { loadSampleRoadmap } from './sample-roadmap';
import { loadSampleProposals } from './sample-proposals';

export const SAMPLE_PRACTICE_FILE = 'sample-practice.json';
export const SAMPLE_CANVASS_FILE = 'sample-canvass.json';
export const SAMPLE_REVIEWS_FILE = 'sample-reviews.json';
export const SAMPLE_MEETINGS_FILE = 'sample-meetings.json';

export const sampleHandlers: HandlerMap<'sample.load'> = {
  'sample.load': async (_input, context) => {
    const text = new TextDecoder().decode(await context.platform.readResource(SAMPLE_PRACTICE_FILE));
    const file = samplePracticeFile.parse(JSON.parse(text));
    const expanded = expandSample(file, monthOfLocalDate(context.clock()), context.newId, context.clock().toISOString());
    const canvassText = new TextDecoder().decode(await context.platform.readResource(SAMPLE_CANVASS_FILE));
    const strategy = expandSampleCanvass(sampleCanvassFile.parse(JSON.parse(canvassText)), expanded, context.newId, context.clock().toISOString());
    const reviewsFile = sampleReviewsFile.parse(JSON.parse(new TextDecoder().decode(await context.platform.readResource(SAMPLE_REVIEWS_FILE))));
    const reviewed = expandSampleReviews(reviewsFile, { ...expanded, standards: context.store.data.standards }, monthOfLocalDate(context.clock()), context.newId);
    const meetingsText = new TextDecoder().decode(await context.platform.readResource(SAMPLE_MEETINGS_FILE));
    const rhythm = expandSampleMeetings(
      sampleMeetingsFile.parse(JSON.parse(meetingsText)),
      expanded.clients,
      reviewed.initiatives,
      isoDateOfLocalDate(context.clock()),
      context.newId,
      context.clock().toISOString(),
    );
    for (const item of reviewed.initiatives) {
      const extra = rhythm.initiativeHistory.get(item.id);
      if (extra) item.history = [...item.history, ...extra].sort((a, b) => a.at.localeCompare(b.at));
    }
    await context.store.mutate((draft) => {
      draft.clients.push(...reviewed.clients);
      draft.assets.push(...expanded.assets);
      draft.services.push(...expanded.services);
      draft.initiatives.push(...reviewed.initiatives);
      draft.canvasses.push(...strategy.canvasses);
      draft.canvassSnapshots.push(...strategy.canvassSnapshots);
      draft.goals.push(...strategy.goals);
      for (const link of strategy.goalLinks) draft.initiatives.find((item) => item.id === link.initiativeId)?.why.goalIds.push(link.goalId);
      draft.reviews.push(...reviewed.reviews);
      draft.meetings.push(...rhythm.meetings);
      draft.actionItems.push(...rhythm.actionItems);
      draft.touches.push(...rhythm.touches);
      const consultant = draft.settings.consultant;
      if (consultant.company === '' && consultant.name === '') draft.settings.consultant = { ...file.consultant };
    });
    await loadSampleRoadmap(context, new Set(expanded.clients.map((item) => item.id)));
    await loadSampleProposals(context, new Set(expanded.clients.map((item) => item.id)));
    return { clientsAdded: expanded.clients.length };
  },
};

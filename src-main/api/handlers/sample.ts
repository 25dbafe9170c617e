import { monthOfLocalDate } from '../../domain/months';
import { expandSampleCanvass, sampleCanvassFile } from '../../domain/sample-canvass';
import { expandSample, samplePracticeFile } from '../../domain/sample-practice';
import { expandSampleReviews, sampleReviewsFile } from '../../domain/sample-reviews';
import type { HandlerMap } from '../registry';

export const SAMPLE_PRACTICE_FILE = 'sample-practice.json';
export const SAMPLE_CANVASS_FILE = 'sample-canvass.json';
export const SAMPLE_REVIEWS_FILE = 'sample-reviews.json';

export const sampleHandlers: HandlerMap<'sample.load'> = {
  'sample.load': async (_input, context) => {
    const text = new TextDecoder().decode(await context.platform.readResource(SAMPLE_PRACTICE_FILE));
    const file = samplePracticeFile.parse(JSON.parse(text));
    const expanded = expandSample(file, monthOfLocalDate(context.clock()), context.newId, context.clock().toISOString());
    const canvassText = new TextDecoder().decode(await context.platform.readResource(SAMPLE_CANVASS_FILE));
    const strategy = expandSampleCanvass(sampleCanvassFile.parse(JSON.parse(canvassText)), expanded, context.newId, context.clock().toISOString());
    const reviewsFile = sampleReviewsFile.parse(JSON.parse(new TextDecoder().decode(await context.platform.readResource(SAMPLE_REVIEWS_FILE))));
    const reviewed = expandSampleReviews(reviewsFile, { ...expanded, standards: context.store.data.standards }, monthOfLocalDate(context.clock()), context.newId);
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
      const consultant = draft.settings.consultant;
      if (consultant.company === '' && consultant.name === '') draft.settings.consultant = { ...file.consultant };
    });
    return { clientsAdded: expanded.clients.length };
  },
};

import { monthOfLocalDate } from '../../domain/months';
import { expandSample, samplePracticeFile } from '../../domain/sample-practice';
import { expandSampleReviews, sampleReviewsFile } from '../../domain/sample-reviews';
import type { HandlerMap } from '../registry';

export const SAMPLE_PRACTICE_FILE = 'sample-practice.json';
export const SAMPLE_REVIEWS_FILE = 'sample-reviews.json';

export const sampleHandlers: HandlerMap<'sample.load'> = {
  'sample.load': async (_input, context) => {
    const text = new TextDecoder().decode(await context.platform.readResource(SAMPLE_PRACTICE_FILE));
    const file = samplePracticeFile.parse(JSON.parse(text));
    const expanded = expandSample(file, monthOfLocalDate(context.clock()), context.newId, context.clock().toISOString());
    const reviewsFile = sampleReviewsFile.parse(JSON.parse(new TextDecoder().decode(await context.platform.readResource(SAMPLE_REVIEWS_FILE))));
    const reviewed = expandSampleReviews(reviewsFile, { ...expanded, standards: context.store.data.standards }, monthOfLocalDate(context.clock()), context.newId);
    await context.store.mutate((draft) => {
      draft.clients.push(...reviewed.clients);
      draft.assets.push(...expanded.assets);
      draft.services.push(...expanded.services);
      draft.initiatives.push(...reviewed.initiatives);
      draft.reviews.push(...reviewed.reviews);
      const consultant = draft.settings.consultant;
      if (consultant.company === '' && consultant.name === '') draft.settings.consultant = { ...file.consultant };
    });
    return { clientsAdded: expanded.clients.length };
  },
};

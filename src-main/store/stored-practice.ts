import { z } from 'zod';
import { checkPracticeIds, practiceShape, type PracticeData } from '../domain/practice';
import { alignmentReview, reviewItem, standardWording, type StandardWording } from '../domain/review';

/**
 * The practice as the data file holds it (schema 4). Every review item keeps the wording of its
 * standard as the review asked it, but a library of 150 standards asked in every review of every
 * client is the same few hundred wordings over and over: the file lists each distinct wording once
 * in `reviewWordings` and an item names it by its place in that list. The app works on the
 * expanded form (`PracticeData`), where items sharing a wording share one object.
 *
 * Reading also accepts a wording written out in the item (what schema 3 wrote and what a migration
 * hands over); writing always uses the list.
 */

const wordingIndex = z.number().int().min(0);

const storedReviewItem = reviewItem.extend({ wording: z.union([wordingIndex, standardWording]) });

const storedReview = alignmentReview.extend({
  items: z.array(storedReviewItem).max(5000, { error: 'A review can hold at most 5,000 standards' }),
});

export const storedPracticeData = z
  .strictObject({
    ...practiceShape,
    reviews: z.array(storedReview),
    reviewWordings: z.array(standardWording).optional(),
  })
  .superRefine((practice, context) => {
    checkPracticeIds(practice, context);
    const listed = practice.reviewWordings?.length ?? 0;
    for (const [reviewIndex, review] of practice.reviews.entries()) {
      for (const [itemIndex, item] of review.items.entries()) {
        if (typeof item.wording === 'number' && item.wording >= listed) {
          context.addIssue({
            code: 'custom',
            message: `Names wording ${item.wording + 1}, but the file lists ${listed}`,
            path: ['reviews', reviewIndex, 'items', itemIndex, 'wording'],
          });
        }
      }
    }
  });
export type StoredPracticeData = z.infer<typeof storedPracticeData>;

// A wording object never changes once made (reviews replace items, never edit a wording in
// place), so its text form is worked out once per object, not on every save.
const wordingKeys = new WeakMap<StandardWording, string>();

function keyOf(wording: StandardWording): string {
  let key = wordingKeys.get(wording);
  if (key === undefined) {
    key = JSON.stringify(wording);
    wordingKeys.set(wording, key);
  }
  return key;
}

/** The app's practice from the file's: each item gets its wording back (one shared object per listed wording). */
export function expandStoredPractice(stored: StoredPracticeData): PracticeData {
  const { reviewWordings = [], ...practice } = stored;
  // Wordings written out in the items (a schema 3 file) are shared too, so memory does not wait for the first save.
  const writtenOut = new Map<string, StandardWording>();
  const shared = (wording: StandardWording) => {
    const key = keyOf(wording);
    const known = writtenOut.get(key);
    if (known) return known;
    writtenOut.set(key, wording);
    return wording;
  };
  return {
    ...practice,
    reviews: practice.reviews.map((review) => ({
      ...review,
      items: review.items.map((item) => ({ ...item, wording: typeof item.wording === 'number' ? reviewWordings[item.wording]! : shared(item.wording) })),
    })),
  };
}

/** The file's practice from the app's: each distinct wording listed once, in the order first met. */
export function storedFormOf(data: PracticeData): StoredPracticeData {
  const places = new Map<string, number>();
  const reviewWordings: StandardWording[] = [];
  const reviews = data.reviews.map((review) => ({
    ...review,
    items: review.items.map((item) => {
      const key = keyOf(item.wording);
      let place = places.get(key);
      if (place === undefined) {
        place = reviewWordings.length;
        places.set(key, place);
        reviewWordings.push(item.wording);
      }
      return { ...item, wording: place };
    }),
  }));
  return { ...data, reviews, reviewWordings };
}

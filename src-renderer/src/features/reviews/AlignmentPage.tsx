import type { Client } from '../../../../src-main/domain/client';
import { ReviewPage } from './ReviewPage';
import { ReviewsOverview } from './ReviewsOverview';

/** A client's alignment section: its reviews and trend, or one review when `reviewId` is given. */
export function AlignmentPage({ client, reviewId }: { client: Client; reviewId?: string | undefined }) {
  return reviewId ? <ReviewPage client={client} reviewId={reviewId} /> : <ReviewsOverview client={client} />;
}

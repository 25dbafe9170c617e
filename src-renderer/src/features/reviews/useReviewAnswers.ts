import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { AnswerChange } from '../../../../src-main/api/contract/reviews';
import type { AlignmentReview, ReviewItem } from '../../../../src-main/domain/review';
import { call } from '../../api';

type ItemChange = Partial<Pick<ReviewItem, 'answer' | 'note' | 'engineerNote' | 'initiativeId'>>;

/**
 * The review's items as the consultant answers them. A change shows at once; changes are sent one
 * request at a time, those made meanwhile gathered into the next, so answering never waits for a
 * save and a quick run of answers costs a few writes, not one each.
 */
export function useReviewAnswers(review: AlignmentReview) {
  const queryClient = useQueryClient();
  const [items, setItems] = useState(review.items);
  const [saving, setSaving] = useState(false);
  const pending = useRef(new Map<string, AnswerChange>());
  const sending = useRef(false);

  const flush = useCallback(async () => {
    if (sending.current || pending.current.size === 0) return;
    sending.current = true;
    setSaving(true);
    const batch = [...pending.current.values()];
    pending.current.clear();
    try {
      await call('reviews.answer', { id: review.id, answers: batch });
      void queryClient.invalidateQueries({ queryKey: ['reviews.list'] });
      void queryClient.invalidateQueries({ queryKey: ['reviews.latestScores'] });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Answer not saved', message: (error as Error).message });
      void queryClient.invalidateQueries({ queryKey: ['reviews.get', { id: review.id }] });
    } finally {
      sending.current = false;
      setSaving(pending.current.size > 0);
      if (pending.current.size > 0) void flush();
    }
  }, [review.id, queryClient]);

  /** Changes one item on screen and queues what needs saving (the initiative link is saved by its own call). */
  const change = useCallback(
    (standardId: string, update: ItemChange) => {
      setItems((current) => current.map((item) => (item.standardId === standardId ? { ...item, ...update } : item)));
      const { initiativeId: _initiativeId, ...saved } = update;
      if (Object.keys(saved).length === 0) return;
      pending.current.set(standardId, { ...pending.current.get(standardId), ...saved, standardId });
      void flush();
    },
    [flush],
  );

  return { items, change, saving };
}

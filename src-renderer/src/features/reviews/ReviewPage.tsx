import { Anchor, Badge, Button, Card, Center, Group, Loader, Progress, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconFileTypePdf, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { reviewScore } from '../../../../src-main/domain/alignment';
import type { Client } from '../../../../src-main/domain/client';
import type { AlignmentAnswer, AlignmentReview, ReviewItem } from '../../../../src-main/domain/review';
import { useChange, useChannel } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useSettings } from '../../components/settings-hooks';
import { navigate } from '../../router';
import { NotFound } from '../shell/NotFound';
import { longDate } from './dates';
import { ExportSummaryDialog } from './ExportSummaryDialog';
import { FindingInitiativeDialog } from './FindingInitiativeDialog';
import { ReviewItemRow, type RowHandlers } from './ReviewItemRow';
import classes from './reviews.module.css';
import { ScoreBadge } from './ScoreBadge';
import { useReviewAnswers } from './useReviewAnswers';

type Shown = 'all' | 'unanswered' | 'misaligned';

const KEY_ANSWERS: Record<string, AlignmentAnswer | null> = { y: 'aligned', n: 'misaligned', a: 'notApplicable', Delete: null, Backspace: null };

export function ReviewPage({ client, reviewId }: { client: Client; reviewId: string }) {
  const query = useChannel('reviews.get', { id: reviewId });
  if (query.isPending) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  if (query.isError) return query.error.code === 'NOT_FOUND' ? <NotFound /> : <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  // A completed or reopened review starts afresh from what the main side holds.
  return <ReviewWorkspace key={`${query.data.review.id}-${query.data.review.status}`} client={client} review={query.data.review} />;
}

function isTyping(target: EventTarget): boolean {
  return target instanceof HTMLElement && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.isContentEditable);
}

/**
 * Answering a review: Y aligned, N misaligned, A not applicable, arrows or J/K to move, Enter to
 * write a note, Escape back to the list; or the mouse. The score and progress follow every answer.
 */
function ReviewWorkspace({ client, review }: { client: Client; review: AlignmentReview }) {
  const { items, change, saving } = useReviewAnswers(review);
  const { settings } = useSettings();
  const initiatives = useChannel('initiatives.list', { clientId: client.id });
  const complete = useChange('reviews.complete');
  const reopen = useChange('reviews.reopen');
  const locked = review.status === 'completed';
  const [shown, setShown] = useState<Shown>('all');
  const [category, setCategory] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(() => (items.find((item) => item.answer === null) ?? items[0])?.standardId ?? null);
  const [confirming, setConfirming] = useState<'complete' | 'reopen' | null>(null);
  const [finding, setFinding] = useState<ReviewItem | null>(null);
  const [exporting, setExporting] = useState(false);

  const score = useMemo(() => reviewScore({ items }), [items]);
  const categories = useMemo(() => [...new Set(items.map((item) => item.wording.category))], [items]);
  // The rows shown are chosen when the filter changes, not on every answer, so an answered row stays in place.
  const [shownIds, setShownIds] = useState<string[]>(() => items.map((item) => item.standardId));
  useEffect(() => {
    setShownIds(
      items
        .filter((item) => (category === null || item.wording.category === category) && (shown === 'all' || (shown === 'unanswered' ? item.answer === null : item.answer === 'misaligned')))
        .map((item) => item.standardId),
    );
    // Recomputed when the filter changes only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown, category]);
  const byId = useMemo(() => new Map(items.map((item) => [item.standardId, item])), [items]);
  const rows = useMemo(() => shownIds.map((id) => byId.get(id)!).filter(Boolean), [shownIds, byId]);
  const activeIndex = Math.max(0, rows.findIndex((item) => item.standardId === activeId));
  // Row handlers read the rows through a ref, so an answer does not re-render every row.
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const initiativeTitles = useMemo(() => new Map((initiatives.data?.initiatives ?? []).map((item) => [item.id, item.title])), [initiatives.data]);

  const list = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    if (list.current) setScrollMargin(list.current.getBoundingClientRect().top + window.scrollY);
  }, []);
  const virtual = useWindowVirtualizer({ count: rows.length, estimateSize: () => 64, overscan: 8, scrollMargin, getItemKey: (index) => rows[index]!.standardId });

  // The active row takes the keyboard focus when the review opens and after each move, once it is rendered.
  // The row to focus, by standard, so a render that still shows the previous row cannot take its place.
  const focusTarget = useRef<string | null>(activeId);
  const moveTo = useCallback(
    (index: number) => {
      const bounded = Math.min(Math.max(index, 0), rows.length - 1);
      const target = rows[bounded];
      if (!target) return;
      focusTarget.current = target.standardId;
      setActiveId(target.standardId);
      // A rendered row is brought into view by the browser (cheap, and only when needed); others through the list.
      const element = document.getElementById(`review-item-${bounded}`);
      if (element) element.scrollIntoView({ block: 'nearest' });
      else virtual.scrollToIndex(bounded, { align: 'auto' });
    },
    [rows, virtual],
  );
  useEffect(() => {
    const target = focusTarget.current;
    if (target === null) return;
    const element = document.getElementById(`review-item-${rows.findIndex((item) => item.standardId === target)}`);
    if (!element) return;
    focusTarget.current = null;
    if (!element.contains(document.activeElement)) element.focus({ preventScroll: true });
  });

  const answer = useCallback(
    (standardId: string, value: AlignmentAnswer | null) => {
      if (!locked) change(standardId, { answer: value });
    },
    [change, locked],
  );
  const handlers = useMemo<RowHandlers>(
    () => ({
      onActivate: (index) => setActiveId(rowsRef.current[index]?.standardId ?? null),
      onAnswer: answer,
      onNote: (standardId, field, text) => change(standardId, { [field]: text }),
      onMakeInitiative: setFinding,
      onOpenInitiatives: () => navigate({ screen: 'client', clientId: client.id, section: 'initiatives' }),
    }),
    [answer, change, client.id],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const current = rows[activeIndex];
    if (key === 'ArrowDown' || key === 'j') moveTo(activeIndex + 1);
    else if (key === 'ArrowUp' || key === 'k') moveTo(activeIndex - 1);
    else if (key === 'Home') moveTo(0);
    else if (key === 'End') moveTo(rows.length - 1);
    else if (key === 'Enter' && current) document.getElementById(`review-item-${activeIndex}`)?.querySelector<HTMLTextAreaElement>('textarea')?.focus();
    else if (key in KEY_ANSWERS && current && !locked) {
      answer(current.standardId, KEY_ANSWERS[key]!);
      if (KEY_ANSWERS[key] !== null) moveTo(activeIndex + 1);
    } else return;
    event.preventDefault();
  }

  const visible = virtual.getVirtualItems();
  const percent = score.counts.total === 0 ? 0 : (score.counts.answered / score.counts.total) * 100;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Anchor component="button" type="button" size="sm" onClick={() => navigate({ screen: 'client', clientId: client.id, section: 'alignment' })}>
            <Group gap={4}>
              <IconArrowLeft size={14} /> All reviews
            </Group>
          </Anchor>
          <Group gap="sm">
            <Title order={3}>{review.title || 'Alignment review'}</Title>
            <Badge variant="light" color={locked ? 'gray' : 'blue'} tt="none" leftSection={locked ? <IconLock size={12} /> : undefined}>
              {locked ? 'Completed' : 'In progress'}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {longDate(review.date, settings.locale)} · {saving ? 'Saving…' : 'All answers saved'}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconFileTypePdf size={16} />} onClick={() => setExporting(true)}>
            Export summary
          </Button>
          {locked ? (
            <Button variant="default" leftSection={<IconLockOpen size={16} />} onClick={() => setConfirming('reopen')}>
              Reopen…
            </Button>
          ) : (
            <Button leftSection={<IconLock size={16} />} onClick={() => setConfirming('complete')}>
              Complete review
            </Button>
          )}
        </Group>
      </Group>

      <div className={classes.stickyBar}>
        <Card withBorder padding="sm">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Stack gap={4} miw={260} flex={1}>
              <Text size="sm" data-testid="review-progress">
                {score.counts.answered} of {score.counts.total} answered · {score.counts.aligned} aligned · {score.counts.misaligned} misaligned · {score.counts.notApplicable} not applicable
              </Text>
              <Progress value={percent} aria-label="Answered" />
            </Stack>
            <ScoreBadge score={score.score} band={score.band} testId="review-score" />
          </Group>
          <Group gap="sm" mt="xs" wrap="wrap">
            <SegmentedControl
              size="xs"
              value={shown}
              onChange={(value) => setShown(value as Shown)}
              data={[
                { value: 'all', label: 'All' },
                { value: 'unanswered', label: 'Unanswered' },
                { value: 'misaligned', label: 'Misaligned' },
              ]}
              aria-label="Standards to show"
            />
            <Select size="xs" placeholder="All categories" clearable data={categories} value={category} onChange={setCategory} w={200} aria-label="Category to show" />
            <Text size="xs" c="dimmed">
              {locked ? 'Completed and locked: reopen it to change answers.' : 'Keys: Y aligned · N misaligned · A not applicable · ↑↓ or J K to move · Enter for a note · Esc back'}
            </Text>
          </Group>
        </Card>
      </div>

      <Card withBorder padding={0}>
        {rows.length === 0 ? (
          <Text p="md" size="sm" c="dimmed">
            Nothing to show here: every standard of this filter is answered.
          </Text>
        ) : (
          <div ref={list} role="list" aria-label="Standards of the review" onKeyDown={onKeyDown} style={{ height: virtual.getTotalSize(), position: 'relative' }} data-testid="review-items">
            <div style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${(visible[0]?.start ?? scrollMargin) - scrollMargin}px)` }}>
              {visible.map((row) => {
                const item = rows[row.index]!;
                const heading = row.index === 0 || rows[row.index - 1]!.wording.category !== item.wording.category ? item.wording.category : null;
                return (
                  <div key={row.key} ref={virtual.measureElement} data-index={row.index} role="listitem">
                    {heading && (
                      <Text size="xs" fw={700} tt="uppercase" c="dimmed" className={classes.category}>
                        {heading}
                      </Text>
                    )}
                    <ReviewItemRow
                      item={item}
                      index={row.index}
                      active={row.index === activeIndex && activeId !== null}
                      locked={locked}
                      initiativeTitle={item.initiativeId ? initiativeTitles.get(item.initiativeId) : undefined}
                      handlers={handlers}
                    />
                  </div>
                );
              })}
            </div>
          </div>
        )}
      </Card>

      <FindingInitiativeDialog reviewId={review.id} item={finding} onClose={() => setFinding(null)} onCreated={(standardId, initiativeId) => change(standardId, { initiativeId })} />
      <ExportSummaryDialog reviewId={review.id} opened={exporting} onClose={() => setExporting(false)} />
      <ConfirmDialog
        opened={confirming === 'complete'}
        title="Complete this review?"
        confirmLabel="Complete and lock"
        danger={false}
        busy={complete.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() =>
          complete.mutate({ id: review.id }, { onSuccess: () => setConfirming(null), onError: (error) => notifications.show({ color: 'red', message: error.message }) })
        }
      >
        The review is locked with the wording it asked, and its score joins the trend.
        {score.counts.unanswered > 0 && ` ${score.counts.unanswered} ${score.counts.unanswered === 1 ? 'standard is' : 'standards are'} unanswered and left out of the score.`}
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirming === 'reopen'}
        title="Reopen this completed review?"
        confirmLabel="Reopen review"
        busy={reopen.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => reopen.mutate({ id: review.id }, { onSuccess: () => setConfirming(null), onError: (error) => notifications.show({ color: 'red', message: error.message }) })}
      >
        Its answers can be changed again, and its score may change the trend. Complete it again when you are done.
      </ConfirmDialog>
    </Stack>
  );
}

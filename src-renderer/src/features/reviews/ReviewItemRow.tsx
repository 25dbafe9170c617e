import { Anchor, Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { memo, useEffect, useState } from 'react';
import { PRIORITY_LABELS } from '../../../../src-main/domain/initiative';
import { ALIGNMENT_ANSWER_LABELS, ALIGNMENT_ANSWERS, type AlignmentAnswer, type ReviewItem } from '../../../../src-main/domain/review';
import { call } from '../../api';
import { PRIORITY_COLOURS } from '../standards/labels';
import classes from './reviews.module.css';

export interface RowHandlers {
  onActivate: (index: number) => void;
  onAnswer: (standardId: string, answer: AlignmentAnswer | null) => void;
  onNote: (standardId: string, field: 'note' | 'engineerNote', text: string) => void;
  onMakeInitiative: (item: ReviewItem) => void;
  onOpenInitiatives: () => void;
}

const ANSWER_KEYS: Record<AlignmentAnswer, string> = { aligned: 'Y', misaligned: 'N', notApplicable: 'A' };
/** Dark enough shades for white text on a filled button or badge (WCAG AA). */
const ANSWER_COLOURS: Record<AlignmentAnswer, string> = { aligned: 'teal.9', misaligned: 'red.9', notApplicable: 'gray.7' };

/** A note typed freely and saved when the consultant pauses or leaves the field. */
function NoteField({ label, value, description, readOnly, onSave, testId }: { label: string; value: string; description: string; readOnly: boolean; onSave: (text: string) => void; testId: string }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onSave(text), 700);
    return () => clearTimeout(timer);
  }, [text, value, onSave]);
  return (
    <Textarea
      label={label}
      description={description}
      rows={2}
      readOnly={readOnly}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={() => text !== value && onSave(text)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') (event.currentTarget.closest('[data-review-row]') as HTMLElement | null)?.focus();
      }}
      data-testid={testId}
    />
  );
}

export const ReviewItemRow = memo(function ReviewItemRow({
  item,
  index,
  active,
  locked,
  initiativeTitle,
  handlers,
}: {
  item: ReviewItem;
  index: number;
  active: boolean;
  locked: boolean;
  initiativeTitle: string | undefined;
  handlers: RowHandlers;
}) {
  const { wording } = item;
  return (
    <div
      data-review-row
      data-active={active}
      data-answer={item.answer ?? 'none'}
      className={classes.row}
      tabIndex={active ? 0 : -1}
      id={`review-item-${index}`}
      aria-label={`${wording.name}: ${item.answer ? ALIGNMENT_ANSWER_LABELS[item.answer] : 'not answered'}`}
      onClick={() => handlers.onActivate(index)}
      data-testid="review-item"
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} miw={0} flex={1}>
          <Group gap={6}>
            <Badge size="xs" variant="light" color={PRIORITY_COLOURS[wording.priority]} tt="none">
              {PRIORITY_LABELS[wording.priority]}
            </Badge>
            <Text size="sm" fw={600}>
              {wording.name}
            </Text>
            {item.note && !active && (
              <Text size="xs" c="dimmed" lineClamp={1} maw={280}>
                · {item.note}
              </Text>
            )}
          </Group>
          <Text size="sm">{wording.question}</Text>
        </Stack>
        {locked ? (
          <Badge variant={item.answer ? 'filled' : 'outline'} color={item.answer ? ANSWER_COLOURS[item.answer] : 'gray'} tt="none" size="lg" data-testid="locked-answer">
            {item.answer ? ALIGNMENT_ANSWER_LABELS[item.answer] : 'Not answered'}
          </Badge>
        ) : (
          <Group gap={4} wrap="nowrap" role="group" aria-label={`Answer for ${wording.name}`}>
            {ALIGNMENT_ANSWERS.map((answer) => (
              <Button
                key={answer}
                size="compact-sm"
                variant={item.answer === answer ? 'filled' : 'default'}
                color={ANSWER_COLOURS[answer]}
                aria-pressed={item.answer === answer}
                title={`${ALIGNMENT_ANSWER_LABELS[answer]} (${ANSWER_KEYS[answer]})`}
                onClick={(event) => {
                  event.stopPropagation();
                  handlers.onAnswer(item.standardId, item.answer === answer ? null : answer);
                }}
              >
                {answer === 'notApplicable' ? 'N/A' : ALIGNMENT_ANSWER_LABELS[answer]}
              </Button>
            ))}
          </Group>
        )}
      </Group>
      {item.answer === 'misaligned' && (
        <Group gap="xs" mt={6}>
          {initiativeTitle ? (
            <Badge variant="light" color="desk" tt="none" leftSection={<IconRoute size={12} />} component="button" type="button" style={{ cursor: 'pointer' }} onClick={handlers.onOpenInitiatives}>
              On the roadmap: {initiativeTitle}
            </Badge>
          ) : (
            <Button
              size="compact-xs"
              variant="light"
              leftSection={<IconRoute size={12} />}
              onClick={(event) => {
                event.stopPropagation();
                handlers.onMakeInitiative(item);
              }}
            >
              Make an initiative
            </Button>
          )}
        </Group>
      )}
      {active && (
        <Stack gap="xs" mt="sm" className={classes.details}>
          {wording.whyWeAsk && (
            <div>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                Why we ask
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {wording.whyWeAsk}
              </Text>
            </div>
          )}
          {wording.howToFind && (
            <div>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                How to find the answer
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {wording.howToFind}
              </Text>
            </div>
          )}
          {wording.references.length > 0 && (
            <Group gap="sm">
              {wording.references.map((reference) => (
                <Anchor key={reference.url} size="xs" component="button" type="button" onClick={() => void call('app.openExternal', { url: reference.url })}>
                  {reference.title}
                </Anchor>
              ))}
            </Group>
          )}
          <NoteField
            label="Note for the client"
            description="The finding in words the client may read"
            value={item.note}
            readOnly={locked}
            onSave={(text) => handlers.onNote(item.standardId, 'note', text)}
            testId="review-note"
          />
          <NoteField
            label="Engineer note"
            description="For you and your engineers; left out of exports unless ticked"
            value={item.engineerNote}
            readOnly={locked}
            onSave={(text) => handlers.onNote(item.standardId, 'engineerNote', text)}
            testId="review-engineer-note"
          />
        </Stack>
      )}
    </div>
  );
});

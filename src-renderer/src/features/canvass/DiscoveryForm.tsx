import { Card, Group, Kbd, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import { discoveryAnswer, DISCOVERY_TOPICS, TRAJECTORIES, TRAJECTORY_LABELS, type CanvassContent, type DiscoveryTopic, type Trajectory } from '../../../../src-main/domain/canvass';
import { DISCOVERY_QUESTIONS } from '../../../../src-main/domain/discovery-questions';
import { fieldErrorsOf } from '../../components/forms';
import type { CanvassEdits } from './useCanvass';

type Answers = Record<DiscoveryTopic, string>;
type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

/** Typing pauses this long before the answers are saved on their own. */
const AUTOSAVE_AFTER_MS = 900;
const NOT_KNOWN = 'notKnown';

const STATE_TEXT: Record<SaveState, string> = {
  saved: 'All answers saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved: see the highlighted answer',
};

/**
 * The discovery questions of PRODUCT.md §4 as a guided form: each question shown as a prompt over
 * its answer. Answers save on their own when typing pauses, when a field is left, with Ctrl+S,
 * and when the form closes, so nothing typed is lost; one that is refused keeps its text and says why.
 */
export function DiscoveryForm({ content, edits }: { content: CanvassContent; edits: CanvassEdits }) {
  const [answers, setAnswers] = useState<Answers>(() => ({ ...content.discovery }));
  const [errors, setErrors] = useState<Partial<Record<DiscoveryTopic, string>>>({});
  const [state, setState] = useState<SaveState>('saved');
  const saved = useRef<Answers>({ ...content.discovery });
  const latest = useRef(answers);
  latest.current = answers;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const save = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const changed = DISCOVERY_TOPICS.filter((topic) => latest.current[topic] !== saved.current[topic]);
    if (changed.length === 0) return;
    const local: Partial<Record<DiscoveryTopic, string>> = {};
    for (const topic of changed) {
      const checked = discoveryAnswer.safeParse(latest.current[topic]);
      if (!checked.success) local[topic] = checked.error.issues[0]?.message ?? 'This answer cannot be saved';
    }
    setErrors(local);
    const sendable = changed.filter((topic) => !local[topic]);
    if (sendable.length === 0) {
      setState('failed');
      return;
    }
    const batch = Object.fromEntries(sendable.map((topic) => [topic, latest.current[topic]])) as Partial<Answers>;
    setState('saving');
    edits
      .updateDiscovery({ answers: batch })
      .then(() => {
        Object.assign(saved.current, batch);
        setState(Object.keys(local).length > 0 ? 'failed' : DISCOVERY_TOPICS.some((topic) => latest.current[topic] !== saved.current[topic]) ? 'unsaved' : 'saved');
      })
      .catch((error: Error) => {
        setErrors((current) => ({ ...current, ...(fieldErrorsOf(error, ['answers']) ?? {}) }));
        setState('failed');
        notifications.show({ color: 'red', title: 'Answers not saved', message: error.message });
      });
  }, [edits]);

  useHotkeys([['mod+S', save]], []);
  const form = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state === 'failed') form.current?.querySelector('[aria-invalid="true"]')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [state]);
  // Leaving the form (another tab, another screen) saves what was typed.
  useEffect(() => () => save(), [save]);

  const change = (topic: DiscoveryTopic, value: string) => {
    setAnswers((current) => ({ ...current, [topic]: value }));
    setErrors((current) => ({ ...current, [topic]: undefined }));
    setState('unsaved');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(save, AUTOSAVE_AFTER_MS);
  };

  const setTrajectory = (value: string) => {
    const trajectory = value === NOT_KNOWN ? null : (value as Trajectory);
    edits.updateDiscovery({ trajectory }).catch((error: Error) => notifications.show({ color: 'red', title: 'Not saved', message: error.message }));
  };

  return (
    <Stack gap="md" ref={form}>
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed" maw={640}>
          Ask these of a decision maker, in a meeting or with the printed questionnaire. Write the answers in the client’s own words; they feed the goals and the roadmap.
        </Text>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" c={state === 'failed' ? 'red' : 'dimmed'} data-testid="discovery-save-state" role="status">
            {STATE_TEXT[state]}
          </Text>
          <Text size="xs" c="dimmed" className="nowrap">
            <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">S</Kbd>
          </Text>
        </Group>
      </Group>
      {DISCOVERY_TOPICS.map((topic, index) => {
        const question = DISCOVERY_QUESTIONS[topic];
        const headingId = `discovery-${topic}`;
        return (
          <Card key={topic} withBorder component="section" aria-labelledby={headingId} data-testid={`discovery-${topic}`}>
            <Title order={3} fz="md" id={headingId}>
              {index + 1}. {question.title}
            </Title>
            <Text size="sm" mt={4}>
              {question.question}
            </Text>
            <Text size="xs" c="dimmed" mb="xs">
              {question.prompts}
            </Text>
            {topic === 'growth' && (
              <Group gap="sm" mb="xs">
                <Text size="sm" fw={500} id="trajectory-label">
                  The business is
                </Text>
                <SegmentedControl
                  aria-labelledby="trajectory-label"
                  size="xs"
                  value={content.trajectory ?? NOT_KNOWN}
                  onChange={setTrajectory}
                  data={[...TRAJECTORIES.map((value) => ({ value, label: TRAJECTORY_LABELS[value] })), { value: NOT_KNOWN, label: 'Not known' }]}
                />
              </Group>
            )}
            <Textarea
              aria-label={`Answer: ${question.title}`}
              autosize
              minRows={2}
              maxRows={16}
              dir="auto"
              value={answers[topic]}
              error={errors[topic]}
              onChange={(event) => change(topic, event.currentTarget.value)}
              onBlur={save}
            />
          </Card>
        );
      })}
    </Stack>
  );
}

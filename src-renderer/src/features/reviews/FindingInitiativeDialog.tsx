import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { PRIORITIES, PRIORITY_LABELS, type Priority } from '../../../../src-main/domain/initiative';
import type { ReviewItem } from '../../../../src-main/domain/review';
import { findingInitiativeDraft } from '../../../../src-main/domain/review-items';
import { useChange } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';

type Draft = ReturnType<typeof findingInitiativeDraft>;

/** Turns a misaligned finding into a roadmap initiative, its business impact prefilled and editable. */
export function FindingInitiativeDialog({ reviewId, item, onClose, onCreated }: { reviewId: string; item: ReviewItem | null; onClose: () => void; onCreated: (standardId: string, initiativeId: string) => void }) {
  const create = useChange('reviews.createInitiative');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    setDraft(item ? findingInitiativeDraft(item) : null);
    setError(null);
    setConfirmingDiscard(false);
  }, [item]);
  if (!item || !draft) return null;
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change });
  const impact = (field: keyof Draft['businessImpact'], value: string) => set({ businessImpact: { ...draft.businessImpact, [field]: value } });
  const edited = JSON.stringify(draft) !== JSON.stringify(findingInitiativeDraft(item));
  const leave = () => (edited ? setConfirmingDiscard(true) : onClose());

  return (
    <Modal opened onClose={leave} title="Make this finding an initiative" size="lg" centered>
      <form
        ref={form}
        onKeyDown={getHotkeyHandler([['mod+S', () => form.current?.requestSubmit()]])}
        onSubmit={(event) => {
          event.preventDefault();
          if (draft.title.trim() === '') {
            setError('Give the initiative a title.');
            return;
          }
          create.mutate(
            { reviewId, standardId: item.standardId, initiative: draft },
            {
              onSuccess: ({ initiative }) => {
                notifications.show({ color: 'teal', message: `${initiative.title} is on the roadmap as a proposal.` });
                onCreated(item.standardId, initiative.id);
                onClose();
              },
              onError: (failure) => setError(failure.message),
            },
          );
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {item.wording.question}
          </Text>
          <TextInput label="Title" required data-autofocus value={draft.title} error={error} onChange={(event) => set({ title: event.currentTarget.value })} />
          <Textarea label="Description" description="What changes for the client, in business language" autosize minRows={2} value={draft.description} onChange={(event) => set({ description: event.currentTarget.value })} />
          <Select label="Priority" w={180} data={PRIORITIES.map((value) => ({ value, label: PRIORITY_LABELS[value] }))} allowDeselect={false} value={draft.priority} onChange={(value) => value && set({ priority: value as Priority })} />
          <Text size="sm" fw={600}>
            Business impact
          </Text>
          <SimpleGrid cols={3}>
            <Textarea label="Productivity" autosize minRows={3} value={draft.businessImpact.productivity} onChange={(event) => impact('productivity', event.currentTarget.value)} />
            <Textarea label="Business risk" autosize minRows={3} value={draft.businessImpact.businessRisk} onChange={(event) => impact('businessRisk', event.currentTarget.value)} />
            <Textarea label="Opportunity cost" autosize minRows={3} value={draft.businessImpact.opportunityCost} onChange={(event) => impact('opportunityCost', event.currentTarget.value)} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={leave}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add to the roadmap
            </Button>
          </Group>
        </Stack>
      </form>
      <ConfirmDialog opened={confirmingDiscard} title="Discard this initiative?" confirmLabel="Discard" onCancel={() => setConfirmingDiscard(false)} onConfirm={onClose}>
        What you changed here is not saved, and the finding stays without a recommendation.
      </ConfirmDialog>
    </Modal>
  );
}

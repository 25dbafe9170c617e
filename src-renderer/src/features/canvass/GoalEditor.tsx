import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { GOAL_DEFAULTS, GOAL_HORIZON_LABELS, GOAL_HORIZONS, GOAL_STATUS_LABELS, GOAL_STATUSES, goalFields, type Goal, type GoalFields } from '../../../../src-main/domain/goal';
import { useChange } from '../../api';
import { fieldErrorsOf, keptButNotSaved, zodErrors } from '../../components/forms';
import { InlineConfirm } from './InlineConfirm';

const EMPTY: GoalFields = { ...GOAL_DEFAULTS, title: '' };

function fieldsOf(goal: Goal): GoalFields {
  return { title: goal.title, horizon: goal.horizon, measureOfSuccess: goal.measureOfSuccess, status: goal.status };
}

/**
 * Create or edit a business goal; closing with unsaved changes asks first. The questions are asked
 * inside the same dialog, so focus never has two dialogs to choose between.
 */
export function GoalEditor({ clientId, goal, linkedCount, onClose }: { clientId: string; goal: Goal | 'new' | null; linkedCount: number; onClose: () => void }) {
  const create = useChange('goals.create');
  const update = useChange('goals.update');
  const remove = useChange('goals.delete');
  const [confirming, setConfirming] = useState<'discard' | 'delete' | null>(null);
  const form = useForm<GoalFields>({ mode: 'controlled', initialValues: EMPTY, validate: (values) => zodErrors(goalFields, values) });
  const existing = goal !== 'new' && goal !== null ? goal : null;

  useEffect(() => {
    if (goal === null) return;
    const values = existing ? fieldsOf(existing) : EMPTY;
    form.setInitialValues(values);
    form.setValues(values);
    form.clearErrors();
    // Reset when another goal is opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [goal]);

  const submit = (fields: GoalFields) => {
    const onError = (error: Error) => {
      if (keptButNotSaved(error)) return onClose();
      const fieldErrors = fieldErrorsOf(error, ['goal', 'changes']);
      if (fieldErrors) form.setErrors(fieldErrors);
      notifications.show({ color: 'red', title: 'Not saved', message: error.message });
    };
    const onSuccess = () => {
      notifications.show({ color: 'teal', message: `Goal “${fields.title}” saved.` });
      onClose();
    };
    if (existing) update.mutate({ id: existing.id, changes: fields }, { onSuccess, onError });
    else create.mutate({ clientId, goal: fields }, { onSuccess, onError });
  };
  const save = form.onSubmit(submit);

  useHotkeys(goal !== null ? [['mod+S', () => save()]] : [], []);

  const close = () => {
    if (confirming) setConfirming(null);
    else if (form.isDirty()) setConfirming('discard');
    else onClose();
  };

  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={goal !== null} onClose={close} title={existing ? 'Edit goal' : 'New business goal'} size="lg">
      {confirming === 'delete' && existing ? (
        <InlineConfirm
          title="Delete this goal?"
          confirmLabel="Delete goal"
          busy={remove.isPending}
          onCancel={() => setConfirming(null)}
          onConfirm={() =>
            remove.mutate(
              { ids: [existing.id] },
              {
                onSuccess: () => {
                  setConfirming(null);
                  onClose();
                },
                onError: (error) => notifications.show({ color: 'red', message: error.message }),
              },
            )
          }
        >
          {existing.title} will be removed
          {linkedCount > 0 ? ` and unlinked from ${linkedCount === 1 ? 'the initiative' : `the ${linkedCount} initiatives`} that serve it` : ''}. To keep it on
          record, set its status to Dropped instead.
        </InlineConfirm>
      ) : confirming === 'discard' ? (
        <InlineConfirm
          title="Discard your changes?"
          confirmLabel="Discard changes"
          cancelLabel="Keep editing"
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            onClose();
          }}
        >
          The changes to this goal have not been saved.
        </InlineConfirm>
      ) : (
        <form onSubmit={save} noValidate>
          <Stack>
            <TextInput label="Goal" required data-autofocus placeholder="Open a second location" {...form.getInputProps('title')} />
            <SimpleGrid cols={2}>
              <Select label="Horizon" data={GOAL_HORIZONS.map((value) => ({ value, label: GOAL_HORIZON_LABELS[value] }))} allowDeselect={false} {...form.getInputProps('horizon')} />
              <Select label="Status" data={GOAL_STATUSES.map((value) => ({ value, label: GOAL_STATUS_LABELS[value] }))} allowDeselect={false} {...form.getInputProps('status')} />
            </SimpleGrid>
            <Textarea
              label="Measure of success"
              description="How the client will know it worked, e.g. “40 patients a day at the new site by June”"
              autosize
              minRows={2}
              {...form.getInputProps('measureOfSuccess')}
            />
            <Group justify="space-between" mt="sm">
              {existing ? (
                <Button variant="subtle" color="red" onClick={() => setConfirming('delete')}>
                  Delete goal
                </Button>
              ) : (
                <span />
              )}
              <Group>
                <Button variant="default" onClick={close}>
                  Cancel
                </Button>
                <Button type="submit" loading={create.isPending || update.isPending}>
                  {existing ? 'Save changes' : 'Add goal'}
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

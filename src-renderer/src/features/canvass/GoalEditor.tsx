import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { GOAL_DEFAULTS, GOAL_HORIZON_LABELS, GOAL_HORIZONS, GOAL_STATUS_LABELS, GOAL_STATUSES, goalFields, type Goal, type GoalFields } from '../../../../src-main/domain/goal';
import { useChange } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { showFirstError, useFormGuard } from '../../components/form-guard';
import { fieldErrorsOf, keptButNotSaved, zodErrors } from '../../components/forms';

const EMPTY: GoalFields = { ...GOAL_DEFAULTS, title: '' };

function fieldsOf(goal: Goal): GoalFields {
  return { title: goal.title, horizon: goal.horizon, measureOfSuccess: goal.measureOfSuccess, status: goal.status };
}

/** Create or edit a business goal; Ctrl/Cmd+S saves, and closing with unsaved changes asks first. */
export function GoalEditor({ clientId, goal, linkedCount, onClose }: { clientId: string; goal: Goal | 'new' | null; linkedCount: number; onClose: () => void }) {
  const create = useChange('goals.create');
  const update = useChange('goals.update');
  const remove = useChange('goals.delete');
  const [confirmingDelete, setConfirmingDelete] = useState(false);
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
      if (keptButNotSaved(error)) {
        guard.markSaved();
        onClose();
        return;
      }
      const fieldErrors = fieldErrorsOf(error, ['goal', 'changes']);
      if (fieldErrors) {
        form.setErrors(fieldErrors);
        showFirstError();
      }
      notifications.show({ color: 'red', title: 'Not saved', message: error.message });
    };
    const onSuccess = () => {
      guard.markSaved();
      notifications.show({ color: 'teal', message: `Goal “${fields.title}” saved.` });
      onClose();
    };
    if (existing) update.mutate({ id: existing.id, changes: fields }, { onSuccess, onError });
    else create.mutate({ clientId, goal: fields }, { onSuccess, onError });
  };
  const save = form.onSubmit(submit, showFirstError);
  const guard = useFormGuard({ active: goal !== null, dirty: form.isDirty(), onSave: () => save() });

  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={goal !== null}
      onClose={() => guard.requestClose(onClose)}
      title={existing ? 'Edit goal' : 'New business goal'}
      size="lg"
    >
      {guard.dialog}
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
              <Button variant="subtle" color="red" onClick={() => setConfirmingDelete(true)}>
                Delete goal
              </Button>
            ) : (
              <span />
            )}
            <Group>
              <Button variant="default" onClick={() => guard.requestClose(onClose)}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending || update.isPending}>
                {existing ? 'Save changes' : 'Add goal'}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      <ConfirmDialog
        opened={confirmingDelete}
        title="Delete this goal?"
        confirmLabel="Delete goal"
        busy={remove.isPending}
        onCancel={() => setConfirmingDelete(false)}
        onConfirm={() =>
          existing &&
          remove.mutate(
            { ids: [existing.id] },
            {
              onSuccess: () => {
                setConfirmingDelete(false);
                guard.markSaved();
                onClose();
              },
              onError: (error) => notifications.show({ color: 'red', message: error.message }),
            },
          )
        }
      >
        {existing?.title} will be removed
        {linkedCount > 0 ? ` and unlinked from ${linkedCount === 1 ? 'the initiative' : `the ${linkedCount} initiatives`} that serve it` : ''}. To keep it on record,
        set its status to Dropped instead.
      </ConfirmDialog>
    </Modal>
  );
}

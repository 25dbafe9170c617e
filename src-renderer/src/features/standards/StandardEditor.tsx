import { Autocomplete, Button, Divider, Drawer, Group, Select, SimpleGrid, Stack, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useLayoutEffect, useState } from 'react';
import { COMPLIANCE_REGIMES } from '../../../../src-main/domain/client';
import { PRIORITIES, PRIORITY_LABELS } from '../../../../src-main/domain/initiative';
import {
  REVIEW_FREQUENCIES,
  REVIEW_FREQUENCY_LABELS,
  STANDARD_DEFAULTS,
  STANDARD_TYPE_LABELS,
  STANDARD_TYPES,
  standardFields,
  type Standard,
  type StandardFields,
} from '../../../../src-main/domain/standard';
import { useChange } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { fieldErrorsOf, keptButNotSaved, zodErrors } from '../../components/forms';
import { QuestionLintNote } from './QuestionLintNote';
import { ReferencesEditor } from './ReferencesEditor';

const EMPTY: StandardFields = { ...STANDARD_DEFAULTS, category: '', name: '', question: '' };

function fieldsOf(standard: Standard): StandardFields {
  const { id: _id, origin: _origin, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = standard;
  return structuredClone(fields);
}

export type EditorTarget = Standard | { copyOf: null; category: string } | null;

/**
 * Create or edit a standard (PRODUCT.md §2). The question lint speaks while the question is typed;
 * Ctrl/Cmd+S saves; closing with unsaved edits asks first.
 */
export function StandardEditor({
  target,
  categories,
  labels,
  onClose,
}: {
  target: EditorTarget;
  categories: string[];
  labels: { tags: string[]; frameworks: string[] };
  onClose: () => void;
}) {
  const create = useChange('standards.create');
  const update = useChange('standards.update');
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const form = useForm<StandardFields>({ mode: 'controlled', initialValues: EMPTY, validate: (values) => zodErrors(standardFields, values) });
  const existing = target !== null && 'id' in target ? target : null;

  // Before the drawer paints, so nothing typed into it can land before the values are set.
  useLayoutEffect(() => {
    if (target === null) return;
    form.setValues(existing ? fieldsOf(existing) : { ...EMPTY, category: target.category });
    form.resetDirty();
    form.clearErrors();
    // Reset only when another standard is opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target]);

  function submit(fields: StandardFields) {
    const onError = (error: Error) => {
      if (keptButNotSaved(error)) {
        onClose();
        return;
      }
      const fieldErrors = fieldErrorsOf(error, ['standard', 'changes']);
      if (fieldErrors) form.setErrors(fieldErrors);
      notifications.show({ color: 'red', title: 'Not saved', message: error.message });
    };
    const onSuccess = () => {
      notifications.show({ color: 'teal', message: `${fields.name} saved.` });
      form.resetDirty();
      onClose();
    };
    if (existing) update.mutate({ id: existing.id, changes: fields }, { onSuccess, onError });
    else create.mutate({ standard: fields }, { onSuccess, onError });
  }

  const showFirstError = () =>
    requestAnimationFrame(() => {
      const invalid = document.querySelector<HTMLElement>('[data-testid=standard-editor] [aria-invalid=true]');
      invalid?.scrollIntoView({ block: 'center' });
      invalid?.focus();
    });
  const save = () => form.onSubmit(submit, showFirstError)();
  const leave = () => (form.isDirty() ? setConfirmingDiscard(true) : onClose());
  const frameworkOptions = [...new Set([...COMPLIANCE_REGIMES.filter((regime) => regime !== 'Other'), ...labels.frameworks])];
  const values = form.values;

  return (
    <Drawer opened={target !== null} onClose={leave} title={existing ? 'Edit standard' : 'New standard'} position="right" size={720} padding="lg">
      <form
        noValidate
        onSubmit={form.onSubmit(submit, showFirstError)}
        onKeyDown={getHotkeyHandler([['mod+S', save, { preventDefault: true }]])}
        data-testid="standard-editor"
      >
        <Stack>
          <SimpleGrid cols={2}>
            <Autocomplete label="Category" required data-autofocus data={categories} placeholder="Backup" {...form.getInputProps('category')} />
            <TextInput label="Name" required placeholder="Offsite copy of backups" {...form.getInputProps('name')} />
          </SimpleGrid>
          <Textarea
            label="Question"
            required
            autosize
            minRows={2}
            placeholder="Is a copy of every backup kept offsite?"
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            description={<QuestionLintNote question={values.question} />}
            {...form.getInputProps('question')}
          />
          <Textarea label="Why we ask" description="In business language a client owner understands" autosize minRows={2} {...form.getInputProps('whyWeAsk')} />
          <Textarea label="How to find the answer" description="Steps an engineer can follow, one a line" autosize minRows={3} {...form.getInputProps('howToFind')} />
          <SimpleGrid cols={3}>
            <Select label="Priority" data={PRIORITIES.map((value) => ({ value, label: PRIORITY_LABELS[value] }))} allowDeselect={false} {...form.getInputProps('priority')} />
            <Select label="Type" data={STANDARD_TYPES.map((value) => ({ value, label: STANDARD_TYPE_LABELS[value] }))} allowDeselect={false} {...form.getInputProps('type')} />
            <Select label="Review" data={REVIEW_FREQUENCIES.map((value) => ({ value, label: REVIEW_FREQUENCY_LABELS[value] }))} allowDeselect={false} {...form.getInputProps('frequency')} />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <TagsInput label="Tags" data={labels.tags} clearable acceptValueOnBlur {...form.getInputProps('tags')} />
            <TagsInput
              label="Frameworks"
              description={values.type === 'compliance' ? 'Asked only of clients with one of these' : undefined}
              data={frameworkOptions}
              clearable
              acceptValueOnBlur
              {...form.getInputProps('frameworks')}
            />
          </SimpleGrid>
          <ReferencesEditor references={values.references} errors={form.errors as Record<string, string | undefined>} onChange={(next) => form.setFieldValue('references', next)} />
          <Divider />
          <Switch label="Active: asked in new reviews" {...form.getInputProps('active', { type: 'checkbox' })} />
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={leave}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {existing ? 'Save changes' : 'Add standard'}
            </Button>
          </Group>
        </Stack>
      </form>
      <ConfirmDialog
        opened={confirmingDiscard}
        title="Discard your changes?"
        confirmLabel="Discard changes"
        onCancel={() => setConfirmingDiscard(false)}
        onConfirm={() => {
          setConfirmingDiscard(false);
          form.resetDirty();
          onClose();
        }}
      >
        The changes to this standard are not saved yet.
      </ConfirmDialog>
    </Drawer>
  );
}

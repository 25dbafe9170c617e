import { Button, Group, Modal, SegmentedControl, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { decisionMakers, type Client } from '../../../../src-main/domain/client';
import { isoDateOfLocalDate } from '../../../../src-main/domain/months';
import { TOUCH_CHANNEL_LABELS, TOUCH_CHANNELS, touchFields, type TouchFields } from '../../../../src-main/domain/touch';
import { useChange } from '../../api';
import { fieldErrorsOf, keptButNotSaved, zodErrors } from '../../components/forms';

function blank(client: Client): TouchFields {
  const first = decisionMakers(client)[0] ?? null;
  return { kind: 'touch', date: isoDateOfLocalDate(new Date()), channel: 'call', contactId: first?.id ?? null, summary: '' };
}

/** Log a contact with a decision maker, or an escalated issue, in a few keystrokes. */
export function TouchModal({ client, opened, onClose }: { client: Client; opened: boolean; onClose: () => void }) {
  const create = useChange('touches.create');
  const form = useForm<TouchFields>({ mode: 'controlled', initialValues: blank(client), validate: (values) => zodErrors(touchFields, values) });

  useEffect(() => {
    if (opened) form.setValues(blank(client));
    // Start afresh each time it opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  const deciders = decisionMakers(client);
  const people = deciders.length > 0 ? deciders : client.contacts;
  const submit = form.onSubmit((values) =>
    create.mutate(
      { clientId: client.id, touch: values },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: values.kind === 'escalation' ? 'Escalated issue logged.' : 'Touch logged.' });
          onClose();
        },
        onError: (error) => {
          if (keptButNotSaved(error)) return onClose();
          const fieldErrors = fieldErrorsOf(error, ['touch']);
          if (fieldErrors) form.setErrors(fieldErrors);
          notifications.show({ color: 'red', title: 'Not logged', message: error.message });
        },
      },
    ),
  );

  return (
    <Modal opened={opened} onClose={onClose} title={`Log a touch with ${client.name}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Group grow align="flex-start">
            <TextInput label="Date" type="date" data-autofocus {...form.getInputProps('date')} />
            <Select
              label={deciders.length > 0 ? 'Decision maker' : 'Contact'}
              description={deciders.length > 0 ? undefined : 'No decision maker on record'}
              data={people.map((person) => ({ value: person.id, label: person.role ? `${person.name}, ${person.role}` : person.name }))}
              clearable
              {...form.getInputProps('contactId')}
            />
          </Group>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              How
            </Text>
            <SegmentedControl data={TOUCH_CHANNELS.map((value) => ({ value, label: TOUCH_CHANNEL_LABELS[value] }))} {...form.getInputProps('channel')} />
          </Stack>
          <Textarea label="Summary" autosize minRows={3} placeholder="What you talked about" {...form.getInputProps('summary')} />
          <Switch
            label="This was an escalated issue"
            description="Escalations are counted apart from touches in the playbook."
            checked={form.values.kind === 'escalation'}
            onChange={(event) => form.setFieldValue('kind', event.currentTarget.checked ? 'escalation' : 'touch')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              {form.values.kind === 'escalation' ? 'Log the escalation' : 'Log the touch'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

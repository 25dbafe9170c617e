import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import type { z } from 'zod';
import type { Client } from '../../../../src-main/domain/client';
import { MEETING_TYPE_LABELS, MEETING_TYPES, meetingFields } from '../../../../src-main/domain/meeting';
import { isoDateOfLocalDate } from '../../../../src-main/domain/months';
import { useChange } from '../../api';
import { fieldErrorsOf, zodErrors } from '../../components/forms';
import { navigate } from '../../router';

const newMeetingFields = meetingFields.pick({ type: true, date: true, time: true, durationMinutes: true });
type NewMeetingFields = z.infer<typeof newMeetingFields>;

/** A meeting outside the yearly plan: type, day and time; the rest is filled in on its page. */
export function NewMeetingModal({ client, opened, onClose }: { client: Client; opened: boolean; onClose: () => void }) {
  const create = useChange('meetings.create');
  const blank = (): NewMeetingFields => ({ type: 'checkIn', date: isoDateOfLocalDate(new Date()), time: '09:00', durationMinutes: 30 });
  const form = useForm<NewMeetingFields>({ mode: 'controlled', initialValues: blank(), validate: (values) => zodErrors(newMeetingFields, values) });

  useEffect(() => {
    if (opened) form.setValues(blank());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  const submit = form.onSubmit((values) =>
    create.mutate(
      { clientId: client.id, meeting: { ...values, attendeeIds: client.contacts.filter((person) => person.decisionMaker).map((person) => person.id) } },
      {
        onSuccess: ({ meeting }) => {
          onClose();
          navigate({ screen: 'client', clientId: client.id, section: 'meetings', itemId: meeting.id });
        },
        onError: (error) => {
          const fieldErrors = fieldErrorsOf(error, ['meeting']);
          if (fieldErrors) form.setErrors(fieldErrors);
          notifications.show({ color: 'red', title: 'Not created', message: error.message });
        },
      },
    ),
  );

  return (
    <Modal opened={opened} onClose={onClose} title={`New meeting with ${client.name}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select label="Type" data={MEETING_TYPES.map((value) => ({ value, label: MEETING_TYPE_LABELS[value] }))} allowDeselect={false} data-autofocus {...form.getInputProps('type')} />
          <SimpleGrid cols={3}>
            <TextInput label="Date" type="date" {...form.getInputProps('date')} />
            <TextInput label="Time" type="time" {...form.getInputProps('time')} />
            <NumberInput label="Duration" suffix=" min" min={5} max={720} step={15} allowDecimal={false} {...form.getInputProps('durationMinutes')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create and open
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

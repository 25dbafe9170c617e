import { Anchor, Badge, Button, Card, Center, Checkbox, Group, Loader, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconCalendarEvent } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { questionnaireFor } from '../../../../src-main/domain/agenda-templates';
import type { Client } from '../../../../src-main/domain/client';
import { formatLongDate } from '../../../../src-main/domain/date-format';
import {
  MEETING_STATUS_LABELS,
  MEETING_STATUSES,
  MEETING_TYPE_LABELS,
  MEETING_TYPES,
  meetingFields,
  meetingTitle,
  type Meeting,
  type MeetingFields,
} from '../../../../src-main/domain/meeting';
import { useChange, useChannel } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { showFirstError, useFormGuard } from '../../components/form-guard';
import { fieldErrorsOf, keptButNotSaved, zodErrors } from '../../components/forms';
import { useSettings } from '../../components/settings-hooks';
import { navigate } from '../../router';
import { ActionItemsTable } from './ActionItemsTable';
import { AddActionItem } from './AddActionItem';
import { AgendaEditor } from './AgendaEditor';
import { MeetingExports } from './MeetingExports';
import { MEETING_STATUS_COLOURS } from './meeting-look';
import { SinceLastMeetingCard } from './SinceLastMeetingCard';

function fieldsOf(meeting: Meeting): MeetingFields {
  const { id: _id, clientId: _clientId, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = meeting;
  return fields;
}

function backToMeetings(client: Client) {
  navigate({ screen: 'client', clientId: client.id, section: 'meetings' });
}

/** One meeting: when and with whom, its agenda, what was said and decided, and what came out of it. */
export function MeetingPage({ client, meetingId }: { client: Client; meetingId: string }) {
  const query = useChannel('meetings.get', { id: meetingId });
  if (query.isPending) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  if (query.isError) {
    if (query.error.code !== 'NOT_FOUND') return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
    return (
      <EmptyState
        icon={<IconCalendarEvent />}
        title="This meeting is not here"
        actions={
          <Button variant="light" onClick={() => backToMeetings(client)}>
            Back to {client.name}’s meetings
          </Button>
        }
      >
        It may have been deleted.
      </EmptyState>
    );
  }
  return <MeetingEditor key={query.data.meeting.id} client={client} meeting={query.data.meeting} />;
}

function MeetingEditor({ client, meeting }: { client: Client; meeting: Meeting }) {
  const { settings } = useSettings();
  const update = useChange('meetings.update');
  const remove = useChange('meetings.delete', {
    beforeRefresh: () => {
      guard.markSaved();
      setConfirmingDelete(false);
      backToMeetings(client);
    },
  });
  const actionItems = useChannel('actionItems.list', { clientId: client.id, meetingId: meeting.id });
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const form = useForm<MeetingFields>({ mode: 'controlled', initialValues: fieldsOf(meeting), validate: (values) => zodErrors(meetingFields, values) });
  const dirty = form.isDirty();

  useEffect(() => {
    // A save (or a change elsewhere) brings a new stored meeting: show it, unless the consultant is mid-edit.
    if (form.isDirty()) return;
    form.setValues(fieldsOf(meeting));
    form.resetDirty(fieldsOf(meeting));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [meeting.updatedAt]);

  const save = form.onSubmit(
    (values) =>
      update.mutate(
        { id: meeting.id, changes: values },
        {
          onSuccess: ({ meeting: saved }) => {
            guard.markSaved();
            form.setValues(fieldsOf(saved));
            form.resetDirty(fieldsOf(saved));
            notifications.show({ color: 'teal', message: 'Meeting saved.' });
          },
          onError: (error) => {
            if (keptButNotSaved(error)) {
              form.resetDirty();
              return;
            }
            const fieldErrors = fieldErrorsOf(error, ['changes']);
            if (fieldErrors) {
              form.setErrors(fieldErrors);
              showFirstError();
            }
            notifications.show({ color: 'red', title: 'Meeting not saved', message: error.message });
          },
        },
      ),
    () => {
      showFirstError();
      notifications.show({ color: 'red', title: 'Meeting not saved', message: 'Please check the highlighted fields.' });
    },
  );
  const guard = useFormGuard({ active: true, dirty, onSave: () => save() });

  const values = form.values;
  const contactOptions = client.contacts.map((person) => ({ value: person.id, label: person.decisionMaker ? `${person.name} (decision maker)` : person.name }));
  const attendeeNames = client.contacts.filter((person) => values.attendeeIds.includes(person.id)).map((person) => person.name);
  const owners = [settings.consultant.name, ...attendeeNames, ...client.contacts.map((person) => person.name)].filter(Boolean);
  const questions = questionnaireFor(values.agenda);
  const inputProps = (path: keyof MeetingFields) => form.getInputProps(path);

  return (
    <form onSubmit={save} noValidate>
      <Stack>
        <Group justify="space-between" align="flex-start">
          <div>
            <Anchor size="sm" onClick={() => backToMeetings(client)}>
              <Group gap={4}>
                <IconArrowLeft size={14} />
                All of {client.name}’s meetings
              </Group>
            </Anchor>
            <Group gap="sm" mt={4}>
              <Title order={3}>{meetingTitle(meeting)}</Title>
              <Badge variant="light" color={MEETING_STATUS_COLOURS[meeting.status]}>
                {MEETING_STATUS_LABELS[meeting.status]}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {formatLongDate(meeting.date, settings.locale)}
            </Text>
          </div>
          <Group>
            {dirty && (
              <Text size="sm" c="dimmed">
                Unsaved changes
              </Text>
            )}
            <MeetingExports meeting={meeting} dirty={dirty} />
            <Button type="submit" loading={update.isPending} disabled={!dirty}>
              Save
            </Button>
          </Group>
        </Group>

        <Card withBorder>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Select label="Type" data={MEETING_TYPES.map((value) => ({ value, label: MEETING_TYPE_LABELS[value] }))} allowDeselect={false} {...inputProps('type')} />
            <TextInput label="Title" placeholder={MEETING_TYPE_LABELS[values.type]} data-autofocus {...inputProps('title')} />
            <Select label="Status" data={MEETING_STATUSES.map((value) => ({ value, label: MEETING_STATUS_LABELS[value] }))} allowDeselect={false} {...inputProps('status')} />
            <TextInput label="Location" {...inputProps('location')} />
            <TextInput label="Date" type="date" required {...inputProps('date')} />
            <TextInput label="Time" type="time" required {...inputProps('time')} />
            <NumberInput label="Duration" suffix=" min" min={5} max={720} step={15} allowDecimal={false} {...inputProps('durationMinutes')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} mt="sm">
            <MultiSelect
              label="Attendees"
              description={client.contacts.length === 0 ? 'Add the client’s contacts on its profile to pick them here.' : 'From the client’s contacts'}
              data={contactOptions}
              searchable
              {...inputProps('attendeeIds')}
            />
            <TextInput label="Other attendees" description="Your engineer, the client’s accountant…" {...inputProps('otherAttendees')} />
          </SimpleGrid>
        </Card>

        <Card withBorder>
          <Title order={4} mb="sm">
            Agenda
          </Title>
          <AgendaEditor
            agenda={values.agenda}
            onChange={(agenda) => form.setFieldValue('agenda', agenda)}
            templates={settings.agendaTemplates}
            meetingType={values.type}
            durationMinutes={values.durationMinutes}
            errors={form.errors}
          />
          <Checkbox
            mt="md"
            label="Send the pre-meeting questionnaire with the agenda"
            description="Questions for the client drawn from the agenda, with room to answer, on a page of its own."
            {...form.getInputProps('includeQuestionnaire', { type: 'checkbox' })}
          />
          {values.includeQuestionnaire && (
            <Stack gap={2} mt="xs" data-testid="questionnaire-preview">
              {questions.map((entry, index) => (
                <Text key={index} size="sm">
                  {index + 1}. {entry.question}
                </Text>
              ))}
            </Stack>
          )}
        </Card>

        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder>
            <Title order={4} mb="sm">
              Minutes and decisions
            </Title>
            <Stack>
              <Textarea label="Minutes" autosize minRows={4} {...inputProps('minutes')} />
              <Textarea label="Decisions" description="One a line; they go into the meeting summary." autosize minRows={2} {...inputProps('decisions')} />
              <Checkbox
                label="We reviewed the client’s budget at this meeting"
                description="Counted in the playbook as a budget completed once the meeting is held."
                {...form.getInputProps('budgetReviewed', { type: 'checkbox' })}
              />
            </Stack>
          </Card>
          <SinceLastMeetingCard meetingId={meeting.id} />
        </SimpleGrid>

        <Card withBorder>
          <Title order={4} mb="sm">
            Action items
          </Title>
          {actionItems.data && actionItems.data.actionItems.length > 0 ? (
            <ActionItemsTable items={actionItems.data.actionItems} today={actionItems.data.today} />
          ) : (
            <Text size="sm" c="dimmed" mb="sm">
              No action items from this meeting yet. Add what was agreed, who does it and by when.
            </Text>
          )}
          <AddActionItem clientId={client.id} meetingId={meeting.id} owners={owners} />
        </Card>

        <Group justify="space-between">
          <Button variant="subtle" color="red" onClick={() => setConfirmingDelete(true)}>
            Delete meeting
          </Button>
          <Button type="submit" loading={update.isPending} disabled={!dirty}>
            Save
          </Button>
        </Group>
      </Stack>

      <ConfirmDialog
        opened={confirmingDelete}
        title="Delete this meeting?"
        confirmLabel="Delete"
        busy={remove.isPending}
        onCancel={() => setConfirmingDelete(false)}
        onConfirm={() =>
          remove.mutate({ ids: [meeting.id] }, { onError: (error) => notifications.show({ color: 'red', message: error.message }) })
        }
      >
        The meeting, its agenda and minutes are removed. Its action items stay on the client’s list.
      </ConfirmDialog>
      {guard.dialog}
    </form>
  );
}

import { ActionIcon, Alert, Badge, Button, Group, Modal, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconRestore, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { meetingFrequencyLabel, WEEK_OF_MONTH_LABELS, WEEKDAY_LABELS } from '../../../../src-main/domain/cadence';
import type { Client } from '../../../../src-main/domain/client';
import { formatLongDate } from '../../../../src-main/domain/date-format';
import { timeOfDay, type Meeting } from '../../../../src-main/domain/meeting';
import { isoDateOfLocalDate } from '../../../../src-main/domain/months';
import { call, useChange } from '../../api';
import { useSettings } from '../../components/settings-hooks';
import { useExport } from '../../components/useExport';

interface Pattern {
  startDate: string;
  meetingsPerYear: number;
  weekday: string;
  weekOfMonth: string;
  time: string;
  durationMinutes: number;
}

type Preview = Array<{ date: string; clash: string | null; removed: boolean }>;

function tomorrow(): string {
  const day = new Date();
  day.setDate(day.getDate() + 1);
  return isoDateOfLocalDate(day);
}

/**
 * "Plan the year" (PRODUCT.md §7): the next twelve months of strategy meetings from the cadence, on a
 * chosen weekday and time; the consultant removes the dates that do not suit, then creates the rest
 * and can take them all to a calendar in one file.
 */
export function PlanYearModal({ client, meetingsPerYear, opened, onClose }: { client: Client; meetingsPerYear: number; opened: boolean; onClose: () => void }) {
  const { settings } = useSettings();
  const create = useChange('meetings.planYear');
  const calendar = useExport('export.meetingsIcs');
  const [pattern, setPattern] = useState<Pattern>({ startDate: tomorrow(), meetingsPerYear, weekday: '2', weekOfMonth: '2', time: '09:00', durationMinutes: 90 });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [created, setCreated] = useState<Meeting[] | null>(null);

  useEffect(() => {
    if (!opened) return;
    setPattern((current) => ({ ...current, startDate: tomorrow(), meetingsPerYear: Math.max(1, meetingsPerYear) }));
    setPreview(null);
    setCreated(null);
    setPreviewError(null);
  }, [opened, meetingsPerYear]);

  const timeError = timeOfDay.safeParse(pattern.time).success ? null : 'Enter a time like 09:30';
  const change = (next: Partial<Pattern>) => {
    setPattern((current) => ({ ...current, ...next }));
    setPreview(null);
  };

  async function showDates() {
    setPreviewError(null);
    try {
      const { dates } = await call('meetings.planYearPreview', {
        clientId: client.id,
        pattern: { startDate: pattern.startDate, meetingsPerYear: pattern.meetingsPerYear, weekday: Number(pattern.weekday), weekOfMonth: Number(pattern.weekOfMonth) },
      });
      setPreview(dates.map((entry) => ({ ...entry, removed: false })));
    } catch (error) {
      setPreviewError(error instanceof Error ? error.message : String(error));
    }
  }

  const kept = preview?.filter((entry) => !entry.removed) ?? [];
  function createMeetings() {
    create.mutate(
      { clientId: client.id, dates: kept.map((entry) => entry.date), time: pattern.time, durationMinutes: pattern.durationMinutes },
      {
        onSuccess: ({ meetings }) => {
          setCreated(meetings);
          notifications.show({ color: 'teal', message: `${meetings.length} ${meetings.length === 1 ? 'meeting' : 'meetings'} planned.` });
        },
        onError: (error) => notifications.show({ color: 'red', title: 'Not planned', message: error.message }),
      },
    );
  }

  function downloadCalendar() {
    if (created) void calendar.run({ meetingIds: created.map((meeting) => meeting.id) }, 'calendar file');
  }

  return (
    <Modal opened={opened} onClose={onClose} title={`Plan the year with ${client.name}`} size="lg">
      {created ? (
        <Stack>
          <Alert color="teal" variant="light" title={`${created.length} ${created.length === 1 ? 'meeting' : 'meetings'} planned`}>
            Send them to your calendar and the client’s in one file: every meeting becomes an event at its date and time.
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Done
            </Button>
            <Button leftSection={<IconCalendarPlus size={16} />} loading={calendar.running} onClick={downloadCalendar}>
              Save as a calendar file (.ics)
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm" c="dimmed">
            The cadence asks for {meetingFrequencyLabel(meetingsPerYear).toLowerCase()} strategy meetings ({meetingsPerYear} a year). Choose the day they fall on.
          </Text>
          <SimpleGrid cols={3}>
            <TextInput label="From" type="date" data-autofocus value={pattern.startDate} onChange={(event) => change({ startDate: event.currentTarget.value })} />
            <Select
              label="Week of the month"
              data={WEEK_OF_MONTH_LABELS.map((label, index) => ({ value: String(index + 1), label }))}
              value={pattern.weekOfMonth}
              onChange={(value) => value && change({ weekOfMonth: value })}
              allowDeselect={false}
            />
            <Select
              label="Weekday"
              data={WEEKDAY_LABELS.map((label, index) => ({ value: String(index + 1), label }))}
              value={pattern.weekday}
              onChange={(value) => value && change({ weekday: value })}
              allowDeselect={false}
            />
            <TextInput label="Time" type="time" value={pattern.time} error={timeError} onChange={(event) => change({ time: event.currentTarget.value })} />
            <NumberInput
              label="Duration"
              suffix=" min"
              min={5}
              max={720}
              step={15}
              allowDecimal={false}
              value={pattern.durationMinutes}
              onChange={(value) => change({ durationMinutes: typeof value === 'number' ? value : Number.NaN })}
            />
            <NumberInput
              label="Meetings in the year"
              min={1}
              max={12}
              allowDecimal={false}
              value={pattern.meetingsPerYear}
              onChange={(value) => change({ meetingsPerYear: typeof value === 'number' ? value : Number.NaN })}
            />
          </SimpleGrid>
          {previewError && (
            <Alert color="red" variant="light">
              {previewError}
            </Alert>
          )}
          {preview === null ? (
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button onClick={() => void showDates()} disabled={timeError !== null}>
                Show the dates
              </Button>
            </Group>
          ) : (
            <>
              <Stack gap={4} data-testid="plan-preview">
                {preview.map((entry, index) => (
                  <Paper key={entry.date} withBorder px="sm" py={4} opacity={entry.removed ? 0.55 : 1} data-testid="plan-date">
                    <Group justify="space-between" wrap="nowrap">
                      <Text size="sm" td={entry.removed ? 'line-through' : undefined}>
                        {formatLongDate(entry.date, settings.locale)}
                      </Text>
                      <Group gap="xs" wrap="nowrap">
                        {entry.clash && (
                          <Badge color="red" variant="light">
                            {entry.clash}
                          </Badge>
                        )}
                        <Tooltip label={entry.removed ? 'Keep this date' : 'Skip this date'}>
                          <ActionIcon
                            variant="subtle"
                            color={entry.removed ? 'gray' : 'red'}
                            aria-label={`${entry.removed ? 'Keep' : 'Skip'} ${entry.date}`}
                            onClick={() => setPreview(preview.map((candidate, position) => (position === index ? { ...candidate, removed: !candidate.removed } : candidate)))}
                          >
                            {entry.removed ? <IconRestore size={16} /> : <IconTrash size={16} />}
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Group>
                  </Paper>
                ))}
              </Stack>
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  Cancel
                </Button>
                <Button disabled={kept.length === 0} loading={create.isPending} onClick={createMeetings}>
                  Create {kept.length} {kept.length === 1 ? 'meeting' : 'meetings'}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      )}
    </Modal>
  );
}

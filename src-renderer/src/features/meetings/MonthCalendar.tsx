import { ActionIcon, Box, Button, Group, Paper, SimpleGrid, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { formatTimeOfDay } from '../../../../src-main/domain/date-format';
import { meetingTitle, type Meeting } from '../../../../src-main/domain/meeting';
import { addMonths, daysInMonth, monthNumberOf, monthOfDate, yearOf, type Month } from '../../../../src-main/domain/months';
import { useSettings } from '../../components/settings-hooks';
import { navigate } from '../../router';
import { MEETING_STATUS_COLOURS } from './meeting-look';
import classes from './meetings.module.css';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function monthTitle(value: Month, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(yearOf(value), monthNumberOf(value) - 1, 1)));
}

/** A month of meetings, Monday first; each meeting opens its page. */
export function MonthCalendar({ meetings, today, clientNames }: { meetings: readonly Meeting[]; today: string; clientNames?: ReadonlyMap<string, string> }) {
  const { settings } = useSettings();
  const [month, setMonth] = useState<Month>(monthOfDate(today));
  const first = new Date(Date.UTC(yearOf(month), monthNumberOf(month) - 1, 1)).getUTCDay();
  const leading = (first + 6) % 7;
  const days = daysInMonth(yearOf(month), monthNumberOf(month));
  const cells = [...Array.from({ length: leading }, () => null), ...Array.from({ length: days }, (_, index) => `${month}-${String(index + 1).padStart(2, '0')}`)];
  const byDay = new Map<string, Meeting[]>();
  for (const meeting of meetings) byDay.set(meeting.date, [...(byDay.get(meeting.date) ?? []), meeting]);

  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="sm">
        <Group gap={4}>
          <Tooltip label="Previous month">
            <ActionIcon variant="default" aria-label="Previous month" onClick={() => setMonth(addMonths(month, -1))}>
              <IconChevronLeft size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Next month">
            <ActionIcon variant="default" aria-label="Next month" onClick={() => setMonth(addMonths(month, 1))}>
              <IconChevronRight size={16} />
            </ActionIcon>
          </Tooltip>
          <Button variant="subtle" size="xs" onClick={() => setMonth(monthOfDate(today))}>
            This month
          </Button>
        </Group>
        <Text fw={600} data-testid="calendar-month">
          {monthTitle(month, settings.locale)}
        </Text>
      </Group>
      <SimpleGrid cols={7} spacing={4} verticalSpacing={4}>
        {WEEKDAYS.map((day) => (
          <Text key={day} size="xs" fw={700} c="dimmed" ta="center">
            {day}
          </Text>
        ))}
        {cells.map((date, index) =>
          date === null ? (
            <Box key={`blank-${index}`} />
          ) : (
            <Box key={date} className={classes.day} data-today={date === today || undefined} data-testid="calendar-day">
              <Text size="xs" c="dimmed" ta="right">
                {Number(date.slice(8))}
              </Text>
              {(byDay.get(date) ?? []).map((meeting) => (
                <UnstyledButton
                  key={meeting.id}
                  className={classes.entry}
                  data-status={meeting.status}
                  style={{ borderLeftColor: `var(--mantine-color-${MEETING_STATUS_COLOURS[meeting.status]}-filled)` }}
                  onClick={() => navigate({ screen: 'client', clientId: meeting.clientId, section: 'meetings', itemId: meeting.id })}
                  aria-label={`${meetingTitle(meeting)}${clientNames ? ` with ${clientNames.get(meeting.clientId) ?? ''}` : ''} at ${formatTimeOfDay(meeting.time, settings.locale)}`}
                >
                  <Text size="xs" fw={600} lineClamp={2}>
                    {formatTimeOfDay(meeting.time, settings.locale)} {clientNames ? clientNames.get(meeting.clientId) : meetingTitle(meeting)}
                  </Text>
                </UnstyledButton>
              ))}
            </Box>
          ),
        )}
      </SimpleGrid>
    </Paper>
  );
}

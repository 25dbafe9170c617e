import { Card, List, Stack, Text, Title } from '@mantine/core';
import { formatShortDate } from '../../../../src-main/domain/date-format';
import { formatNumber } from '../../../../src-main/domain/format';
import { meetingTitle } from '../../../../src-main/domain/meeting';
import { useChannel } from '../../api';
import { useSettings } from '../../components/settings-hooks';

/** What changed since the client's previous held meeting: the opening of this one. */
export function SinceLastMeetingCard({ meetingId }: { meetingId: string }) {
  const query = useChannel('meetings.sinceLast', { id: meetingId });
  const { settings } = useSettings();
  const summary = query.data?.summary;
  if (!query.data) return null;
  const day = (date: string) => formatShortDate(date, settings.locale);
  const score = (value: number | undefined) => (value === undefined ? '–' : formatNumber(value, settings.locale));
  const groups: Array<[string, string[]]> = summary
    ? [
        [
          'Alignment score',
          summary.alignment
            ? [summary.alignment.then ? `${score(summary.alignment.then.score)} then, ${score(summary.alignment.now.score)} now` : `${score(summary.alignment.now.score)}, the first completed review`]
            : [],
        ],
        ['Initiatives approved', summary.approved.map((change) => change.title)],
        ['Initiatives declined', summary.declined.map((change) => (change.note ? `${change.title}: ${change.note}` : change.title))],
        ['Initiatives completed', summary.completed.map((change) => change.title)],
        ['Initiatives moved', summary.moved.map((change) => `${change.title}: ${change.from || 'unscheduled'} to ${change.to || 'unscheduled'}`)],
        ['Equipment replaced or added', summary.assetsReplaced.map((asset) => `${asset.quantity > 1 ? `${asset.quantity} × ` : ''}${asset.name}`)],
        ['Action items closed', summary.actionItemsClosed.map((item) => item.text)],
        ['Action items opened', summary.actionItemsOpened.map((item) => item.text)],
      ]
    : [];
  const shown = groups.filter(([, lines]) => lines.length > 0);
  return (
    <Card withBorder>
      <Title order={4}>Since our last meeting</Title>
      {!summary ? (
        <Text size="sm" c="dimmed">
          This is the client’s first meeting on record: there is no earlier held meeting to compare with.
        </Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            From the {meetingTitle(summary.previousMeeting).toLowerCase()} of {day(summary.since)} to {day(summary.until)}.
          </Text>
          {shown.length === 0 ? (
            <Text size="sm">Nothing changed in the records since then.</Text>
          ) : (
            shown.map(([title, lines]) => (
              <div key={title}>
                <Text size="sm" fw={600}>
                  {title}
                </Text>
                <List size="sm">
                  {lines.map((line, index) => (
                    <List.Item key={index}>{line}</List.Item>
                  ))}
                </List>
              </div>
            ))
          )}
        </Stack>
      )}
    </Card>
  );
}

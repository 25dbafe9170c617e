import { Button, Card, Group, List, NumberInput, Select, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconInfoCircle, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { PLAYBOOK_ACTIVITY_DEFINITIONS, PLAYBOOK_OBJECTIVE_RULES } from '../../../../src-main/domain/playbook';
import { PLAYBOOK_ACTIVITIES, PLAYBOOK_ACTIVITY_LABELS, type PlaybookActivity } from '../../../../src-main/domain/playbook-objectives';
import { formatNumber } from '../../../../src-main/domain/format';
import { yearOf } from '../../../../src-main/domain/months';
import { useChange, useChannel } from '../../api';
import { ErrorPanel } from '../../components/ErrorPanel';
import { PageHeader } from '../../components/PageHeader';
import { useSettings } from '../../components/settings-hooks';
import { useToday } from '../../components/useToday';
import { useExport } from '../../components/useExport';

type Draft = Record<PlaybookActivity, number | string>;

/** The playbook's annual summary (PRODUCT.md §9): what the practice did each month against the year's objectives. */
export function PlaybookPage() {
  const today = useToday();
  const { settings } = useSettings();
  const [year, setYear] = useState(yearOf(today));
  const query = useChannel('playbook.summary', { year });
  const setObjectives = useChange('playbook.setObjectives');
  const workbook = useExport('export.playbookWorkbook');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const summary = query.data?.summary;

  function startEditing() {
    if (!summary) return;
    setDraft(Object.fromEntries(PLAYBOOK_ACTIVITIES.map((activity) => [activity, summary.objectives[activity].edited ? (summary.objectives[activity].value ?? '') : ''])) as Draft);
    setErrors({});
  }

  function save() {
    if (!draft) return;
    const objectives = Object.fromEntries(PLAYBOOK_ACTIVITIES.map((activity) => [activity, draft[activity] === '' ? null : Number(draft[activity])])) as Record<PlaybookActivity, number | null>;
    setObjectives.mutate(
      { year, objectives },
      {
        onSuccess: () => {
          setDraft(null);
          notifications.show({ color: 'teal', message: `Objectives for ${year} saved.` });
        },
        onError: (error) => {
          setErrors(Object.fromEntries(error.issues.map((issue) => [issue.path.replace(/^objectives\./, ''), issue.message])));
          notifications.show({ color: 'red', title: 'Objectives not saved', message: error.message });
        },
      },
    );
  }
  useHotkeys([['mod+S', () => draft && save()]], []);

  if (query.isError) return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  const years = Array.from({ length: 6 }, (_, index) => String(yearOf(today) - 4 + index));
  const number = (value: number) => formatNumber(value, settings.locale);
  const currentMonth = today;

  return (
    <>
      <PageHeader
        title="Playbook"
        description="Your practice’s year, month by month, counted from your records, against the objectives your clients’ cadence sets."
        actions={
          <>
            <Select aria-label="Year" data={years} value={String(year)} onChange={(value) => {
                if (!value) return;
                setYear(Number(value));
                setDraft(null);
              }} allowDeselect={false} w={110} />
            <Button
              variant="light"
              leftSection={<IconFileSpreadsheet size={16} />}
              loading={workbook.running}
              onClick={() => void workbook.run({ year }, 'playbook workbook')}
            >
              Export to Excel
            </Button>
          </>
        }
      />
      {summary && (
        <Stack>
          <Card withBorder p={0}>
            <Table.ScrollContainer minWidth={0}>
              <Table striped highlightOnHover data-testid="playbook-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{year}</Table.Th>
                    {PLAYBOOK_ACTIVITIES.map((activity) => (
                      <Table.Th key={activity} ta="right">
                        <Tooltip label={PLAYBOOK_ACTIVITY_DEFINITIONS[activity]} multiline w={260}>
                          <Group gap={4} justify="flex-end" wrap="nowrap" tabIndex={0}>
                            <span>{PLAYBOOK_ACTIVITY_LABELS[activity]}</span>
                            <IconInfoCircle size={14} aria-hidden />
                          </Group>
                        </Tooltip>
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  <Table.Tr data-testid="playbook-objectives" fw={600}>
                    <Table.Td>
                      Annual objective
                      <Text size="xs" c="dimmed" fw={400}>
                        {summary.activeClients} active {summary.activeClients === 1 ? 'client' : 'clients'}
                      </Text>
                    </Table.Td>
                    {PLAYBOOK_ACTIVITIES.map((activity) => {
                      const objective = summary.objectives[activity];
                      return (
                        <Table.Td key={activity} ta="right" className="tabular">
                          {draft ? (
                            <NumberInput
                              aria-label={`Objective: ${PLAYBOOK_ACTIVITY_LABELS[activity]}`}
                              placeholder={objective.fromCadence === null ? 'None' : String(objective.fromCadence)}
                              min={0}
                              allowDecimal={false}
                              value={draft[activity]}
                              error={errors[activity]}
                              onChange={(value) => setDraft({ ...draft, [activity]: value })}
                              size="xs"
                              w={110}
                              ml="auto"
                            />
                          ) : (
                            <>
                              {objective.value === null ? '–' : number(objective.value)}
                              {objective.edited && (
                                <Text size="xs" c="dimmed" fw={400}>
                                  yours
                                </Text>
                              )}
                            </>
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                  {summary.months.map((row) => (
                    <Table.Tr key={row.month} data-testid="playbook-month" fw={row.month === currentMonth ? 600 : undefined}>
                      <Table.Td>{row.label}</Table.Td>
                      {PLAYBOOK_ACTIVITIES.map((activity) => (
                        <Table.Td key={activity} ta="right" className="tabular">
                          {number(row.counts[activity])}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                  <Table.Tr fw={700} data-testid="playbook-totals">
                    <Table.Td>Totals</Table.Td>
                    {PLAYBOOK_ACTIVITIES.map((activity) => {
                      const objective = summary.objectives[activity].value;
                      return (
                        <Table.Td key={activity} ta="right" className="tabular">
                          {number(summary.totals[activity])}
                          {objective !== null && objective > 0 && (
                            <Text size="xs" c="dimmed" fw={400}>
                              {Math.round((summary.totals[activity] / objective) * 100)}% of objective
                            </Text>
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
          <Group justify="flex-end">
            {draft ? (
              <>
                <Text size="sm" c="dimmed">
                  Leave a box empty to follow the cadence.
                </Text>
                <Button variant="default" onClick={() => setDraft(null)}>
                  Cancel
                </Button>
                <Button loading={setObjectives.isPending} onClick={save}>
                  Save objectives
                </Button>
              </>
            ) : (
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={startEditing}>
                Edit the objectives for {year}
              </Button>
            )}
          </Group>
          <Card withBorder>
            <Title order={4} mb="xs">
              How these are counted
            </Title>
            <List size="sm" spacing={4}>
              {PLAYBOOK_ACTIVITIES.map((activity) => (
                <List.Item key={activity}>
                  <Text span fw={600} size="sm">
                    {PLAYBOOK_ACTIVITY_LABELS[activity]}:
                  </Text>{' '}
                  {PLAYBOOK_ACTIVITY_DEFINITIONS[activity]} Objective: {PLAYBOOK_OBJECTIVE_RULES[activity].charAt(0).toLowerCase()}
                  {PLAYBOOK_OBJECTIVE_RULES[activity].slice(1)}
                </List.Item>
              ))}
            </List>
          </Card>
        </Stack>
      )}
    </>
  );
}

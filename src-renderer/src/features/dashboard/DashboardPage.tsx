import { Button, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuildingStore, IconPlus, IconSparkles } from '@tabler/icons-react';
import type { AppStatus } from '../../../../src-main/api/contract';
import { countOf } from '../../../../src-main/domain/date-format';
import { formatMoneyWhole, formatNumber } from '../../../../src-main/domain/format';
import { NON_RECURRING_TARGET } from '../../../../src-main/domain/non-recurring-revenue';
import { useChange, useChannel } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { PageHeader } from '../../components/PageHeader';
import { StatCard } from '../../components/StatCard';
import { useMoneyStyle, useSettings } from '../../components/settings-hooks';
import { navigate } from '../../router';
import { LowestScoresCard } from '../reviews/LowestScoresCard';
import { AttentionCards } from './AttentionCards';
import { PracticeBudgetGaps } from '../budget/PracticeBudgetGaps';

/** The practice at a glance (PRODUCT.md §9): how full it is, its rhythm, and which clients need something first. */
export function DashboardPage({ status }: { status: AppStatus }) {
  const query = useChannel('dashboard.summary', {});
  const money = useMoneyStyle();
  const { settings } = useSettings();
  const loadSample = useChange('sample.load');
  const greeting = settings.consultant.name ? `Welcome back, ${settings.consultant.name.split(' ')[0]}` : 'Your practice';

  if (query.data && status.practiceEmpty) {
    return (
      <>
        <PageHeader title="Welcome to vCIO Desk" />
        <Card withBorder>
          <EmptyState
            icon={<IconBuildingStore />}
            title="Start with your clients"
            actions={
              <Group>
                <Button leftSection={<IconPlus size={16} />} onClick={() => navigate({ screen: 'clients', creating: true })}>
                  Add a client
                </Button>
                <Button
                  variant="light"
                  leftSection={<IconSparkles size={16} />}
                  loading={loadSample.isPending}
                  onClick={() => loadSample.mutate({}, { onError: (error) => notifications.show({ color: 'red', message: error.message }) })}
                >
                  Explore a sample practice
                </Button>
              </Group>
            }
          >
            Everything stays on this computer, in {status.dataDir}. Add a client to build its budget and exports, or explore a sample
            practice first. Your company name, logo and colours for exports are in Settings.
          </EmptyState>
        </Card>
      </>
    );
  }
  if (query.isError) return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  const dashboard = query.data?.dashboard;
  if (!dashboard) return <PageHeader title={greeting} />;
  const { portfolio, nonRecurring, meetings, actionItems } = dashboard;
  const share = nonRecurring.sharePercent;

  return (
    <>
      <PageHeader title={greeting} description="Where your practice stands today." />
      <Stack>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <StatCard label="Active clients" value={String(portfolio.activeClients)} hint={countOf(portfolio.prospects, 'prospect')} testId="stat-clients" />
          <StatCard
            label="Total MRR"
            value={formatMoneyWhole(portfolio.totalMrrCents, money)}
            hint={portfolio.averageAispCents === null ? 'Active clients' : `Average seat price ${formatMoneyWhole(portfolio.averageAispCents, money)}`}
            testId="stat-mrr"
          />
          <StatCard
            label="Meetings this month"
            value={String(meetings.thisMonth)}
            hint={`${meetings.heldThisMonth} held · ${meetings.plannedNext30Days} planned in the next 30 days`}
            testId="stat-meetings"
          />
          <StatCard
            label="Open action items"
            value={String(actionItems.open)}
            hint={actionItems.overdue === 0 ? 'None overdue' : `${actionItems.overdue} overdue`}
            testId="stat-action-items"
          />
        </SimpleGrid>

        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder>
            <Title order={4} mb={4}>
              Capacity
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              Against the benchmark for one vCIO: {portfolio.benchmark.clients} clients and {formatMoneyWhole(portfolio.benchmark.mrrCents, money)} MRR.
            </Text>
            <Stack gap="sm">
              <Stack gap={4}>
                <Group justify="space-between">
                  <Text size="sm">Clients</Text>
                  <Text size="sm" className="tabular" data-testid="capacity-clients">
                    {portfolio.activeClients} of {portfolio.benchmark.clients}
                  </Text>
                </Group>
                <Progress value={Math.min(100, portfolio.clientCapacityPercent)} color={portfolio.clientCapacityPercent > 100 ? 'red' : 'desk'} aria-label="Client capacity" />
              </Stack>
              <Stack gap={4}>
                <Group justify="space-between">
                  <Text size="sm">MRR</Text>
                  <Text size="sm" className="tabular">
                    {formatMoneyWhole(portfolio.totalMrrCents, money)} of {formatMoneyWhole(portfolio.benchmark.mrrCents, money)} ({Math.round(portfolio.mrrCapacityPercent)}%)
                  </Text>
                </Group>
                <Progress value={Math.min(100, portfolio.mrrCapacityPercent)} color={portfolio.mrrCapacityPercent > 100 ? 'red' : 'desk'} aria-label="MRR capacity" />
              </Stack>
            </Stack>
          </Card>
          <Card withBorder>
            <Title order={4} mb={4}>
              Non-recurring revenue
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              Accepted proposals over the last twelve months, a month on average, as a share of MRR. Target {NON_RECURRING_TARGET.lowPercent}–
              {NON_RECURRING_TARGET.highPercent}%.
            </Text>
            {share === null ? (
              <Text size="sm" data-testid="nrr">
                {nonRecurring.acceptedCount === 0 ? 'No accepted proposals yet.' : 'No MRR to compare with yet.'}
              </Text>
            ) : (
              <Stack gap={4}>
                <Group justify="space-between">
                  <Text size="sm" data-testid="nrr">
                    {formatNumber(share, settings.locale)}% of MRR
                  </Text>
                  <Text size="sm" c="dimmed" className="tabular">
                    {formatMoneyWhole(nonRecurring.monthlyCents, money)} a month from {countOf(nonRecurring.acceptedCount, 'proposal')}
                  </Text>
                </Group>
                <Progress
                  value={Math.min(100, (share / NON_RECURRING_TARGET.highPercent) * 100)}
                  color={share >= NON_RECURRING_TARGET.lowPercent ? 'teal' : 'orange'}
                  aria-label="Non-recurring revenue against its target"
                />
              </Stack>
            )}
          </Card>
        </SimpleGrid>
        <LowestScoresCard />
        <AttentionCards dashboard={dashboard} />
        <PracticeBudgetGaps />
      </Stack>
    </>
  );
}

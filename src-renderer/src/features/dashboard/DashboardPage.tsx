import { Alert, Anchor, Button, Card, Group, List, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuildingStore, IconPlus, IconSparkles } from '@tabler/icons-react';
import type { AppStatus } from '../../../../src-main/api/contract';
import { formatMoney } from '../../../../src-main/domain/format';
import { useChange, useChannel } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { StatCard } from '../../components/StatCard';
import { useMoneyStyle, useSettings } from '../../components/settings-hooks';
import { navigate } from '../../router';
import { practicePortfolio } from '../../../../src-main/domain/portfolio';
import { LowestScoresCard } from '../reviews/LowestScoresCard';
import { PracticeBudgetGaps } from '../budget/PracticeBudgetGaps';

/** The practice at a glance: how full it is and which clients need attention first. */
export function DashboardPage({ status }: { status: AppStatus }) {
  const clients = useChannel('clients.list', {});
  const money = useMoneyStyle();
  const { settings } = useSettings();
  const loadSample = useChange('sample.load');
  const summaries = clients.data?.clients ?? [];
  const portfolio = practicePortfolio(summaries);
  const greeting = settings.consultant.name ? `Welcome back, ${settings.consultant.name.split(' ')[0]}` : 'Your practice';

  if (clients.data && status.practiceEmpty) {
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

  return (
    <>
      <PageHeader title={greeting} description="Where your practice stands today." />
      <Stack>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <StatCard label="Active clients" value={String(portfolio.activeClients)} hint={`${portfolio.prospects} prospects`} />
          <StatCard label="Total MRR" value={formatMoney(portfolio.totalMrrCents, money)} hint="Active clients" />
          <StatCard label="Average seat price" value={portfolio.averageAispCents === null ? '–' : formatMoney(portfolio.averageAispCents, money)} hint="MRR ÷ users, all active clients" />
          <StatCard label="Users served" value={String(portfolio.users)} hint={`${portfolio.endpoints} endpoints`} />
        </SimpleGrid>

        <Card withBorder>
          <Title order={4} mb="sm">
            Capacity
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Against the benchmark for one vCIO: {portfolio.benchmark.clients} clients and {formatMoney(portfolio.benchmark.mrrCents, money)} MRR.
          </Text>
          <SimpleGrid cols={2}>
            <Stack gap={4}>
              <Group justify="space-between">
                <Text size="sm">Clients</Text>
                <Text size="sm" className="tabular">
                  {portfolio.activeClients} / {portfolio.benchmark.clients}
                </Text>
              </Group>
              <Progress value={portfolio.clientCapacityPercent} color={portfolio.clientCapacityPercent > 100 ? 'red' : 'desk'} aria-label="Client capacity" />
            </Stack>
            <Stack gap={4}>
              <Group justify="space-between">
                <Text size="sm">MRR</Text>
                <Text size="sm" className="tabular">
                  {Math.round(portfolio.mrrCapacityPercent)}%
                </Text>
              </Group>
              <Progress value={Math.min(100, portfolio.mrrCapacityPercent)} color={portfolio.mrrCapacityPercent > 100 ? 'red' : 'desk'} aria-label="MRR capacity" />
            </Stack>
          </SimpleGrid>
        </Card>

        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder>
            <Title order={4} mb="sm">
              Without a decision maker
            </Title>
            {portfolio.withoutDecisionMaker.length === 0 ? (
              <Text size="sm" c="dimmed">
                Every active client has a decision maker on record.
              </Text>
            ) : (
              <>
                <Alert color="orange" variant="light" mb="sm" p="xs">
                  Strategy work needs someone who can decide. Record one for these clients.
                </Alert>
                <List size="sm">
                  {portfolio.withoutDecisionMaker.map((client) => (
                    <List.Item key={client.id}>
                      <Anchor size="sm" onClick={() => navigate({ screen: 'client', clientId: client.id, section: 'profile' })}>
                        {client.name}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Card>
          <Card withBorder>
            <Title order={4} mb="sm">
              Without a budget
            </Title>
            {portfolio.withoutBudget.length === 0 ? (
              <Text size="sm" c="dimmed">
                Every active client has assets, services or initiatives to budget.
              </Text>
            ) : (
              <List size="sm">
                {portfolio.withoutBudget.map((client) => (
                  <List.Item key={client.id}>
                    <Anchor size="sm" onClick={() => navigate({ screen: 'client', clientId: client.id, section: 'assets' })}>
                      {client.name}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            )}
          </Card>
        </SimpleGrid>
        <LowestScoresCard clients={summaries} />
        <PracticeBudgetGaps />
      </Stack>
    </>
  );
}

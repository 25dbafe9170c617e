import { Alert, Anchor, Card, Center, Group, Loader, SegmentedControl, SimpleGrid, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Client } from '../../../../src-main/domain/client';
import { clientForecast } from '../../../../src-main/domain/budget-plan';
import { budgetTable, pricingGaps, quarterSpend, sumAmounts, type Granularity, type Grouping } from '../../../../src-main/domain/budget-views';
import { formatMoney, formatPercent } from '../../../../src-main/domain/format';
import { marginPercent } from '../../../../src-main/domain/money';
import { monthLabel } from '../../../../src-main/domain/months';
import { useChannel } from '../../api';
import { ErrorPanel } from '../../components/ErrorPanel';
import { StatCard } from '../../components/StatCard';
import { useMoneyStyle, useSettings } from '../../components/settings-hooks';
import { useToday } from '../../components/useToday';
import { navigate } from '../../router';
import { BudgetChart } from './BudgetChart';
import { BudgetGapsNotice } from './BudgetGapsNotice';
import { BudgetExports } from './BudgetExports';
import { BudgetGrid } from './BudgetGrid';
import { PlanControls } from './PlanControls';
import { ReplacedAssets } from './ReplacedAssets';

export type MoneyView = 'price' | 'internal';

/**
 * The life-cycle budget: computed here from the same domain engine the exports use, so an edit to
 * an asset, a service or an initiative shows at once.
 */
export function BudgetPage({ client }: { client: Client }) {
  const assets = useChannel('assets.list', { clientId: client.id });
  const services = useChannel('services.list', { clientId: client.id });
  const initiatives = useChannel('initiatives.list', { clientId: client.id });
  const { settings } = useSettings();
  const money = useMoneyStyle();
  const today = useToday();
  const [granularity, setGranularity] = useState<Granularity>('quarter');
  const [grouping, setGrouping] = useState<Grouping>('category');
  const [view, setView] = useState<MoneyView>('price');

  const forecast = useMemo(
    () =>
      assets.data && services.data && initiatives.data
        ? clientForecast({ client, assets: assets.data.assets, services: services.data.services, initiatives: initiatives.data.initiatives, settings }, today)
        : null,
    [client, assets.data, services.data, initiatives.data, settings, today],
  );
  const table = useMemo(
    () => (forecast ? budgetTable(forecast, { granularity, grouping, fiscalYearStartMonth: client.fiscalYearStartMonth }) : null),
    [forecast, granularity, grouping, client.fiscalYearStartMonth],
  );
  const quarters = useMemo(
    () => (forecast ? quarterSpend(forecast, client.fiscalYearStartMonth, client.budgetPlan.spendingLimitPerQuarterCents) : []),
    [forecast, client.fiscalYearStartMonth, client.budgetPlan.spendingLimitPerQuarterCents],
  );

  const failed = assets.error ?? services.error ?? initiatives.error;
  if (failed) return <ErrorPanel error={failed} />;
  if (!forecast) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }

  const totals = sumAmounts(forecast.events);
  const capex = sumAmounts(forecast.events.filter((event) => event.spend === 'capex'));
  const firstYear = sumAmounts(forecast.events.filter((event) => event.monthOffset < 12));
  const overLimit = quarters.filter((quarter) => quarter.overLimit);
  const overdue = forecast.events.filter((event) => event.overdue);
  const gaps = pricingGaps(forecast);

  return (
    <Stack>
      <PlanControls client={client} startMonth={forecast.startMonth} />

      {forecast.events.length === 0 ? (
        <Alert color="blue" variant="light" title="Nothing to budget yet">
          Add assets with purchase dates, services, or scheduled initiatives for {client.name}, and their costs appear here month by month.
        </Alert>
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, md: view === 'internal' ? 5 : 4 }}>
            <StatCard size={22}
              label={`Total, ${monthLabel(forecast.startMonth)} – ${monthLabel(forecast.endMonth)}`}
              value={formatMoney(totals.priceCents, money)}
              hint="Client price"
              testId="budget-total"
            />
            <StatCard size={22} label="First 12 months" value={formatMoney(firstYear.priceCents, money)} hint="Client price" />
            <StatCard size={22} label="Capex" value={formatMoney(capex.priceCents, money)} hint={`Opex ${formatMoney(totals.priceCents - capex.priceCents, money)}`} />
            {view === 'internal' ? (
              <>
                <StatCard size={22} label="Your cost" value={formatMoney(totals.costCents, money)} testId="budget-cost" />
                <StatCard size={22}
                  label="Your margin"
                  value={formatMoney(totals.priceCents - totals.costCents, money)}
                  hint={`${formatPercent(marginPercent(totals.costCents, totals.priceCents), money.locale)} of price`}
                />
              </>
            ) : (
              <StatCard size={22} label="Overdue replacements" value={String(overdue.length)} hint={overdue.length ? 'Planned in the current month' : 'None'} testId="budget-overdue" />
            )}
          </SimpleGrid>

          <BudgetGapsNotice clientId={client.id} gaps={gaps} />
          {overLimit.length > 0 && client.budgetPlan.spendingLimitPerQuarterCents !== null && (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="over-limit">
              {overLimit.length === 1 ? 'One quarter is' : `${overLimit.length} quarters are`} over the limit of{' '}
              {formatMoney(client.budgetPlan.spendingLimitPerQuarterCents, money)}:{' '}
              {overLimit.map((quarter) => `${quarter.label} (${formatMoney(quarter.priceCents, money)})`).join(', ')}.
            </Alert>
          )}
          {forecast.ageUnknownAssetIds.length > 0 && (
            <Alert color="gray" variant="light">
              {forecast.ageUnknownAssetIds.length} asset{forecast.ageUnknownAssetIds.length === 1 ? ' has' : 's have'} no purchase date or planned month
              and {forecast.ageUnknownAssetIds.length === 1 ? 'is' : 'are'} not in the budget.{' '}
              <Anchor component="button" type="button" size="sm" onClick={() => navigate({ screen: 'client', clientId: client.id, section: 'assets', itemId: 'age-unknown' })}>
                Fix in Assets
              </Anchor>
            </Alert>
          )}

          <Group justify="space-between">
            <Group gap="sm">
              <SegmentedControl
                value={granularity}
                onChange={(value) => setGranularity(value as Granularity)}
                data={[
                  { value: 'month', label: 'Months' },
                  { value: 'quarter', label: 'Quarters' },
                  { value: 'fiscalYear', label: 'Fiscal years' },
                ]}
                aria-label="Period"
              />
              <SegmentedControl
                value={grouping}
                onChange={(value) => setGrouping(value as Grouping)}
                data={[
                  { value: 'category', label: 'By category' },
                  { value: 'source', label: 'By source' },
                  { value: 'spend', label: 'Capex / opex' },
                  { value: 'line', label: 'Every line' },
                ]}
                aria-label="Rows"
              />
            </Group>
            <SegmentedControl
              value={view}
              onChange={(value) => setView(value as MoneyView)}
              data={[
                { value: 'price', label: 'Client price' },
                { value: 'internal', label: 'Cost and margin' },
              ]}
              aria-label="Money shown"
            />
          </Group>

          {table && (
            <>
              <Card withBorder>
                <BudgetChart
                  forecast={forecast}
                  granularity={granularity}
                  fiscalYearStartMonth={client.fiscalYearStartMonth}
                  limitCents={granularity === 'quarter' ? client.budgetPlan.spendingLimitPerQuarterCents : null}
                />
              </Card>
              <Card withBorder p={0}>
                <BudgetGrid table={table} view={view} quarters={granularity === 'quarter' ? quarters : null} />
              </Card>
              <ReplacedAssets clientId={client.id} replaced={forecast.replacedAssets} />
            </>
          )}
        </>
      )}
      <BudgetExports client={client} />
    </Stack>
  );
}

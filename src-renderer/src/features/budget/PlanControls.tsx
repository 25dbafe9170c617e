import { Card, Group, Select, Switch, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { BudgetPlan, Client } from '../../../../src-main/domain/client';
import { fiscalYearLabel, fiscalYearOf, monthLabel, monthName, type Month } from '../../../../src-main/domain/months';
import { useChange } from '../../api';
import { MoneyInput } from '../../components/MoneyInput';
import { useMoneyStyle } from '../../components/settings-hooks';

const HORIZONS = Array.from({ length: 10 }, (_unused, index) => ({ value: String(index + 1), label: index === 0 ? '1 year' : `${index + 1} years` }));

/** Plan start, horizon and the quarterly spending limit; each change is saved at once. */
export function PlanControls({ client, startMonth }: { client: Client; startMonth: Month }) {
  const setPlan = useChange('budget.setPlan');
  const money = useMoneyStyle();
  const plan = client.budgetPlan;
  const [limit, setLimit] = useState<number | null>(plan.spendingLimitPerQuarterCents);
  useEffect(() => setLimit(plan.spendingLimitPerQuarterCents), [plan.spendingLimitPerQuarterCents]);

  const save = (changes: Partial<BudgetPlan>) =>
    setPlan.mutate({ clientId: client.id, plan: { ...plan, ...changes } }, { onError: (error) => notifications.show({ color: 'red', title: 'Plan not saved', message: error.message }) });

  return (
    <Card withBorder padding="sm">
      <Group align="flex-end" gap="lg">
        <Switch
          label="Start with the current fiscal year"
          checked={plan.startMonth === null}
          onChange={(event) => save({ startMonth: event.currentTarget.checked ? null : startMonth })}
          mb={8}
        />
        {plan.startMonth !== null && (
          <TextInput
            label="Plan starts"
            type="month"
            value={plan.startMonth}
            onChange={(event) => event.currentTarget.value && save({ startMonth: event.currentTarget.value })}
            w={170}
          />
        )}
        <Select label="Horizon" data={HORIZONS} value={String(plan.horizonYears)} onChange={(value) => value && save({ horizonYears: Number(value) })} allowDeselect={false} w={120} />
        <MoneyInput
          label="Spending limit per quarter"
          placeholder="No limit"
          nullable
          money={money}
          value={limit}
          onChange={setLimit}
          onBlur={() => limit !== plan.spendingLimitPerQuarterCents && !Number.isNaN(limit) && save({ spendingLimitPerQuarterCents: limit })}
          w={200}
        />
        <Text size="sm" c="dimmed" mb={8}>
          From {monthLabel(startMonth)} ({fiscalYearLabel(fiscalYearOf(startMonth, client.fiscalYearStartMonth))}); fiscal years start in{' '}
          {monthName(client.fiscalYearStartMonth)} and are named by the year they end.
        </Text>
      </Group>
    </Card>
  );
}

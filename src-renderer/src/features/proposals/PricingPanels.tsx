import { Alert, Card, Divider, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconLock } from '@tabler/icons-react';
import { formatMoney, formatNumber, formatPercent, type MoneyStyle } from '../../../../src-main/domain/format';
import { marginFromMarkup } from '../../../../src-main/domain/money';
import type { ProposalLineItem } from '../../../../src-main/domain/proposal';
import type { CostAndPrice, ProposalPricing } from '../../../../src-main/domain/proposal-pricing';

function Row({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Text size="sm" fw={strong ? 700 : undefined}>
        {label}
      </Text>
      <Text size="sm" fw={strong ? 700 : 500} className="tabular" data-testid={testId}>
        {value}
      </Text>
    </Group>
  );
}

/** What the client pays, as the PDF shows it. */
export function TotalsPanel({ pricing, money }: { pricing: ProposalPricing; money: MoneyStyle }) {
  const amount = (cents: number) => formatMoney(cents, money);
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        Client totals
      </Title>
      <Stack gap={6}>
        <Row label="Equipment and services, one-time" value={amount(pricing.oneTimeItems.priceCents)} />
        <Row label={`Labour, ${formatNumber(pricing.labour.hours, money.locale)} h`} value={amount(pricing.labour.priceCents)} />
        <Row label="One-time total" value={amount(pricing.oneTimeTotalCents)} strong testId="total-one-time" />
        <Row label="Monthly total" value={amount(pricing.monthlyTotalCents)} strong testId="total-monthly" />
        <Divider />
        <Row label="First-year total" value={amount(pricing.firstYearTotalCents)} strong testId="total-first-year" />
        <Text size="xs" c="dimmed">
          One-time total plus twelve months.
        </Text>
      </Stack>
    </Card>
  );
}

function InternalRow({ label, figures, money, testId }: { label: string; figures: CostAndPrice; money: MoneyStyle; testId: string }) {
  return (
    <Table.Tr data-testid={testId}>
      <Table.Td>{label}</Table.Td>
      <Table.Td ta="right" className="tabular">
        {formatMoney(figures.costCents, money)}
      </Table.Td>
      <Table.Td ta="right" className="tabular">
        {formatMoney(figures.marginCents, money)}
      </Table.Td>
      <Table.Td ta="right" className="tabular">
        {formatPercent(figures.marginPercent, money.locale)}
      </Table.Td>
    </Table.Tr>
  );
}

/** The consultant's own view: cost and margin, markup beside the margin it gives, and lines below the target. Never in the PDF. */
export function InternalPanel({ pricing, lines, money, targetMarginPercent }: { pricing: ProposalPricing; lines: readonly ProposalLineItem[]; money: MoneyStyle; targetMarginPercent: number }) {
  const below = pricing.lines.map((price, index) => ({ price, line: lines[index]! })).filter((item) => item.price.belowTarget);
  return (
    <Card withBorder data-testid="internal-panel">
      <Group gap="xs" mb="xs">
        <IconLock size={16} aria-hidden />
        <Title order={4}>Internal: cost and margin</Title>
      </Group>
      <Table verticalSpacing={4} horizontalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th ta="right">Cost</Table.Th>
            <Table.Th ta="right">Margin</Table.Th>
            <Table.Th ta="right">%</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <InternalRow label="One-time lines" figures={pricing.oneTimeItems} money={money} testId="internal-one-time" />
          <InternalRow label="Monthly lines" figures={pricing.monthly} money={money} testId="internal-monthly" />
          <InternalRow label="First year" figures={pricing.firstYear} money={money} testId="internal-first-year" />
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt={6}>
        Labour counts at its price, as in the budget: the margin is what the lines earn. Markup is on cost, margin on price: 30% markup is a{' '}
        {formatPercent(marginFromMarkup(30), money.locale)} margin.
      </Text>
      {below.length > 0 ? (
        <Alert mt="sm" color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={`${below.length} ${below.length === 1 ? 'line earns' : 'lines earn'} less than your ${formatPercent(targetMarginPercent, money.locale)} target margin`} data-testid="below-target">
          <List size="sm" spacing={2}>
            {below.map(({ price, line }) => (
              <List.Item key={line.id}>
                {line.description || 'A line without a description'}: {formatPercent(price.markupPercent, money.locale)} markup = {formatPercent(price.marginPercent, money.locale)} margin
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        pricing.lines.length > 0 && (
          <Group gap={6} mt="sm" wrap="nowrap">
            <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden />
            <Text size="sm">Every line meets your {formatPercent(targetMarginPercent, money.locale)} target margin.</Text>
          </Group>
        )
      )}
    </Card>
  );
}

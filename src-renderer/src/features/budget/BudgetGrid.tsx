import { ScrollArea, Table, Text } from '@mantine/core';
import { Fragment, memo } from 'react';
import type { Amount, BudgetTable, QuarterSpend } from '../../../../src-main/domain/budget-views';
import { formatMoneyWhole, formatPercent } from '../../../../src-main/domain/format';
import { marginPercent } from '../../../../src-main/domain/money';
import { useMoneyStyle } from '../../components/settings-hooks';
import type { MoneyView } from './BudgetPage';
import classes from './budget.module.css';

function MoneyCells({ amounts, total, flagged, kind }: { amounts: Amount[]; total: Amount; flagged?: boolean[]; kind: 'price' | 'cost' | 'margin' }) {
  const money = useMoneyStyle();
  const text = (amount: Amount) => {
    if (kind === 'cost') return amount.costCents === 0 && amount.priceCents === 0 ? '' : formatMoneyWhole(amount.costCents, money);
    if (kind === 'margin') return amount.priceCents === 0 ? '' : formatPercent(marginPercent(amount.costCents, amount.priceCents), money.locale);
    return amount.priceCents === 0 ? '–' : formatMoneyWhole(amount.priceCents, money);
  };
  // Cost and margin rows sit under their price row, smaller and grey.
  const dim = kind !== 'price';
  return (
    <>
      {amounts.map((amount, index) => (
        <Table.Td key={index} ta="right" className={classes.amount} data-over={flagged?.[index] ? 'true' : undefined}>
          <Text span size={dim ? 'xs' : 'sm'} c={dim ? 'dimmed' : undefined}>
            {text(amount)}
          </Text>
        </Table.Td>
      ))}
      <Table.Td ta="right" className={classes.total}>
        <Text span size={dim ? 'xs' : 'sm'} fw={dim ? 400 : 600} c={dim ? 'dimmed' : undefined}>
          {text(total)}
        </Text>
      </Table.Td>
    </>
  );
}

/** Rows by category or source, a column per period, totals; the consultant's view adds cost and margin rows. */
export const BudgetGrid = memo(function BudgetGrid({ table, view, quarters }: { table: BudgetTable; view: MoneyView; quarters: QuarterSpend[] | null }) {
  const flagged = quarters ? table.periods.map((period) => quarters.find((quarter) => quarter.key === period.key)?.overLimit ?? false) : undefined;
  const detail = (label: string, amounts: Amount[], total: Amount) =>
    view === 'internal' &&
    (['cost', 'margin'] as const).map((kind) => (
      <Table.Tr key={kind} className={classes.detail}>
        <Table.Td className={classes.sticky}>
          <Text size="xs" c="dimmed" pl="md">
            {label} {kind}
          </Text>
        </Table.Td>
        <MoneyCells amounts={amounts} total={total} kind={kind} />
      </Table.Tr>
    ));
  return (
    // The one region allowed to scroll sideways: its width is the periods shown, with the first column frozen.
    <ScrollArea type="auto" data-wide-grid viewportProps={{ tabIndex: 0, 'aria-label': 'Budget by period (scrolls sideways)' }}>
      <Table className={classes.grid} verticalSpacing={4} data-testid="budget-grid">
        <Table.Thead>
          <Table.Tr>
            <Table.Th className={classes.sticky}>{view === 'internal' ? 'Client price, cost and margin' : 'Client price'}</Table.Th>
            {table.periods.map((period) => (
              <Table.Th key={period.key} ta="right" className={classes.amount}>
                {period.label}
              </Table.Th>
            ))}
            <Table.Th ta="right" className={classes.total}>
              Total
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row) => (
            <Fragment key={row.key}>
              <Table.Tr data-testid="budget-row">
                <Table.Td className={classes.sticky}>
                  <Text size="sm" truncate maw={260}>
                    {row.label}
                  </Text>
                </Table.Td>
                <MoneyCells amounts={row.amounts} total={row.total} kind="price" />
              </Table.Tr>
              {detail('', row.amounts, row.total)}
            </Fragment>
          ))}
          <Table.Tr className={classes.totals} data-testid="budget-totals">
            <Table.Td className={classes.sticky}>
              <Text size="sm" fw={700}>
                Total
              </Text>
            </Table.Td>
            <MoneyCells amounts={table.totals} total={table.grandTotal} kind="price" {...(flagged ? { flagged } : {})} />
          </Table.Tr>
          {detail('Total', table.totals, table.grandTotal)}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
});

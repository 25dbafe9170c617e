import { BarChart } from '@mantine/charts';
import { memo, useMemo } from 'react';
import { budgetTable, type Granularity } from '../../../../src-main/domain/budget-views';
import type { Forecast } from '../../../../src-main/domain/forecast';
import { formatMoneyWhole } from '../../../../src-main/domain/format';
import { useMoneyStyle } from '../../components/settings-hooks';

/** Client price per period, capex stacked on opex, with the quarterly limit drawn when there is one. */
export const BudgetChart = memo(function BudgetChart({
  forecast,
  granularity,
  fiscalYearStartMonth,
  limitCents,
}: {
  forecast: Forecast;
  granularity: Granularity;
  fiscalYearStartMonth: number;
  limitCents: number | null;
}) {
  const money = useMoneyStyle();
  const data = useMemo(() => {
    const table = budgetTable(forecast, { granularity, grouping: 'spend', fiscalYearStartMonth });
    const row = (key: string) => table.rows.find((candidate) => candidate.key === key);
    return table.periods.map((period, index) => ({
      period: period.label,
      Capex: (row('capex')?.amounts[index]?.priceCents ?? 0) / 100,
      Opex: (row('opex')?.amounts[index]?.priceCents ?? 0) / 100,
    }));
  }, [forecast, granularity, fiscalYearStartMonth]);

  return (
    <BarChart
      h={260}
      data={data}
      dataKey="period"
      type="stacked"
      withLegend
      legendProps={{ verticalAlign: 'top', height: 36 }}
      valueFormatter={(value) => formatMoneyWhole(Math.round(value * 100), money)}
      series={[
        { name: 'Capex', color: 'desk.6' },
        { name: 'Opex', color: 'orange.5' },
      ]}
      referenceLines={limitCents === null ? [] : [{ y: limitCents / 100, label: 'Quarterly limit', color: 'red.6' }]}
      xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 12 }}
      data-testid="budget-chart"
    />
  );
});

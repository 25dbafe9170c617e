import { memo, useMemo, type CSSProperties } from 'react';
import { budgetTable, type Granularity } from '../../../../src-main/domain/budget-views';
import type { Forecast } from '../../../../src-main/domain/forecast';
import { formatMoneyWhole } from '../../../../src-main/domain/format';
import { useMoneyStyle } from '../../components/settings-hooks';
import classes from './budget-chart.module.css';

const TICKS = 4;
/** At most this many period labels under the bars; the others are in each bar's tooltip. */
const MAX_LABELS = 10;

/** The smallest round axis top (1, 2, 2.5 or 5 times a power of ten, per tick) at or above the value. */
function axisTop(valueCents: number): number {
  if (valueCents <= 0) return 100 * TICKS;
  const step = valueCents / TICKS;
  const power = 10 ** Math.floor(Math.log10(step));
  const nice = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= step)!;
  return nice * power * TICKS;
}

/**
 * Client price per period, capex stacked on opex, with the quarterly limit drawn when there is one.
 * Drawn with plain boxes sized in percent: nothing to measure, one pass, however many periods.
 */
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
  const bars = useMemo(() => {
    const table = budgetTable(forecast, { granularity, grouping: 'spend', fiscalYearStartMonth });
    const row = (key: string) => table.rows.find((candidate) => candidate.key === key);
    return table.periods.map((period, index) => ({
      key: period.key,
      label: period.label,
      capex: row('capex')?.amounts[index]?.priceCents ?? 0,
      opex: row('opex')?.amounts[index]?.priceCents ?? 0,
    }));
  }, [forecast, granularity, fiscalYearStartMonth]);
  const top = axisTop(Math.max(limitCents ?? 0, ...bars.map((bar) => bar.capex + bar.opex)));
  const percent = (cents: number) => `${(Math.max(0, cents) / top) * 100}%`;
  const every = Math.ceil(bars.length / MAX_LABELS);
  const ticks = Array.from({ length: TICKS + 1 }, (_unused, index) => (top / TICKS) * index);
  const unit = granularity === 'month' ? 'month' : granularity === 'quarter' ? 'quarter' : 'fiscal year';

  return (
    <div data-testid="budget-chart">
      <div className={classes.legend}>
        <span className={classes.key}>
          <span className={classes.swatch} data-series="capex" aria-hidden />
          Capex
        </span>
        <span className={classes.key}>
          <span className={classes.swatch} data-series="opex" aria-hidden />
          Opex
        </span>
        {limitCents !== null && (
          <span className={classes.key}>
            <span className={classes.swatch} data-series="limit" aria-hidden />
            Quarterly limit {formatMoneyWhole(limitCents, money)}
          </span>
        )}
      </div>
      <div className={classes.frame} style={{ '--bar-count': bars.length } as CSSProperties} role="img" aria-label={`Client price per ${unit}, capex stacked on opex; the grid below has every figure.`}>
        <div className={classes.axis} aria-hidden>
          {ticks.map((tick) => (
            <span key={tick} className={classes.tick} style={{ bottom: percent(tick) }}>
              {formatMoneyWhole(tick, money)}
            </span>
          ))}
        </div>
        <div className={classes.plot}>
          {ticks.map((tick) => (
            <span key={tick} className={classes.gridLine} style={{ bottom: percent(tick) }} aria-hidden />
          ))}
          <div className={classes.bars}>
            {bars.map((bar) => (
              <div
                key={bar.key}
                className={classes.bar}
                title={`${bar.label}: capex ${formatMoneyWhole(bar.capex, money)}, opex ${formatMoneyWhole(bar.opex, money)}`}
              >
                <span className={classes.capex} style={{ height: percent(bar.capex) }} />
                <span className={classes.opex} style={{ height: percent(bar.opex) }} />
              </div>
            ))}
          </div>
          {limitCents !== null && <span className={classes.limit} style={{ bottom: percent(limitCents) }} aria-hidden />}
        </div>
        <div className={classes.labels} aria-hidden>
          {bars.map((bar, index) => (
            <span key={bar.key} className={classes.label}>
              {index % every === 0 ? bar.label : ''}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
});

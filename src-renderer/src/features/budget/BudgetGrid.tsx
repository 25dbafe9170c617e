import { ScrollArea } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Amount, BudgetTable, QuarterSpend } from '../../../../src-main/domain/budget-views';
import { formatMoneyWhole, formatPercent, type MoneyStyle } from '../../../../src-main/domain/format';
import { marginPercent } from '../../../../src-main/domain/money';
import { useMoneyStyle } from '../../components/settings-hooks';
import type { MoneyView } from './BudgetPage';
import classes from './budget.module.css';

type Kind = 'price' | 'cost' | 'margin';

/** One line of the grid: a row's client price, or the cost or margin line under it. */
interface GridLine {
  key: string;
  label: string;
  kind: Kind;
  amounts: Amount[];
  total: Amount;
  /** The totals line at the foot of the grid. */
  foot: boolean;
}

function cellText(amount: Amount, kind: Kind, money: MoneyStyle): string {
  if (kind === 'cost') return amount.costCents === 0 && amount.priceCents === 0 ? '' : formatMoneyWhole(amount.costCents, money);
  if (kind === 'margin') return amount.priceCents === 0 ? '' : formatPercent(marginPercent(amount.costCents, amount.priceCents), money.locale);
  return amount.priceCents === 0 ? '–' : formatMoneyWhole(amount.priceCents, money);
}

/**
 * One line as plain table cells: a budget by month and line has tens of thousands of cells, so each
 * one is a bare <td> styled by the module, not a component.
 */
const Line = memo(function Line({ line, money, flagged, index, measure }: { line: GridLine; money: MoneyStyle; flagged: boolean[] | undefined; index: number; measure: (row: HTMLTableRowElement | null) => void }) {
  const price = line.kind === 'price';
  const rowClass = line.foot && price ? classes.totals : price ? undefined : classes.detail;
  return (
    <tr ref={measure} data-index={index} className={rowClass} data-testid={line.foot ? (price ? 'budget-totals' : undefined) : price ? 'budget-row' : undefined}>
      <td className={classes.sticky}>
        <span className={price ? (line.foot ? classes.footLabel : classes.label) : classes.detailLabel}>{price ? line.label : line.label ? `${line.label} ${line.kind}` : line.kind}</span>
      </td>
      {line.amounts.map((amount, column) => (
        <td key={column} className={classes.amount} data-over={flagged?.[column] ? 'true' : undefined}>
          {cellText(amount, line.kind, money)}
        </td>
      ))}
      <td className={classes.total}>{cellText(line.total, line.kind, money)}</td>
    </tr>
  );
});

/** The rows of the table as lines, with the consultant's cost and margin lines under each one. */
function gridLines(table: BudgetTable, view: MoneyView): GridLine[] {
  const lines: GridLine[] = [];
  const add = (key: string, label: string, amounts: Amount[], total: Amount, foot: boolean) => {
    lines.push({ key, label, kind: 'price', amounts, total, foot });
    if (view !== 'internal') return;
    for (const kind of ['cost', 'margin'] as const) lines.push({ key: `${key}:${kind}`, label: foot ? 'Total' : '', kind, amounts, total, foot });
  };
  for (const row of table.rows) add(row.key, row.label, row.amounts, row.total, false);
  add('totals', 'Total', table.totals, table.grandTotal, true);
  return lines;
}

/** Beyond this many lines (a budget by line), only the lines near the screen are drawn. */
const VIRTUAL_FROM = 120;

interface BodyProps {
  lines: GridLine[];
  money: MoneyStyle;
  flagged: boolean[] | undefined;
}

const noMeasure = () => undefined;

function lineProps(line: GridLine, flagged: boolean[] | undefined) {
  return { line, flagged: line.foot && line.kind === 'price' ? flagged : undefined };
}

function AllLines({ lines, money, flagged }: BodyProps) {
  return (
    <tbody>
      {lines.map((line, index) => (
        <Line key={line.key} {...lineProps(line, flagged)} money={money} index={index} measure={noMeasure} />
      ))}
    </tbody>
  );
}

function LinesNearScreen({ lines, money, flagged }: BodyProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    if (body.current) setScrollMargin(body.current.getBoundingClientRect().top + window.scrollY);
  }, []);
  const rows = useWindowVirtualizer({ count: lines.length, estimateSize: (index) => (lines[index]?.kind === 'price' ? 30 : 20), overscan: 20, scrollMargin });
  const visible = rows.getVirtualItems();
  const spaceAbove = visible.length > 0 ? visible[0]!.start - scrollMargin : 0;
  const spaceBelow = visible.length > 0 ? rows.getTotalSize() - (visible[visible.length - 1]!.end - scrollMargin) : 0;
  return (
    <tbody ref={body}>
      {spaceAbove > 0 && <tr aria-hidden style={{ height: spaceAbove }} />}
      {visible.map((item) => {
        const line = lines[item.index]!;
        return <Line key={line.key} {...lineProps(line, flagged)} money={money} index={item.index} measure={rows.measureElement} />;
      })}
      {spaceBelow > 0 && <tr aria-hidden style={{ height: spaceBelow }} />}
    </tbody>
  );
}

/** Rows by category or source, a column per period, totals; the consultant's view adds cost and margin rows. */
export const BudgetGrid = memo(function BudgetGrid({ table, view, quarters }: { table: BudgetTable; view: MoneyView; quarters: QuarterSpend[] | null }) {
  const money = useMoneyStyle();
  const flagged = useMemo(
    () => (quarters ? table.periods.map((period) => quarters.find((quarter) => quarter.key === period.key)?.overLimit ?? false) : undefined),
    [quarters, table.periods],
  );
  const lines = useMemo(() => gridLines(table, view), [table, view]);
  const Body = lines.length > VIRTUAL_FROM ? LinesNearScreen : AllLines;
  return (
    // The one region allowed to scroll sideways: its width is the periods shown, with the first column frozen.
    <ScrollArea type="auto" data-wide-grid viewportProps={{ tabIndex: 0, 'aria-label': 'Budget by period (scrolls sideways)' }}>
      <table className={classes.grid} data-testid="budget-grid">
        <thead>
          <tr>
            <th className={classes.sticky}>{view === 'internal' ? 'Client price, cost and margin' : 'Client price'}</th>
            {table.periods.map((period) => (
              <th key={period.key} className={classes.amount}>
                {period.label}
              </th>
            ))}
            <th className={classes.total}>Total</th>
          </tr>
        </thead>
        <Body lines={lines} money={money} flagged={flagged} />
      </table>
    </ScrollArea>
  );
});

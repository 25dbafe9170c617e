import { major, percentValue, unitPriceFor, type BudgetSheetContext } from './budget-context';
import { formula, number, PERCENT_FORMAT } from './xlsx-cells';
import type { TableColumn } from './xlsx-table';

/**
 * The pricing columns assets and services share. The client's copy holds the unit price (cost with
 * markup, rounded to the cent); the internal copy holds the cost and the markup, and works the unit
 * price out with ROUND(unit cost × (1 + markup), 2). Either way the price per occurrence is quantity ×
 * that unit price, the engine's rule.
 */
export function unitPricingColumns<T>(
  context: BudgetSheetContext,
  item: { unitLabel: string; width: number; unitCostCents: (line: T) => number; markupPercent: (line: T) => number },
): TableColumn<T>[] {
  const money = context.moneyFormat;
  if (!context.internal) {
    return [
      {
        key: 'unitPrice',
        header: `${item.unitLabel} price`,
        width: item.width,
        input: true,
        cell: (line) => number(unitPriceFor(item.unitCostCents(line), item.markupPercent(line)), money),
      },
    ];
  }
  return [
    { key: 'unitCost', header: `${item.unitLabel} cost`, width: item.width, input: true, cell: (line) => number(major(item.unitCostCents(line)), money) },
    { key: 'markup', header: 'Markup', width: 9, input: true, cell: (line) => number(percentValue(item.markupPercent(line)), PERCENT_FORMAT) },
    { key: 'margin', header: 'Margin it gives', width: 11, cell: (_line, at) => formula(`${at('markup')}/(1+${at('markup')})`, PERCENT_FORMAT) },
  ];
}

/** What one occurrence (a replacement, a charge) costs and is priced at, as formulas over the row's inputs. */
export function occurrenceColumns<T>(context: BudgetSheetContext, occurrence: { noun: string; width: number }): TableColumn<T>[] {
  const money = context.moneyFormat;
  const { noun, width } = occurrence;
  if (!context.internal) {
    return [{ key: 'price', header: `Price per ${noun}`, width, cell: (_line, at) => formula(`ROUND(${at('quantity')}*${at('unitPrice')},2)`, money) }];
  }
  return [
    { key: 'cost', header: `Cost per ${noun}`, width, cell: (_line, at) => formula(`${at('quantity')}*${at('unitCost')}`, money) },
    {
      key: 'price',
      header: `Price per ${noun}`,
      width,
      cell: (_line, at) => formula(`ROUND(${at('quantity')}*ROUND(${at('unitCost')}*(1+${at('markup')}),2),2)`, money),
    },
    { key: 'marginAmount', header: `Margin per ${noun}`, width, cell: (_line, at) => formula(`${at('price')}-${at('cost')}`, money) },
  ];
}

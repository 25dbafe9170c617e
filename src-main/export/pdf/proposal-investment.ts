import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatMoney, formatNumber } from '../../domain/format';
import { LINE_ITEM_KIND_LABELS, type ProposalLineItem } from '../../domain/proposal';
import type { LinePrice, ProposalPricing } from '../../domain/proposal-pricing';
import type { Brand } from '../brand';
import { cell, headerCell, moneyCell, titledTable } from './pdf-blocks';

/**
 * The investment table of the proposal PDF: client prices only. Each line shows its unit price (the
 * rounded unit client price) and quantity × that price, so nothing on the page leads back to a cost
 * or a markup.
 */

interface PricedLine {
  line: ProposalLineItem;
  price: LinePrice;
}

function lineRow(item: PricedLine, brand: Brand): TableCell[] {
  return [
    cell(item.line.description),
    cell(LINE_ITEM_KIND_LABELS[item.line.kind]),
    cell(formatNumber(item.line.quantity, brand.locale), { alignment: 'right' }),
    moneyCell(formatMoney(item.price.unitPriceCents, brand.money)),
    moneyCell(formatMoney(item.price.priceCents, brand.money)),
  ];
}

function groupRow(text: string): TableCell[] {
  return [{ text, colSpan: 5, bold: true, style: 'tableCell', margin: [0, 2, 0, 0] }, {}, {}, {}, {}];
}

function totalRow(label: string, amount: string): TableCell[] {
  return [{ text: label, colSpan: 4, style: ['tableCell', 'total'], bold: true }, {}, {}, {}, { text: amount, style: ['tableCell', 'total'], bold: true, alignment: 'right', noWrap: true }];
}

export function investmentTable(lines: readonly ProposalLineItem[], pricing: ProposalPricing, brand: Brand): Content {
  const priced = lines.map((line, index): PricedLine => ({ line, price: pricing.lines[index]! }));
  const oneTime = priced.filter((item) => item.line.billing === 'oneTime');
  const monthly = priced.filter((item) => item.line.billing === 'monthly');
  const money = (cents: number) => formatMoney(cents, brand.money);
  const rows: TableCell[][] = [];
  if (oneTime.length > 0 || pricing.labour.hours > 0) {
    rows.push(groupRow('One-time'));
    rows.push(...oneTime.map((item) => lineRow(item, brand)));
    if (pricing.labour.hours > 0) {
      rows.push([
        cell('Professional services: planning, implementation, standby support and close-out'),
        cell('Labour'),
        cell(`${formatNumber(pricing.labour.hours, brand.locale)} h`, { alignment: 'right', noWrap: true }),
        moneyCell(`${money(pricing.labour.rateCents)}/h`),
        moneyCell(money(pricing.labour.priceCents)),
      ]);
    }
    rows.push(totalRow('One-time total', money(pricing.oneTimeTotalCents)));
  }
  if (monthly.length > 0) {
    rows.push(groupRow('Monthly'));
    rows.push(...monthly.map((item) => lineRow(item, brand)));
    rows.push(totalRow('Monthly total', money(pricing.monthlyTotalCents)));
  }
  rows.push(totalRow(monthly.length > 0 ? 'First-year total (one-time + 12 months)' : 'Total investment', money(pricing.firstYearTotalCents)));
  return titledTable(
    {
      title: 'Investment',
      intro: 'Prices per unit and per line, taxes not included.',
      widths: ['*', 58, 44, 80, 84],
      header: [headerCell('Item'), headerCell('Type'), headerCell('Qty', 'right'), headerCell('Unit price', 'right', { noWrap: true }), headerCell('Total', 'right')],
      rows,
    },
    brand,
  );
}

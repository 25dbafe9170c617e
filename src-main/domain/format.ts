import { roundHalfUp } from './money';

/** Money and number display in the consultant's currency and locale; used by screens and exports alike. */

const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string, locale: string, wholeUnits: boolean): Intl.NumberFormat {
  const key = `${locale}|${currency}|${wholeUnits}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      ...(wholeUnits ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    });
    moneyFormats.set(key, format);
  }
  return format;
}

export interface MoneyStyle {
  currency: string;
  locale: string;
}

export function formatMoney(centsValue: number, style: MoneyStyle): string {
  return moneyFormat(style.currency, style.locale, false).format(centsValue / 100);
}

/** Whole currency units, for charts and dense tables. */
export function formatMoneyWhole(centsValue: number, style: MoneyStyle): string {
  return moneyFormat(style.currency, style.locale, true).format(roundHalfUp(centsValue / 100));
}

export function formatPercent(value: number | undefined, locale: string): string {
  if (value === undefined) return '–';
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)}%`;
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** The currency symbol as the locale writes it, for input adornments and spreadsheet formats. */
export function currencySymbol(style: MoneyStyle): string {
  const part = moneyFormat(style.currency, style.locale, false)
    .formatToParts(0)
    .find((piece) => piece.type === 'currency');
  return part?.value ?? style.currency;
}

/** Whether the symbol is written before the amount in this locale. */
export function currencySymbolLeads(style: MoneyStyle): boolean {
  const parts = moneyFormat(style.currency, style.locale, false).formatToParts(1);
  return parts.findIndex((piece) => piece.type === 'currency') < parts.findIndex((piece) => piece.type === 'integer');
}

/** A money amount for an input field: no symbol, the locale's separators, two decimals. */
export function formatMoneyForInput(centsValue: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: true }).format(
    centsValue / 100,
  );
}

export type MoneyParse = { ok: true; cents: number } | { ok: false; message: string };

const CURRENCY_MARKS = /[$€£¥₹₩₪₫₱₺₽¢]|\b(?:US\$|C\$|A\$|NZ\$|R\$|CHF|USD|CAD|EUR|GBP|AUD|NZD|JPY|ZAR|SEK|NOK|DKK|kr|R)\b/gi;

/**
 * Reads an amount typed by a person or exported by a PSA/RMM tool: "$1,234.50", "1.234,50 €",
 * "1 234,5", "CHF 1'234.50". A single separator followed by exactly three digits is a thousands
 * separator (money never has three decimals); otherwise the last separator is the decimal one.
 */
export function parseMoney(text: string): MoneyParse {
  const original = text.trim();
  if (original === '') return { ok: false, message: 'No amount given' };
  let body = original.replace(CURRENCY_MARKS, '').replace(/[\s\u00a0\u202f']/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(body)) {
    negative = true;
    body = body.slice(1, -1);
  }
  if (body.startsWith('-') || body.endsWith('-')) {
    negative = true;
    body = body.replace(/^-|-$/g, '');
  }
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return { ok: false, message: `"${original}" is not an amount` };
  if (negative) return { ok: false, message: `"${original}" is negative; amounts cannot be negative` };

  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let decimalSeparator: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) {
    decimalSeparator = lastDot > lastComma ? '.' : ',';
  } else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? '.' : ',';
    const occurrences = body.split(separator).length - 1;
    const digitsAfter = body.length - body.lastIndexOf(separator) - 1;
    decimalSeparator = occurrences === 1 && digitsAfter !== 3 ? separator : null;
  }
  const groupSeparator = decimalSeparator === null ? (lastDot >= 0 ? '.' : ',') : decimalSeparator === '.' ? ',' : '.';
  const [integerPart = '', fractionPart = '', ...rest] = decimalSeparator === null ? [body] : body.split(decimalSeparator);
  if (rest.length > 0) return { ok: false, message: `"${original}" has more than one decimal separator` };
  const groups = integerPart.split(groupSeparator);
  const groupsValid =
    groups.length === 1 || (groups[0]!.length >= 1 && groups[0]!.length <= 3 && groups.slice(1).every((group) => group.length === 3));
  if (!groupsValid || /[.,]/.test(groups.join(''))) return { ok: false, message: `"${original}" has misplaced separators` };
  if (fractionPart.length > 2) return { ok: false, message: `"${original}" has more than two decimals` };
  if (decimalSeparator !== null && fractionPart.length === 0) return { ok: false, message: `"${original}" ends with a separator` };
  const digits = groups.join('') || '0';
  const value = Number(digits) * 100 + Number(fractionPart.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(value) || value > 100_000_000_000) return { ok: false, message: `"${original}" is too large` };
  return { ok: true, cents: value };
}

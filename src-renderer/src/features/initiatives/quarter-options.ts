import { addQuarters, fiscalQuarterOfMonth, quarterKey, quarterLabel, type FiscalQuarter, type Month } from '../../../../src-main/domain/months';

export const UNSCHEDULED = 'unscheduled';

/** Quarters to schedule an initiative in: a year back (to keep past items visible) and four years ahead. */
export function quarterOptions(today: Month, fiscalStartMonth: number, current: FiscalQuarter | null) {
  const now = fiscalQuarterOfMonth(today, fiscalStartMonth);
  const quarters = Array.from({ length: 21 }, (_unused, index) => addQuarters(now, index - 4));
  if (current && !quarters.some((quarter) => quarterKey(quarter) === quarterKey(current))) quarters.unshift(current);
  return [{ value: UNSCHEDULED, label: 'Unscheduled' }, ...quarters.map((quarter) => ({ value: quarterKey(quarter), label: quarterLabel(quarter) }))];
}

export function quarterFromKey(key: string | null): FiscalQuarter | null {
  const match = key ? /^FY(\d{4})-Q([1-4])$/.exec(key) : null;
  return match ? { fiscalYear: Number(match[1]), quarter: Number(match[2]) } : null;
}

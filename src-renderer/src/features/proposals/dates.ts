/** "20 Nov 2026" in the consultant's locale, for a YYYY-MM-DD date (read as a calendar day, whatever the time zone). */
export function shortDate(isoDate: string, locale: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** "20 Nov 2026" for an ISO date in the consultant's locale, read as a calendar date wherever the app runs. */
export function longDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

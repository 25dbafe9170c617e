const formats = new Map<string, Intl.DateTimeFormat>();

/** "20 Nov 2026" for an ISO date in the consultant's locale, read as a calendar date wherever the app runs. */
export function longDate(isoDate: string, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

// Dates in the database are calendar days stored at UTC midnight; formatting
// in UTC keeps "23 September 2024" from slipping a day in other time zones.
const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function DateText({ date, short = false }: { date: Date; short?: boolean }) {
  return <time dateTime={date.toISOString().slice(0, 10)}>{(short ? SHORT : LONG).format(date)}</time>;
}

export function formatDate(date: Date): string {
  return LONG.format(date);
}

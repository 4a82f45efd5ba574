// The files' timestamps are UTC; the dashboard counts by London's calendar.
// In British Summer Time a month starts at 23:00 UTC on the previous day, so
// bucketing by the UTC date would move the first hour of each summer month
// into the month before (SOURCES.md, quirk 1).

const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// London's offset from UTC is always a whole number of hours, so London's
// midnight falls on a UTC hour boundary and every instant within one UTC hour
// has the same London date. Caching by UTC hour makes the conversion cheap
// for files of hundreds of thousands of rows; the cache stays small because a
// month spans about 744 hours.
const HOUR = 3_600_000;
const byHour = new Map<number, string>();

/** The Europe/London calendar date of an instant, as YYYY-MM-DD. */
export function londonDateOf(instant: Date): string {
  const hourStart = Math.floor(instant.getTime() / HOUR) * HOUR;
  let date = byHour.get(hourStart);
  if (date === undefined) {
    date = londonDate.format(hourStart);
    if (byHour.size >= 50_000) byHour.clear();
    byHour.set(hourStart, date);
  }
  return date;
}

/** The first day of the Europe/London month of an instant, as YYYY-MM-01. */
export function londonMonthOf(instant: Date): string {
  return `${londonDateOf(instant).slice(0, 7)}-01`;
}

// Reporting periods built from calendar months (London time). Four grains:
// month "2018-04", quarter "2018-Q2", year "2018" and the financial year the
// Home Office reports in, April to March, "2018-19".

export const PERIOD_GRAINS = ['month', 'quarter', 'year', 'financial-year'] as const;
export type PeriodGrain = (typeof PERIOD_GRAINS)[number];

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface Period {
  label: string;
  /** First month of the period, "YYYY-MM". */
  start: string;
  /** Last month of the period, "YYYY-MM". */
  end: string;
  /** Number of calendar months in the period. */
  months: number;
}

const MONTHS_IN: Record<PeriodGrain, number> = { month: 1, quarter: 3, year: 12, 'financial-year': 12 };

/** "YYYY-MM" as a count of months since year 0, which makes month arithmetic exact. */
export function monthIndex(month: string): number {
  if (!MONTH_PATTERN.test(month)) throw new Error(`Not a YYYY-MM month: "${month}"`);
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromIndex(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function periodStartIndex(grain: PeriodGrain, month: number): number {
  const monthOfYear = month % 12; // 0 = January
  switch (grain) {
    case 'month':
      return month;
    case 'quarter':
      return month - (monthOfYear % 3);
    case 'year':
      return month - monthOfYear;
    case 'financial-year':
      // April (3) starts the year; January to March belong to the year before.
      return month - ((monthOfYear + 12 - 3) % 12);
  }
}

function label(grain: PeriodGrain, start: number): string {
  const year = Math.floor(start / 12);
  switch (grain) {
    case 'month':
      return monthFromIndex(start);
    case 'quarter':
      return `${year}-Q${Math.floor((start % 12) / 3) + 1}`;
    case 'year':
      return String(year);
    case 'financial-year':
      return `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
  }
}

/** The period of the given grain that contains a month. */
export function periodOf(grain: PeriodGrain, month: string): Period {
  const start = periodStartIndex(grain, monthIndex(month));
  const months = MONTHS_IN[grain];
  return { label: label(grain, start), start: monthFromIndex(start), end: monthFromIndex(start + months - 1), months };
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthFromIndex(i));
  return out;
}

/**
 * The SQL expression for the first day of the period containing a date
 * column, matching periodOf (tested against it). Grains are a closed list, so
 * the text is safe to splice into a query.
 */
export function periodStartSql(grain: PeriodGrain, column: string): string {
  switch (grain) {
    case 'month':
      return `${column}`;
    case 'quarter':
      return `date_trunc('quarter', ${column})::date`;
    case 'year':
      return `date_trunc('year', ${column})::date`;
    case 'financial-year':
      return `(date_trunc('year', ${column} - interval '3 months') + interval '3 months')::date`;
  }
}

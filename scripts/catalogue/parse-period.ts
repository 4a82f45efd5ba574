// Turns a period label, as a source words it, into calendar bounds only when
// the words leave no doubt. Anything hedged ("as cited at ...", "(total)",
// "2016-17" without saying it is a financial year) stays a label with no dates,
// so a chart never places a figure on a time axis the source did not give.

export interface PeriodBounds {
  /** First day covered, YYYY-MM-DD. */
  start: string;
  /** Last day covered, YYYY-MM-DD. */
  end: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = '((?:19|20)\\d{2})';

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function iso(year: number, monthIndex0: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex0, day)).toISOString().slice(0, 10);
}

function lastDayOfMonth(year: number, monthIndex0: number): string {
  return iso(year, monthIndex0 + 1, 0);
}

type Rule = [RegExp, (m: RegExpMatchArray) => PeriodBounds | null];

const RULES: Rule[] = [
  // "2018": a calendar year.
  [new RegExp(`^${YEAR}$`), (m) => ({ start: `${m[1]}-01-01`, end: `${m[1]}-12-31` })],
  // "Sep 2023": that month.
  [
    new RegExp(`^${MONTH} ${YEAR}$`),
    (m) => {
      const year = Number(m[2]);
      const month = monthIndex(m[1]!);
      return { start: iso(year, month, 1), end: lastDayOfMonth(year, month) };
    },
  ],
  // "end Sep 2022": a count taken on the last day of that month.
  [
    new RegExp(`^end(?: of)? ${MONTH} ${YEAR}$`),
    (m) => {
      const day = lastDayOfMonth(Number(m[2]), monthIndex(m[1]!));
      return { start: day, end: day };
    },
  ],
  // "year to Dec 2024": the twelve whole months ending with that month.
  [
    new RegExp(`^(?:the )?(?:year|12 months) to ${MONTH} ${YEAR}$`),
    (m) => {
      const year = Number(m[2]);
      const month = monthIndex(m[1]!);
      return { start: iso(year - 1, month + 1, 1), end: lastDayOfMonth(year, month) };
    },
  ],
  // "18 months to 11 Feb 2025": the span ending on that exact day.
  [
    new RegExp(`^(\\d{1,3}) months to (\\d{1,2}) ${MONTH} ${YEAR}$`),
    (m) => {
      const months = Number(m[1]);
      const day = Number(m[2]);
      const month = monthIndex(m[3]!);
      const year = Number(m[4]);
      const end = new Date(Date.UTC(year, month, day));
      if (end.getUTCDate() !== day) return null; // "31 Feb" is not a date
      // Ending on a month's last day means whole months; otherwise count back day for day.
      const wholeMonths = iso(year, month, day) === lastDayOfMonth(year, month);
      const start = wholeMonths ? iso(year, month - months + 1, 1) : iso(year, month - months, day + 1);
      return { start, end: iso(year, month, day) };
    },
  ],
  // "financial year 2016-17" / "2016/17 financial year": April to March, only when the label says so.
  [new RegExp(`^(?:financial year|fy) ?${YEAR}[-/](\\d{2})$`), (m) => financialYear(m[1]!, m[2]!)],
  [new RegExp(`^${YEAR}[-/](\\d{2}) financial year$`), (m) => financialYear(m[1]!, m[2]!)],
];

function financialYear(first: string, second: string): PeriodBounds | null {
  const startYear = Number(first);
  if ((startYear + 1) % 100 !== Number(second)) return null;
  return { start: `${startYear}-04-01`, end: `${startYear + 1}-03-31` };
}

export function parsePeriodLabel(label: string): PeriodBounds | null {
  const text = label.trim().replace(/\s+/g, ' ');
  for (const [pattern, build] of RULES) {
    const match = text.match(new RegExp(pattern.source, 'i'));
    if (match) return build(match);
  }
  return null;
}

// How figures and periods read in sentences, labels and tables. Shared by the
// server (summaries, tables) and the client chart, so both say the same thing.

const MONTHS: Record<string, string> = {
  Jan: 'January',
  Feb: 'February',
  Mar: 'March',
  Apr: 'April',
  Jun: 'June',
  Jul: 'July',
  Aug: 'August',
  Sep: 'September',
  Sept: 'September',
  Oct: 'October',
  Nov: 'November',
  Dec: 'December',
};

export function formatNumber(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 4 });
}

/** A value with its unit, as a reader would say it: "45%", "4.3 times", "52 officers per calendar year". */
export function formatValue(value: number, unit: string): string {
  const n = formatNumber(value);
  if (unit === '%') return `${n}%`;
  if (unit === 'ratio') return `${n} times`;
  return `${n} ${unit}`;
}

/** The bare value with a short unit, for labels on a chart's points. */
export function formatShort(value: number, unit: string): string {
  return unit === '%' ? `${formatNumber(value)}%` : formatNumber(value);
}

/** Spells out abbreviated month names ("Jun 2025" -> "June 2025"). */
export function spellMonths(label: string): string {
  return label.replace(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b/g, (m) => MONTHS[m] ?? m);
}

/**
 * A period label as it fits after a figure in a sentence:
 * "2016-17" -> "in 2016-17", "year to Jun 2025" -> "in the year to June 2025",
 * "as reported in ..." stays as it is.
 */
export function periodPhrase(label: string): string {
  const text = spellMonths(label.trim());
  if (/^(year|\d+ months?|pilot|quarter|period)\b/i.test(text)) return `in the ${text}`;
  if (/^(as|before|after|since|until|by)\b/i.test(text)) return text;
  if (/^end\b/i.test(text)) return `at the end of ${text.replace(/^end( of)?\s+/i, '')}`;
  if (/^(\d|January|February|March|April|May|June|July|August|September|October|November|December)/.test(text)) {
    return `in ${text}`;
  }
  return `(${text})`;
}

/** Axis title for a unit, so the reader knows what the numbers count. */
export function axisLabel(unit: string): string {
  if (unit === '%') return 'Per cent (%)';
  if (unit === 'ratio') return 'Ratio (times as likely)';
  return unit.charAt(0).toUpperCase() + unit.slice(1);
}

/** A link's site name ("theguardian.com"), to name a source page without its long address. */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'source page';
  }
}

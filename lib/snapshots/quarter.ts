// Quarters are written "2025-Q3" everywhere (URLs, CLI, documents). The
// snapshot is as of the quarter's last day.
import { z } from 'zod';

export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

export interface Quarter {
  label: string;
  /** Last day of the quarter, YYYY-MM-DD. */
  asOf: string;
  /** Last month of the quarter, YYYY-MM. */
  lastMonth: string;
}

export function parseQuarter(label: string): Quarter | null {
  const match = QUARTER_PATTERN.exec(label.trim().toUpperCase());
  if (!match) return null;
  const year = Number(match[1]);
  const q = Number(match[2]);
  const lastMonth = q * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const mm = String(lastMonth).padStart(2, '0');
  return { label: `${year}-Q${q}`, asOf: `${year}-${mm}-${lastDay}`, lastMonth: `${year}-${mm}` };
}

export const quarterSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const quarter = parseQuarter(value);
    if (quarter) return quarter;
    ctx.addIssue({ code: 'custom', message: 'must be a quarter written YYYY-QN, e.g. 2025-Q3' });
    return z.NEVER;
  });

// Which months data.police.uk has stop-and-search records for, per force.
// Needed because stops-force answers a month it does not have with another
// month's data ("the latest month will be shown by default, even if no data
// is available for that force in that month"), and because the API only
// keeps about three years.
import { z } from 'zod';
import { UnexpectedAnswerError, type PoliceApiClient } from '@/lib/importers/police-api/api-client';
import { MONTH_PATTERN } from '@/lib/importers/police-uk/file-name';

export const availabilitySchema = z.array(
  z.object({
    date: z.string().regex(MONTH_PATTERN),
    'stop-and-search': z.array(z.string()).default([]),
  }),
);

export interface Availability {
  /** Months (YYYY-MM) with stop-and-search records for the force. */
  months: Set<string>;
  /** Whether the force appears in any month at all (else: a mistyped force id?). */
  forceKnown: boolean;
  /** First and last month the API has for any force. */
  earliest: string | null;
  latest: string | null;
}

export function readAvailability(body: unknown, force: string): Availability {
  const parsed = availabilitySchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UnexpectedAnswerError(`unexpected answer from crimes-street-dates (at ${issue?.path.join('.') || 'top level'}: ${issue?.message})`);
  }
  const months = new Set(parsed.data.filter((entry) => entry['stop-and-search'].includes(force)).map((entry) => entry.date));
  const all = parsed.data.map((entry) => entry.date).sort();
  return { months, forceKnown: months.size > 0, earliest: all[0] ?? null, latest: all.at(-1) ?? null };
}

export async function fetchAvailability(client: PoliceApiClient, force: string): Promise<Availability> {
  return readAvailability(await client.getJson('crimes-street-dates'), force);
}

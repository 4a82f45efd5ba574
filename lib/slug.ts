// Commitments, sources and indicators are addressed by short lowercase slugs.
// Anything else in an address (a null byte, a path, 10 kB of text) is simply
// not found, and never reaches the database, which would reject some of it
// with an error rather than an empty result.
import { z } from 'zod';

export const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);

/** The slug, or null when the value cannot be one. */
export function parseSlug(value: string): string | null {
  const parsed = slugSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

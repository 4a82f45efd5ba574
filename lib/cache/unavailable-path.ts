// Where readers go when the data they asked for is not cached and the database
// is down, and the page they came from (only a path on this site, never
// another host, so the link back cannot send anyone elsewhere).
import { z } from 'zod';

export const UNAVAILABLE_PATH = '/unavailable';

export const returnPathSchema = z
  .string()
  .max(2000)
  .regex(/^\/(?![/\\])/, { error: 'must be a path on this site' })
  .catch('/');

export function unavailablePagePath(from: string): string {
  return `${UNAVAILABLE_PATH}?from=${encodeURIComponent(returnPathSchema.parse(from))}`;
}

// ?revision=N on a snapshot's downloads: an earlier revision stays reachable
// after a correction, so a citation of it keeps resolving to the same bytes.
import { z } from 'zod';

const revisionSchema = z.coerce.number().int().min(0).max(999).optional();

export type RevisionParam = { ok: true; revision: number | undefined } | { ok: false; message: string };

export function parseRevisionParam(search: URLSearchParams): RevisionParam {
  const raw = search.get('revision');
  const parsed = revisionSchema.safeParse(raw === null || raw === '' ? undefined : raw);
  return parsed.success ? { ok: true, revision: parsed.data } : { ok: false, message: 'revision must be a whole number from 0 (the original) upwards' };
}

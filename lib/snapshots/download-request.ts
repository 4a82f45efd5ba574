// What both downloads of a published snapshot (/snapshots/<quarter>/snapshot.json
// and .zip) read from their request: the quarter in the path and an optional
// ?revision=N, so an earlier revision stays reachable after a correction and a
// citation of it keeps resolving to the same bytes. Bad input answers 400 and an
// unpublished quarter or revision 404, in the API's error shape.
import { z } from 'zod';
import { getSnapshot, type SnapshotView } from '@/lib/queries/snapshots';
import { parseQuarter } from '@/lib/snapshots/quarter';

const revisionSchema = z.coerce.number().int().min(0).max(999).optional();

function error(status: number, code: string, message: string, parameter: string): { response: Response } {
  return { response: Response.json({ error: { code, message, parameter } }, { status }) };
}

export async function snapshotForDownload(request: Request, quarterParam: string): Promise<{ view: SnapshotView } | { response: Response }> {
  const quarter = parseQuarter(quarterParam);
  if (!quarter) return error(400, 'invalid_parameter', 'quarter must be written YYYY-QN, e.g. 2025-Q3', 'quarter');
  const raw = new URL(request.url).searchParams.get('revision');
  const revision = revisionSchema.safeParse(raw === null || raw === '' ? undefined : raw);
  if (!revision.success) return error(400, 'invalid_parameter', 'revision must be a whole number from 0 (the original) upwards', 'revision');
  const view = await getSnapshot(quarter.label, revision.data);
  if (view) return { view };
  return revision.data === undefined
    ? error(404, 'not_found', `No snapshot has been published for ${quarter.label}.`, 'quarter')
    : error(404, 'not_found', `No snapshot has been published for ${quarter.label} revision ${revision.data}.`, 'revision');
}

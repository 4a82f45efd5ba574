// /snapshots/2025-Q3/snapshot.zip: the snapshot's tables as CSV, its JSON, README and manifest.
import { zipResponse } from '@/lib/archives/zip-archive';
import { env, siteOrigin } from '@/lib/env';
import { getSnapshot } from '@/lib/queries/snapshots';
import { snapshotArchive } from '@/lib/snapshots/snapshot-archive';
import { parseQuarter } from '@/lib/snapshots/quarter';
import { parseRevisionParam } from '@/lib/snapshots/revision-param';

export async function GET(request: Request, { params }: { params: Promise<{ quarter: string }> }): Promise<Response> {
  const quarter = parseQuarter((await params).quarter);
  if (!quarter) return Response.json({ error: { code: 'invalid_parameter', message: 'quarter must be written YYYY-QN, e.g. 2025-Q3', parameter: 'quarter' } }, { status: 400 });
  const revision = parseRevisionParam(new URL(request.url).searchParams);
  if (!revision.ok) return Response.json({ error: { code: 'invalid_parameter', message: revision.message, parameter: 'revision' } }, { status: 400 });
  const view = await getSnapshot(quarter.label, revision.revision);
  if (!view) {
    const what = revision.revision === undefined ? quarter.label : `${quarter.label} revision ${revision.revision}`;
    return Response.json({ error: { code: 'not_found', message: `No snapshot has been published for ${what}.`, parameter: revision.revision === undefined ? 'quarter' : 'revision' } }, { status: 404 });
  }
  const archive = snapshotArchive(view.snapshot, `${siteOrigin(env)}/snapshots/${quarter.label}`);
  return zipResponse(`snapshot-${quarter.label}-r${view.snapshot.revision}.zip`, archive);
}

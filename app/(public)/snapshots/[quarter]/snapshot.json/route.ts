// /snapshots/2025-Q3/snapshot.json: the published document, byte for byte the
// canonical JSON whose SHA-256 was published (checked on every read).
import { getSnapshot } from '@/lib/queries/snapshots';
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
  const { snapshot } = view;
  return new Response(snapshot.json, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="snapshot-${snapshot.quarter}-r${snapshot.revision}.json"`,
      'X-Content-SHA256': snapshot.sha256,
    },
  });
}

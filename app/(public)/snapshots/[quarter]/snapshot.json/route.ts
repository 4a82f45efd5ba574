// /snapshots/2025-Q3/snapshot.json: the published document, byte for byte the
// canonical JSON whose SHA-256 was published (checked on every read).
import { getSnapshot } from '@/lib/queries/snapshots';
import { parseQuarter } from '@/lib/snapshots/quarter';

export async function GET(_request: Request, { params }: { params: Promise<{ quarter: string }> }): Promise<Response> {
  const quarter = parseQuarter((await params).quarter);
  if (!quarter) return Response.json({ error: { code: 'invalid_parameter', message: 'quarter must be written YYYY-QN, e.g. 2025-Q3', parameter: 'quarter' } }, { status: 400 });
  const view = await getSnapshot(quarter.label);
  if (!view) return Response.json({ error: { code: 'not_found', message: `No snapshot has been published for ${quarter.label}.`, parameter: 'quarter' } }, { status: 404 });
  const { snapshot } = view;
  return new Response(snapshot.json, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="snapshot-${snapshot.quarter}-r${snapshot.revision}.json"`,
      'X-Content-SHA256': snapshot.sha256,
    },
  });
}

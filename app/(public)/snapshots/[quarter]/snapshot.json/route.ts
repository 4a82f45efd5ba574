// /snapshots/2025-Q3/snapshot.json: the published document, byte for byte the
// canonical JSON whose SHA-256 was published (checked on every read).
import { snapshotForDownload } from '@/lib/snapshots/download-request';

export async function GET(request: Request, { params }: { params: Promise<{ quarter: string }> }): Promise<Response> {
  const found = await snapshotForDownload(request, (await params).quarter);
  if ('response' in found) return found.response;
  const { snapshot } = found.view;
  return new Response(snapshot.json, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="snapshot-${snapshot.quarter}-r${snapshot.revision}.json"`,
      'X-Content-SHA256': snapshot.sha256,
    },
  });
}

// /snapshots/2025-Q3/snapshot.zip: the snapshot's tables as CSV, its JSON, README and manifest.
import { zipResponse } from '@/lib/archives/zip-archive';
import { env, siteOrigin } from '@/lib/env';
import { snapshotArchive } from '@/lib/snapshots/snapshot-archive';
import { snapshotForDownload } from '@/lib/snapshots/download-request';

export async function GET(request: Request, { params }: { params: Promise<{ quarter: string }> }): Promise<Response> {
  const found = await snapshotForDownload(request, (await params).quarter);
  if ('response' in found) return found.response;
  const { snapshot } = found.view;
  const archive = snapshotArchive(snapshot, `${siteOrigin(env)}/snapshots/${snapshot.quarter}`);
  return zipResponse(`snapshot-${snapshot.quarter}-r${snapshot.revision}.zip`, archive);
}

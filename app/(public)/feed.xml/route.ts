// /feed.xml: published snapshots, corrections and commitment status changes, as Atom.
import { cachedGet, preflight } from '@/app/api/v1/_lib/http';
import { assertKnownParameters } from '@/app/api/v1/_lib/respond';
import { atomResponse } from '@/lib/feeds/feed-response';
import { getSiteFeed } from '@/lib/queries/feeds';

export async function GET(request: Request): Promise<Response> {
  return cachedGet(request, async () => {
    assertKnownParameters(new URL(request.url).searchParams, []);
    return atomResponse(await getSiteFeed());
  });
}

export const OPTIONS = preflight;

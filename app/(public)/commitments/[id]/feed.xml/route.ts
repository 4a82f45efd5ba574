// /commitments/<id>/feed.xml: one commitment's dated updates, as Atom.
import { cachedGet, preflight } from '@/app/api/v1/_lib/http';
import { apiError, assertKnownParameters } from '@/app/api/v1/_lib/respond';
import { atomResponse } from '@/lib/feeds/feed-response';
import { getCommitmentFeed } from '@/lib/queries/feeds';
import { parseSlug } from '@/lib/slug';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return cachedGet(request, async () => {
    assertKnownParameters(new URL(request.url).searchParams, []);
    const slug = parseSlug((await context.params).id);
    const feed = slug ? await getCommitmentFeed(slug) : null;
    if (!feed) return apiError(404, 'not_found', 'There is no commitment with that id.', 'id');
    return atomResponse(feed);
  });
}

export const OPTIONS = preflight;

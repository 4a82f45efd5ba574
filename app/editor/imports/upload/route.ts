// POST /editor/imports/upload: monthly stop-and-search files from the editor's
// imports page. Who is asking is checked before a byte of the body is read;
// then the size and type checks while it streams to temporary files; then each
// file is imported (its audit entry in its own transaction) while progress and
// reports stream back as newline-delimited JSON (lib/uploads/upload-events.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { authorize } from '@/lib/auth/guarded-action';
import type { RequestContext } from '@/lib/auth/request-context';
import { afterResponse } from '@/lib/cache/after-response';
import { revalidatePublicPath } from '@/lib/cache/revalidate-public';
import { env } from '@/lib/env';
import { errorResponse } from '@/lib/errors';
import { ensureRequestId, REQUEST_ID_HEADER } from '@/lib/logging/request-id';
import { receiveUploads } from '@/lib/uploads/receive-uploads';
import { checkUploadHeaders } from '@/lib/uploads/request-checks';
import { UploadError } from '@/lib/uploads/upload-error';
import { importEventStream } from '@/lib/uploads/upload-stream';

export const dynamic = 'force-dynamic';

/** The response, labelled with the request id its log lines carry. */
function labelled(response: Response, requestId: string): Response {
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export async function POST(request: Request): Promise<Response> {
  // proxy.ts does not see this route (see its matcher), so the id is made here.
  const requestId = ensureRequestId(request.headers);
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  // The files import while the response streams, after this handler has
  // returned, when Next.js no longer applies revalidations; after() runs once
  // the stream has closed, inside the request, where they take effect.
  const changed = new Set<string>();
  afterResponse(() => changed.forEach((p) => revalidatePublicPath(p, 'layout')));
  const context: RequestContext = { headers, revalidate: (p) => changed.add(p) };
  const actor = await authorize(context, 'EDITOR');
  if ('ok' in actor) return labelled(errorResponse(actor), requestId);
  const refused = checkUploadHeaders(request.headers);
  if (refused) return labelled(errorResponse(refused), requestId);
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set: start the app with `npm start`.');

  const dir = await mkdtemp(path.join(os.tmpdir(), 'met-upload-'));
  try {
    const upload = await receiveUploads(request.headers, request.body, dir);
    const body = importEventStream(env.DATABASE_URL, { ...upload, dir, actorId: actor.id }, context);
    return new Response(body, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', [REQUEST_ID_HEADER]: requestId } });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    if (error instanceof UploadError) return labelled(errorResponse(error), requestId);
    throw error;
  }
}

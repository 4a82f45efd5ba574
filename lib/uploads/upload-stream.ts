// The upload's response body: newline-delimited JSON events while the files
// import, then the public pages refreshed and the temporary files deleted,
// whatever happened.
import 'server-only';
import { rm } from 'node:fs/promises';
import { revalidateAll } from '@/lib/auth/guarded-action';
import type { RequestContext } from '@/lib/auth/request-context';
import type { PoliceDatabase } from '@/lib/importers/police-uk/pg-client';
import { logForRequest } from '@/lib/log';
import { importUploads } from '@/lib/uploads/import-uploads';
import type { ReceivedUpload } from '@/lib/uploads/receive-uploads';
import { encodeEvent, type UploadEvent } from '@/lib/uploads/upload-events';

/** Every public page shows figures counted from the imported records, so the whole site is refreshed. */
export const PAGES_SHOWING_IMPORTS = ['/'];

export function importEventStream(db: PoliceDatabase, upload: ReceivedUpload & { dir: string; actorId: string }, request: RequestContext): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const emit = (event: UploadEvent) => {
        // The person may have closed the page: the imports still finish (each
        // is whole or nothing), there is just nobody to tell.
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(encodeEvent(event)));
        } catch {
          open = false;
        }
      };
      try {
        emit({ type: 'received', files: upload.files.map((f) => ({ file: f.name, bytes: f.bytes })) });
        const loaded = await importUploads(db, upload.files, { actorId: upload.actorId, replace: upload.replace, emit, log: logForRequest(request.headers) });
        if (loaded > 0) revalidateAll(request, PAGES_SHOWING_IMPORTS);
      } finally {
        await rm(upload.dir, { recursive: true, force: true });
        if (open) controller.close();
      }
    },
  });
}

// Reads a multipart upload with busboy, streaming each file to a temporary
// folder, and enforcing every limit while the bytes arrive: the request's size,
// the number of files, each file's size, name and opening bytes. The first
// problem stops reading at once and is what the person is told.
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import { checkUploadName } from '@/lib/uploads/file-checks';
import { UPLOAD_LIMITS } from '@/lib/uploads/limits';
import { tooLarge } from '@/lib/uploads/request-checks';
import { storeFile, type StoredUpload } from '@/lib/uploads/store-file';
import { UploadError } from '@/lib/uploads/upload-error';

export interface ReceivedUpload {
  files: StoredUpload[];
  /** The "replace the month already loaded" box was ticked. */
  replace: boolean;
}

/** Counts the body as it streams, for requests that did not declare their length (or lied). */
function requestSizeGuard(): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      done(total > UPLOAD_LIMITS.maxRequestBytes ? tooLarge() : null, chunk);
    },
  });
}

const malformed = () => new UploadError(400, 'bad_upload', 'The upload was cut off or is not a valid form. Please try again.');

export async function receiveUploads(headers: Headers, body: ReadableStream<Uint8Array> | null, dir: string): Promise<ReceivedUpload> {
  if (!body) throw new UploadError(400, 'no_files', 'Choose at least one file to upload.');
  const source = Readable.fromWeb(body as WebReadableStream<Uint8Array>);
  const parser = busboy({
    headers: Object.fromEntries(headers),
    defParamCharset: 'utf8',
    limits: { fileSize: UPLOAD_LIMITS.maxFileBytes, files: UPLOAD_LIMITS.maxFiles, fields: 4, fieldSize: 64, parts: UPLOAD_LIMITS.maxFiles + 4 },
  });
  const guard = requestSizeGuard();
  let firstError: UploadError | null = null;
  const abort = (error: unknown) => {
    firstError ??= error instanceof UploadError ? error : malformed();
    // Failing the middle of the pipeline stops reading the body and tears down
    // both ends, with every error landing in the pipeline's promise.
    guard.destroy(firstError);
  };
  const stored: Promise<StoredUpload | null>[] = [];
  let replace = false;

  parser.on('file', (_field, stream, info) => {
    // A form sent with no file chosen has one empty, nameless part.
    // Skipped parts are drained; their errors (the form cut short) are the pipeline's to report.
    stream.on('error', () => undefined);
    if (!info.filename) return void stream.resume();
    const refused = checkUploadName(info.filename);
    if (refused) {
      stream.resume();
      return abort(new UploadError(415, 'not_police_csv', refused));
    }
    const target = path.join(dir, `${stored.length}.csv`);
    stored.push(storeFile(stream, info.filename, target).catch((error: unknown) => (abort(error), null)));
  });
  parser.on('field', (name, value) => {
    if (name === 'replace') replace = value === 'on' || value === 'true';
  });
  parser.on('filesLimit', () => abort(new UploadError(413, 'too_many_files', `Upload at most ${UPLOAD_LIMITS.maxFiles} files at a time.`)));

  try {
    await pipeline(source, guard, parser);
  } catch (error) {
    // Let every file already opened close before the caller deletes the folder.
    await Promise.allSettled(stored);
    throw firstError ?? (error instanceof UploadError ? error : malformed());
  }
  const files = await Promise.all(stored);
  if (firstError) throw firstError;
  const received = files.filter((file): file is StoredUpload => file !== null);
  if (received.length === 0) throw new UploadError(400, 'no_files', 'Choose at least one file to upload.');
  return { files: received, replace };
}

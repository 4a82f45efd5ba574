// Writes one uploaded file to disk as it arrives, checking its opening bytes
// on the way and stopping at the per-file size limit: a refused file is never
// read to its end, let alone parsed.
import { createWriteStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkFileHead, HEAD_BYTES } from '@/lib/uploads/file-checks';
import { formatBytes, UPLOAD_LIMITS } from '@/lib/uploads/limits';
import { UploadError } from '@/lib/uploads/upload-error';

export interface StoredUpload {
  /** The name the browser gave, as the person will recognise it. */
  name: string;
  path: string;
  bytes: number;
}

/** Passes bytes through, having checked the first line once it (or HEAD_BYTES) has arrived. */
function headInspector(name: string): Transform {
  let head = Buffer.alloc(0);
  let checked = false;
  const check = () => {
    checked = true;
    const problem = checkFileHead(head, name);
    return problem ? new UploadError(415, 'not_police_csv', problem) : null;
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!checked) {
        head = Buffer.concat([head, chunk]);
        if (head.length >= HEAD_BYTES || head.includes(0x0a)) {
          const problem = check();
          if (problem) return done(problem);
        }
      }
      done(null, chunk);
    },
    flush(done) {
      done(checked ? null : check());
    },
  });
}

export async function storeFile(stream: Readable & { truncated?: boolean }, name: string, target: string): Promise<StoredUpload> {
  let bytes = 0;
  const inspector = headInspector(name);
  // busboy stops passing bytes at its fileSize limit and says so with 'limit'.
  stream.on('limit', () => {
    inspector.destroy(new UploadError(413, 'file_too_large', `${name} is larger than ${formatBytes(UPLOAD_LIMITS.maxFileBytes)}, the most one file may be.`));
  });
  stream.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  await pipeline(stream, inspector, createWriteStream(target));
  return { name, path: target, bytes };
}

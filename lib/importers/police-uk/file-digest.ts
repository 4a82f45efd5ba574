// One cheap pass over the file before parsing: its sha256 (how a re-import of
// the same file is recognised, before a single row is read), its size, and
// how many lines it has and whether the last one ends with a line break (for
// the progress bar's row estimate).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export interface FileDigest {
  sha256: string;
  bytes: number;
  lineBreaks: number;
  endsWithNewline: boolean;
}

export async function digestFile(filePath: string): Promise<FileDigest> {
  const hash = createHash('sha256');
  let bytes = 0;
  let lineBreaks = 0;
  let last = -1;
  for await (const chunk of createReadStream(filePath, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lineBreaks++;
    last = chunk[chunk.length - 1] ?? last;
  }
  return { sha256: hash.digest('hex'), bytes, lineBreaks, endsWithNewline: last === 10 };
}

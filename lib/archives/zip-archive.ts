// One way to build the ZIP downloads (snapshot packs, the full open-data
// download). Entries get a fixed timestamp so the same files always give the
// same bytes: a published archive can be rebuilt and its hash compared.
import { createHash } from 'node:crypto';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export interface ArchiveFile {
  /** Path inside the archive, with forward slashes. */
  path: string;
  content: string | Uint8Array;
}

export interface ManifestEntry {
  path: string;
  bytes: number;
  sha256: string;
}

const FIXED_MTIME = new Date('2000-01-01T00:00:00Z');

export function sha256Hex(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

function bytesOf(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? strToU8(content) : content;
}

export function manifestOf(files: ArchiveFile[]): ManifestEntry[] {
  return files.map((file) => {
    const bytes = bytesOf(file.content);
    return { path: file.path, bytes: bytes.byteLength, sha256: sha256Hex(bytes) };
  });
}

/**
 * Builds the archive in memory: every archive we publish is made of tables
 * already sized for a page or an API answer, not record-level data (that is
 * streamed as CSV instead).
 */
export function buildZip(files: ArchiveFile[]): Uint8Array {
  const seen = new Set<string>();
  const tree: Zippable = {};
  for (const file of files) {
    if (seen.has(file.path)) throw new Error(`Two files in one archive share the path ${file.path}`);
    seen.add(file.path);
    tree[file.path] = [bytesOf(file.content), { mtime: FIXED_MTIME }];
  }
  return zipSync(tree, { level: 6 });
}

/** Reads an archive back into its files (used by tests and by checks on published archives). */
export function readZip(archive: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(archive)));
}

export function zipResponse(filename: string, archive: Uint8Array): Response {
  return new Response(archive as unknown as BodyInit, {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '-')}"`,
      'Content-Length': String(archive.byteLength),
    },
  });
}

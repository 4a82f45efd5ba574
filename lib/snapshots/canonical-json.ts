// The published bytes of a snapshot: RFC 8785 canonical JSON (sorted keys, no
// whitespace, fixed number format), so the same content always hashes the same.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('A snapshot document must be a JSON value.');
  return text;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

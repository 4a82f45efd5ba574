// The sha256 that identifies one month's API response in import_batches.
// It is taken over a canonical form of the JSON (object keys sorted, no
// whitespace), not the raw bytes: the API does not promise key order or
// formatting, and a response that differs only in those must be recognised
// as the month already imported. The order of stops is kept, because line
// numbers in reports follow it.
import { createHash } from 'node:crypto';

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function responseSha256(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

// Seeded rows whose table gives them a random UUID get a name-based one
// instead (RFC 4122 version 5 layout), so every database seeded from the same
// files holds the same ids and a reseed can find each row again.
import { createHash } from 'node:crypto';

const NAMESPACE = 'met-accountability-dashboard/seed';

export function seedUuid(kind: string, key: string): string {
  const bytes = createHash('sha1').update(`${NAMESPACE}:${kind}:${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './database-unavailable';

describe('isDatabaseUnavailable', () => {
  it('recognises refused and dropped connections, however deeply wrapped', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new Error('query failed', { cause: new Error('wrapped', { cause: refused }) }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([refused], 'all failed'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(new DatabaseUnavailableError(refused))).toBe(true);
    // Prisma's raw-query failure (P2010) with the adapter's error kept in meta, as a stopped server gives.
    const adapterError = Object.assign(new Error('DatabaseNotReachable'), { cause: { kind: 'DatabaseNotReachable' } });
    expect(isDatabaseUnavailable(Object.assign(new Error('Raw query failed.'), { code: 'P2010', meta: { driverAdapterError: adapterError } }))).toBe(true);
  });

  it('does not mistake bad SQL or bad data for an outage', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('relation "x" does not exist'), { code: '42P01' }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { fromCacheJson, toCacheJson } from './json-with-dates';

describe('cache JSON', () => {
  it('brings Dates back as Dates, nested in arrays and objects', () => {
    const value = { asOf: new Date('2024-03-01T00:00:00Z'), rows: [{ at: new Date(0), n: 2, s: 'x', none: null }] };
    const back = fromCacheJson<typeof value>(toCacheJson(value));
    expect(back.asOf).toBeInstanceOf(Date);
    expect(back.asOf.toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(back.rows[0]!.at.getTime()).toBe(0);
    expect(back.rows[0]).toMatchObject({ n: 2, s: 'x', none: null });
  });

  it('refuses bigints rather than losing them', () => {
    expect(() => toCacheJson({ count: 3n })).toThrow(/bigint at "count"/);
  });

  it('leaves ordinary objects that merely have other keys alone', () => {
    expect(fromCacheJson(toCacheJson({ a: { $date: 'x', other: 1 } }))).toEqual({ a: { $date: 'x', other: 1 } });
  });
});

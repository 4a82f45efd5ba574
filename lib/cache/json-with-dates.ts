// Next.js stores cached values as JSON, which turns a Date into a string. Query
// results carry Dates (as-of dates, import times), so they are tagged on the
// way in and rebuilt on the way out; nothing else in query results needs it.
const DATE_KEY = '$date';

export function toCacheJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const raw = this[key];
    if (raw instanceof Date) return { [DATE_KEY]: raw.toISOString() };
    if (typeof raw === 'bigint') throw new TypeError(`A cached query returned a bigint at "${key}": convert it to a number first.`);
    return v;
  });
}

export function fromCacheJson<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      if (keys.length === 1 && keys[0] === DATE_KEY) return new Date((v as Record<string, string>)[DATE_KEY]!);
    }
    return v;
  }) as T;
}

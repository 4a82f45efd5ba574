import { describe, expect, it } from 'vitest';
import { expireResponseCache, responseCacheGeneration } from './generation';
import { ResponseStore } from './response-store';

function entry(bytes = 10) {
  return { status: 200, headers: { 'content-type': 'text/html' }, body: Buffer.alloc(bytes, 97), gzip: Buffer.alloc(1), brotli: Buffer.alloc(1), generation: responseCacheGeneration() };
}

describe('ResponseStore', () => {
  it('is fresh for the set time, then stale but still there for the next render to replace', () => {
    let now = 1_000;
    const store = new ResponseStore({ freshForMs: 10_000, maxBytes: 1_000_000, now: () => now });
    store.keep('/', entry());
    expect(store.lookup('/')?.fresh).toBe(true);
    now += 9_999;
    expect(store.lookup('/')?.fresh).toBe(true);
    now += 1;
    expect(store.lookup('/')).toMatchObject({ fresh: false });
    expect(store.ageSeconds(store.lookup('/')!.entry)).toBe(10);
  });

  it('drops everything kept before a write, and refuses an answer rendered before it', () => {
    const store = new ResponseStore({ freshForMs: 60_000, maxBytes: 1_000_000 });
    store.keep('/', entry());
    const renderedBefore = entry();
    expireResponseCache();
    expect(store.lookup('/')).toBeUndefined();
    store.keep('/commitments', renderedBefore);
    expect(store.lookup('/commitments')).toBeUndefined();
    store.keep('/commitments', entry());
    expect(store.lookup('/commitments')?.fresh).toBe(true);
  });

  it('lets one request at a time render a given page, and tells the others when it is done', async () => {
    const store = new ResponseStore({ freshForMs: 1, maxBytes: 1_000 });
    expect(store.startFill('/')).toBe(true);
    expect(store.startFill('/')).toBe(false);
    expect(store.startFill('/other')).toBe(true);
    let told = false;
    const waiting = store.whenFilled('/').then(() => (told = true));
    await Promise.resolve();
    expect(told).toBe(false);
    store.endFill('/');
    await waiting;
    expect(told).toBe(true);
    expect(store.startFill('/')).toBe(true);
    await store.whenFilled('/nothing-rendering');
  });

  it('stays within its memory bound, dropping the least recently used answers', () => {
    const store = new ResponseStore({ freshForMs: 60_000, maxBytes: 4_000 });
    for (let i = 0; i < 10; i++) store.keep(`/p${i}`, entry(400));
    const kept = Array.from({ length: 10 }, (_, i) => store.lookup(`/p${i}`) !== undefined);
    expect(kept.filter(Boolean).length).toBeLessThanOrEqual(4);
    expect(kept.at(-1)).toBe(true);
    expect(kept[0]).toBe(false);
    // An answer larger than a quarter of the cache is not kept at all.
    store.keep('/huge', entry(2_000));
    expect(store.lookup('/huge')).toBeUndefined();
  });
});

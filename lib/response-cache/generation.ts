// Every write through the app must show at once on the public pages, so it
// moves this counter and the response cache drops whatever it kept before.
// The counter lives on globalThis because the custom server (scripts/serve)
// and the app code Next.js compiled load separate copies of this module in
// the same process; a module-level variable would not be shared.
const KEY = Symbol.for('met-dashboard.response-cache.generation');

type Holder = typeof globalThis & { [KEY]?: number };

export function responseCacheGeneration(): number {
  return (globalThis as Holder)[KEY] ?? 0;
}

export function expireResponseCache(): void {
  (globalThis as Holder)[KEY] = responseCacheGeneration() + 1;
}

// The kept answers, in memory and bounded by size (least recently used go
// first). Freshness is judged here rather than by the LRU's own TTL so that an
// expired answer can still be sent while one request renders its successor.
import { LRUCache } from 'lru-cache';
import { responseCacheGeneration } from './generation';

export interface StoredResponse {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  storedAt: number;
  generation: number;
}

export interface Lookup {
  entry: StoredResponse;
  fresh: boolean;
}

export interface ResponseStoreOptions {
  freshForMs: number;
  maxBytes: number;
  now?: () => number;
}

export class ResponseStore {
  private readonly entries: LRUCache<string, StoredResponse>;
  private readonly filling = new Map<string, { done: Promise<void>; resolve: () => void }>();
  private readonly now: () => number;

  constructor(private readonly options: ResponseStoreOptions) {
    this.now = options.now ?? Date.now;
    this.entries = new LRUCache<string, StoredResponse>({
      maxSize: options.maxBytes,
      // One answer may not take more than a quarter of the cache.
      maxEntrySize: Math.max(1, Math.floor(options.maxBytes / 4)),
      sizeCalculation: (e) => e.body.length + e.gzip.length + e.brotli.length + 512,
    });
  }

  /** The kept answer for this key, unless a write happened since it was kept. */
  lookup(key: string): Lookup | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.generation !== responseCacheGeneration()) {
      this.entries.delete(key);
      return undefined;
    }
    return { entry, fresh: this.now() - entry.storedAt < this.options.freshForMs };
  }

  keep(key: string, entry: Omit<StoredResponse, 'storedAt'>): void {
    // Rendered before a write that happened meanwhile: it may show the old data.
    if (entry.generation !== responseCacheGeneration()) return;
    this.entries.set(key, { ...entry, storedAt: this.now() });
  }

  /** True if this caller should render the answer; false if another request is already doing so. */
  startFill(key: string): boolean {
    if (this.filling.has(key)) return false;
    let resolve: () => void = () => {};
    const done = new Promise<void>((r) => (resolve = r));
    this.filling.set(key, { done, resolve });
    return true;
  }

  endFill(key: string): void {
    const fill = this.filling.get(key);
    this.filling.delete(key);
    fill?.resolve();
  }

  /** Settles when the request rendering this answer has finished (kept or not). */
  whenFilled(key: string): Promise<void> {
    return this.filling.get(key)?.done ?? Promise.resolve();
  }

  ageSeconds(entry: StoredResponse): number {
    return Math.max(0, Math.floor((this.now() - entry.storedAt) / 1000));
  }
}

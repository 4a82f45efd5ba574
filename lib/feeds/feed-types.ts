// What a feed says, before it is written as Atom: plain data the query layer
// builds (and the data cache can hold), so the XML writer stays a pure function.

export interface FeedLink {
  title: string;
  /** A path on this site ("/snapshots/2025-Q3") or an absolute URL (evidence elsewhere). */
  href: string;
}

export interface FeedEntry {
  /** The row it reports, so the entry's id never changes: "snapshot/<uuid>", "status-update/<uuid>". */
  key: string;
  title: string;
  /** When the thing the entry reports was published here; never the time of the request. */
  updated: Date;
  /** The page that shows it. */
  path: string;
  /** Plain sentences, one paragraph each. */
  paragraphs: string[];
  links: FeedLink[];
}

export interface FeedData {
  title: string;
  subtitle: string;
  /** The page the feed follows, and the feed's own path. */
  pagePath: string;
  selfPath: string;
  /** Used for the feed's <updated> when it has no entry yet. */
  emptyUpdated: Date;
  /** Newest first. */
  entries: FeedEntry[];
}

/** How many entries a feed carries: readers poll it, so it stays small. */
export const FEED_LIMIT = 50;

/** Newest first; equal times fall back to the key so the order never depends on the database's mood. */
export function byNewest(a: FeedEntry, b: FeedEntry): number {
  const time = b.updated.getTime() - a.updated.getTime();
  if (time !== 0) return time;
  return a.key < b.key ? 1 : a.key > b.key ? -1 : 0;
}

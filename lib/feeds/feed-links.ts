// The feeds' <link rel="alternate"> entries, for Next.js metadata. A page that
// sets `alternates` replaces the layout's, so pages with a feed of their own
// list the site feed again beside it.
import type { Metadata } from 'next';

type AlternateTypes = NonNullable<NonNullable<Metadata['alternates']>['types']>;

export const SITE_FEED = { url: '/feed.xml', title: 'Snapshots, corrections and status changes (Atom)' };

export function commitmentFeedPath(id: string): string {
  return `/commitments/${encodeURIComponent(id)}/feed.xml`;
}

export function feedAlternates(...extra: { url: string; title: string }[]): { types: AlternateTypes } {
  return { types: { 'application/atom+xml': [...extra, SITE_FEED] } };
}

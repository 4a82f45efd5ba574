// Writes a feed as Atom with the `feed` library. Ids are tag: URIs (RFC 4151)
// made from the site's host and each entry's database key, so they stay the
// same however often the feed is read; dates come from the data, so the same
// data always gives the same bytes (and the same ETag).
import { Feed } from 'feed';
import type { FeedData, FeedEntry } from './feed-types';

// The year in the tag: URIs; fixed forever, or every id would change.
const TAG_YEAR = 2026;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function atomId(origin: string, key: string): string {
  return `tag:${new URL(origin).hostname},${TAG_YEAR}:${key}`;
}

function absolute(origin: string, href: string): string {
  return new URL(href, origin).toString();
}

function entryHtml(origin: string, entry: FeedEntry): string {
  const paragraphs = entry.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  const links = entry.links.map((l) => `<li><a href="${escapeHtml(absolute(origin, l.href))}">${escapeHtml(l.title)}</a></li>`).join('');
  return links ? `${paragraphs}<ul>${links}</ul>` : paragraphs;
}

export function atomXml(data: FeedData, origin: string): string {
  const newest = data.entries[0]?.updated ?? data.emptyUpdated;
  const feed = new Feed({
    id: atomId(origin, `feed${data.selfPath}`),
    title: data.title,
    description: data.subtitle,
    link: absolute(origin, data.pagePath),
    feedLinks: { atom: absolute(origin, data.selfPath) },
    updated: newest,
    language: 'en-GB',
    author: { name: 'Met Police accountability dashboard', link: absolute(origin, '/about') },
    copyright: 'See /about for sources and licences.',
    generator: false,
  });
  for (const entry of data.entries) {
    feed.addItem({
      id: atomId(origin, entry.key),
      // The library writes titles as HTML: escaped, they read as the plain words they are.
      title: escapeHtml(entry.title),
      link: absolute(origin, entry.path),
      date: entry.updated,
      content: entryHtml(origin, entry),
    });
  }
  return feed.atom1();
}

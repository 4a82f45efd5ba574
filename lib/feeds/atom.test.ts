import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomXml } from './atom';
import { byNewest, type FeedData, type FeedEntry } from './feed-types';

const entry = (key: string, iso: string, title = 'A & B <c>'): FeedEntry => ({
  key,
  title,
  updated: new Date(iso),
  path: '/snapshots/2025-Q3?revision=0',
  paragraphs: ['What was wrong: x < y & "z".'],
  links: [{ title: 'Evidence', href: 'https://example.org/report?a=1' }],
});

const data = (entries: FeedEntry[]): FeedData => ({
  title: 'Test feed',
  subtitle: 'For tests',
  pagePath: '/snapshots',
  selfPath: '/feed.xml',
  emptyUpdated: new Date(0),
  entries,
});

const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'entry' || n === 'link' }).parse(xml).feed;

describe('atomXml', () => {
  it('writes tag: ids from the host, the newest entry as the feed date, and plain words escaped once', () => {
    const feed = parse(atomXml(data([entry('snapshot/b', '2026-02-01T00:00:00Z'), entry('snapshot/a', '2026-01-01T00:00:00Z')]), 'https://dash.example:8443'));
    expect(feed.id).toBe('tag:dash.example,2026:feed/feed.xml');
    expect(feed.updated).toBe('2026-02-01T00:00:00.000Z');
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual(['tag:dash.example,2026:snapshot/b', 'tag:dash.example,2026:snapshot/a']);
    // The title is HTML: an HTML reader turns the escapes back into the plain title.
    expect(feed.entry[0].title['#text']).toBe('A &#38; B &#60;c&#62;');
    expect(feed.entry[0].content['#text']).toContain('<a href="https://example.org/report?a=1">Evidence</a>');
    expect(feed.entry[0].link[0]['@href']).toBe('https://dash.example:8443/snapshots/2025-Q3?revision=0');
  });

  it('gives the same bytes for the same data, and a fixed date when empty', () => {
    const entries = [entry('x', '2026-01-01T00:00:00Z')];
    expect(atomXml(data(entries), 'http://localhost:3000')).toBe(atomXml(data(entries), 'http://localhost:3000'));
    expect(parse(atomXml(data([]), 'http://localhost:3000')).updated).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('byNewest', () => {
  it('orders by time, newest first, then by key, highest first', () => {
    const sorted = [entry('a', '2026-01-01T00:00:00Z'), entry('c', '2025-01-01T00:00:00Z'), entry('b', '2026-01-01T00:00:00Z')].sort(byNewest);
    expect(sorted.map((e) => e.key)).toEqual(['b', 'a', 'c']);
  });
});

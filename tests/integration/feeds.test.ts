// The Atom feeds against the real seeded catalogue and real published
// snapshots: the XML is read back with a real XML parser, its required Atom
// elements are checked, and its entries (ids, dates, order, count) must equal
// what plain SQL over snapshots and status_updates says they should be.
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../prisma/seed/seed-database.ts';
import { pointAppAt, releaseApp, TEST_ORIGIN } from './support/app-database.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

type Handler = (request: Request, context?: any) => Promise<Response>; // route context is what Next passes
type Json = Record<string, any>; // parsed XML is what is under test

let db: TestDatabase;
let siteGet: Handler;
let commitmentGet: Handler;
const HOST = new URL(TEST_ORIGIN).hostname;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link'].includes(name) });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDatabase(db.prisma);
  pointAppAt(db);
  const { publishSnapshot } = await import('../../lib/snapshots/publish.ts');
  const { parseQuarter } = await import('../../lib/snapshots/quarter.ts');
  for (const label of ['2024-Q4', '2025-Q1']) await publishSnapshot(db.prisma, db.prisma, parseQuarter(label)!, null);
  await publishSnapshot(db.prisma, db.prisma, parseQuarter('2024-Q4')!, null, { note: 'A deadline was <misread> & fixed.' });
  // An editor's correction and a piece of evidence with no status, recorded after the catalogue.
  const [target] = await db.sql<{ id: string; commitment_id: string }>(`SELECT id::text, commitment_id FROM status_updates WHERE status IS NOT NULL ORDER BY id LIMIT 1`);
  await db.sql(
    `INSERT INTO status_updates (id, commitment_id, status, as_of, note, corrects_id, recorded_at)
     VALUES (gen_random_uuid(), $1, 'late', '2025-02-01', 'The earlier entry misread the date.', $2, '2026-01-05T10:00:00Z'),
            (gen_random_uuid(), $1, NULL, '2025-03-01', 'A progress report was published.', NULL, '2026-01-06T10:00:00Z')`,
    [target!.commitment_id, target!.id],
  );
  // More status entries than a feed carries, some recorded at the same instant, so the bound and the tie order are both exercised.
  await db.sql(
    `INSERT INTO status_updates (id, commitment_id, status, as_of, note, recorded_at)
     SELECT gen_random_uuid(), c.id, 'in_progress', '2025-01-15', 'Work reported under way.', '2025-12-01T09:00:00Z'::timestamptz + (n / 3) * interval '1 hour'
       FROM (SELECT id FROM commitments ORDER BY id LIMIT 10) c CROSS JOIN generate_series(1, 4) n`,
  );
  siteGet = (await import('../../app/(public)/feed.xml/route.ts')).GET;
  commitmentGet = (await import('../../app/(public)/commitments/[id]/feed.xml/route.ts')).GET;
}, 120_000);

afterAll(async () => {
  await releaseApp();
  await db?.drop();
});

const tag = (key: string) => `tag:${HOST},2026:${key}`;
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

// The entries a feed must carry, written out in SQL: newest first, ties by id, at most 50.
async function expectedEntries(entriesSql: string, params: unknown[] = []): Promise<{ id: string; updated: string }[]> {
  const rows = await db.sql<{ key: string; updated: string }>(
    `SELECT key, ${iso('updated')} AS updated FROM (${entriesSql}) e ORDER BY e.updated DESC, e.key COLLATE "C" DESC LIMIT 50`,
    params,
  );
  return rows.map((r) => ({ id: tag(r.key), updated: r.updated }));
}

function readFeed(xml: string): Json {
  const parsed = parser.parse(xml);
  expect(parsed.feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  return parsed.feed;
}

function checkRequiredElements(feed: Json): void {
  expect(feed.id).toMatch(new RegExp(`^tag:${HOST},2026:`));
  expect(typeof feed.title === 'string' && feed.title.length > 0).toBe(true);
  expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
  expect(feed.author.name).toBeTruthy();
  expect(feed.link.some((l: Json) => l['@rel'] === 'self')).toBe(true);
  for (const entry of feed.entry ?? []) {
    expect(entry.id).toMatch(/^tag:/);
    expect(entry.title['@type']).toBe('html');
    expect(titleOf(entry).length).toBeGreaterThan(0);
    expect(entry.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(entry.link[0]['@href']).toMatch(new RegExp(`^${TEST_ORIGIN}/`));
    expect(entry.content['@type']).toBe('html');
  }
}

// Titles are written as HTML (type="html"), so the parser gives their text beside the attribute.
const titleOf = (entry: Json): string => (typeof entry.title === 'object' ? entry.title['#text'] : entry.title);
const entriesOf = (feed: Json) => (feed.entry ?? []).map((e: Json) => ({ id: e.id, updated: e.updated }));

describe('/feed.xml', () => {
  it('lists snapshots, corrections and status updates exactly as SQL finds them, newest first', async () => {
    const response = await siteGet(new Request(`${TEST_ORIGIN}/feed.xml`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toMatch(/max-age/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const feed = readFeed(await response.text());
    checkRequiredElements(feed);
    const expected = await expectedEntries(
      `SELECT 'snapshot/' || id AS key, published_at AS updated FROM snapshots
       UNION ALL
       SELECT 'status-update/' || id, recorded_at FROM status_updates WHERE status IS NOT NULL OR corrects_id IS NOT NULL`,
    );
    expect(expected.length).toBe(50); // the catalogue alone has more: the bound is exercised
    expect(entriesOf(feed)).toEqual(expected);
    expect(feed.updated).toBe(expected[0]!.updated);
    expect(feed.entry.filter((e: Json) => e.id.includes(':snapshot/')).length).toBe(3);
  });

  it('writes a correction\'s reason as the plain words it is', async () => {
    const feed = readFeed(await (await siteGet(new Request(`${TEST_ORIGIN}/feed.xml`))).text());
    const correction = feed.entry.find((e: Json) => titleOf(e) === 'Correction 1 to the 2024-Q4 snapshot');
    expect(correction).toBeDefined();
    expect(correction.content['#text']).toContain('What was wrong: A deadline was &#60;misread&#62; &#38; fixed.');
    expect(correction.link[0]['@href']).toBe(`${TEST_ORIGIN}/snapshots/2024-Q4?revision=1`);
  });

  it('gives the same bytes and ETag on every read, and a 304 to a reader that has them', async () => {
    const first = await siteGet(new Request(`${TEST_ORIGIN}/feed.xml`));
    const second = await siteGet(new Request(`${TEST_ORIGIN}/feed.xml`));
    expect(await first.text()).toBe(await second.text());
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(second.headers.get('etag')).toBe(etag);
    const again = await siteGet(new Request(`${TEST_ORIGIN}/feed.xml`, { headers: { 'If-None-Match': etag! } }));
    expect(again.status).toBe(304);
  });
});

describe('/commitments/<id>/feed.xml', () => {
  it('lists the commitment\'s own updates and the snapshot corrections that include it, as SQL finds them', async () => {
    const [{ commitment_id: id }] = (await db.sql<{ commitment_id: string }>(`SELECT commitment_id FROM status_updates WHERE corrects_id IS NOT NULL`)) as [{ commitment_id: string }];
    const response = await commitmentGet(new Request(`${TEST_ORIGIN}/commitments/${id}/feed.xml`), { params: Promise.resolve({ id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const feed = readFeed(await response.text());
    checkRequiredElements(feed);
    const expected = await expectedEntries(
      `SELECT 'status-update/' || id AS key, recorded_at AS updated FROM status_updates WHERE commitment_id = $1
       UNION ALL
       SELECT 'snapshot/' || id, published_at FROM snapshots WHERE revision > 0 AND document -> 'commitments' @> jsonb_build_array(jsonb_build_object('id', $1::text))`,
      [id],
    );
    expect(expected.some((e) => e.id.includes('snapshot/'))).toBe(true);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(entriesOf(feed)).toEqual(expected);
    expect(feed.link.find((l: Json) => l['@rel'] === 'alternate')['@href']).toBe(`${TEST_ORIGIN}/commitments/${id}`);
    expect(feed.entry.some((e: Json) => /new evidence$/.test(titleOf(e)))).toBe(true);
  });

  it('answers 404 for a commitment that does not exist, or an id that cannot be one', async () => {
    for (const id of ['no-such-commitment', '../../etc']) {
      const response = await commitmentGet(new Request(`${TEST_ORIGIN}/commitments/x/feed.xml`), { params: Promise.resolve({ id }) });
      expect(response.status, id).toBe(404);
      expect((await response.json()).error.code).toBe('not_found');
    }
  });
});

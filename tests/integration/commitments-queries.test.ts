// The commitments tracker's reads and CSV downloads, against the real seeded
// catalogue. Every expectation is computed another way: from the seed JSON,
// with plain SQL, or by applying the published status rule to rows read by SQL.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_KEYS, STATUS_SLUGS, type StatusKey } from '../../lib/commitments/status.ts';
import type { CommitmentStatus } from '../../lib/generated/prisma/enums.ts';
import { seedDatabase } from '../../prisma/seed/seed-database.ts';
import { pointAppAt, releaseApp, statusesBySql } from './support/app-database.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

type Queries = typeof import('../../lib/queries/commitments.ts');
type ListRoute = typeof import('../../app/(public)/commitments.csv/route.ts');
type TimelineRoute = typeof import('../../app/(public)/commitments/[id]/timeline.csv/route.ts');

interface SeedEvidence {
  asOf: string | null;
  note: string;
  url: string;
  linkTitle: string;
  status: CommitmentStatus | null;
}
interface SeedCommitment {
  id: string;
  sourceId: string;
  theme: string;
  sortOrder: number;
  evidence: SeedEvidence[];
}

const SEED_FILE = path.join(import.meta.dirname, '../../prisma/seed/data/commitments.json');

let db: TestDatabase;
let seed: SeedCommitment[];
let queries: Queries;
let listRoute: ListRoute;
let timelineRoute: TimelineRoute;
let expectedStatus: Map<string, StatusKey>;

async function idsBySql(where: string, params: unknown[]): Promise<string[]> {
  const rows = await db.sql<{ id: string }>(`SELECT id FROM commitments ${where} ORDER BY sort_order, id`, params);
  return rows.map((r) => r.id);
}

async function getCsv(query: string): Promise<Response> {
  return listRoute.GET(new Request(`http://localhost/commitments.csv${query}`));
}

function parseCsv(text: string): Record<string, string>[] {
  // comment_no_infix: a "#" inside a note is text, not the start of a comment.
  return parse(text, { bom: true, comment: '#', comment_no_infix: true, columns: true, skip_empty_lines: true });
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDatabase(db.prisma);
  seed = JSON.parse(await readFile(SEED_FILE, 'utf8')) as SeedCommitment[];
  pointAppAt(db);
  queries = await import('../../lib/queries/commitments.ts');
  listRoute = await import('../../app/(public)/commitments.csv/route.ts');
  timelineRoute = await import('../../app/(public)/commitments/[id]/timeline.csv/route.ts');
  expectedStatus = await statusesBySql(db);
});

afterAll(async () => {
  await releaseApp();
  await db?.drop();
});

describe('listCommitments', () => {
  it('lists every catalogue commitment once, in the catalogue order', async () => {
    const items = await queries.listCommitments({}, db.prisma);
    const expected = [...seed].sort((a, b) => a.sortOrder - b.sortOrder || a.id.localeCompare(b.id)).map((c) => c.id);
    expect(items.map((i) => i.id)).toEqual(expected);
  });

  it('filters by each source exactly as SQL does', async () => {
    for (const sourceId of new Set(seed.map((c) => c.sourceId))) {
      const items = await queries.listCommitments({ source: sourceId }, db.prisma);
      expect(items.map((i) => i.id), sourceId).toEqual(await idsBySql('WHERE source_id = $1', [sourceId]));
      expect(items.length).toBe(seed.filter((c) => c.sourceId === sourceId).length);
    }
  });

  it('filters by each theme exactly as SQL does', async () => {
    for (const theme of new Set(seed.map((c) => c.theme))) {
      const items = await queries.listCommitments({ theme }, db.prisma);
      expect(items.map((i) => i.id), theme).toEqual(await idsBySql('WHERE theme = $1', [theme]));
    }
  });

  it('gives each commitment the status the rule gives its history', async () => {
    const items = await queries.listCommitments({}, db.prisma);
    expect(new Map(items.map((i) => [i.id, i.status]))).toEqual(expectedStatus);
  });

  it('never invents a status: no evidence means "no update", evidence without any status means "unclear"', async () => {
    const items = new Map((await queries.listCommitments({}, db.prisma)).map((i) => [i.id, i]));
    for (const c of seed) {
      if (c.evidence.length === 0) expect(items.get(c.id)?.status, c.id).toBe('NO_UPDATE');
      else if (c.evidence.every((e) => e.status === null)) expect(items.get(c.id)?.status, c.id).toBe('UNCLEAR');
    }
  });

  it('filters by each status, after deriving it, and combines with a source', async () => {
    for (const status of STATUS_KEYS) {
      const items = await queries.listCommitments({ status }, db.prisma);
      const expected = (await idsBySql('', [])).filter((id) => expectedStatus.get(id) === status);
      expect(items.map((i) => i.id), status).toEqual(expected);
    }
    const combined = await queries.listCommitments({ source: 'lrap-2024', status: 'IN_PROGRESS' }, db.prisma);
    const expected = (await idsBySql('WHERE source_id = $1', ['lrap-2024'])).filter((id) => expectedStatus.get(id) === 'IN_PROGRESS');
    expect(combined.map((i) => i.id)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('counts evidence links as SQL does and as the seed lists them', async () => {
    const rows = await db.sql<{ id: string; n: number }>(
      `SELECT c.id, count(e.id)::int AS n FROM commitments c
         LEFT JOIN status_updates u ON u.commitment_id = c.id
              AND u.id NOT IN (SELECT corrects_id FROM status_updates WHERE corrects_id IS NOT NULL)
         LEFT JOIN evidence_links e ON e.status_update_id = u.id
        GROUP BY c.id`,
    );
    const items = await queries.listCommitments({}, db.prisma);
    expect(new Map(items.map((i) => [i.id, i.evidenceCount]))).toEqual(new Map(rows.map((r) => [r.id, r.n])));
    expect(items.reduce((sum, i) => sum + i.evidenceCount, 0)).toBe(seed.reduce((sum, c) => sum + c.evidence.length, 0));
  });

  it('takes the latest update from the newest dated entry in the seed', async () => {
    const items = new Map((await queries.listCommitments({}, db.prisma)).map((i) => [i.id, i]));
    for (const c of seed) {
      const dated = c.evidence.map((e) => e.asOf).filter((d): d is string => d !== null).sort();
      const latest = items.get(c.id)?.latestUpdate;
      if (c.evidence.length === 0) expect(latest, c.id).toBeNull();
      else expect(latest?.asOf?.toISOString().slice(0, 10) ?? null, c.id).toBe(dated.at(-1) ?? null);
    }
  });
});

describe('getCommitmentFilterOptions', () => {
  it('offers the sources, themes and statuses that exist, and the total', async () => {
    const options = await queries.getCommitmentFilterOptions(db.prisma);
    expect(options.total).toBe(seed.length);
    expect(options.sources.map((s) => s.id).sort()).toEqual([...new Set(seed.map((c) => c.sourceId))].sort());
    expect(options.themes.map((t) => t.value).sort()).toEqual([...new Set(seed.map((c) => c.theme))].sort());
    expect([...options.statuses].sort()).toEqual([...new Set(expectedStatus.values())].sort());
    const titles = await db.sql<{ id: string; title: string }>('SELECT id, title FROM sources');
    for (const source of options.sources) expect(source.title).toBe(titles.find((t) => t.id === source.id)?.title);
  });
});

describe('getCommitment', () => {
  it('returns the full record with its timeline newest first and every evidence link', async () => {
    const c = seed.find((s) => s.evidence.length >= 3 && s.evidence.some((e) => e.asOf === null));
    if (!c) throw new Error('the seed should have a commitment with several entries, one undated');
    const detail = await queries.getCommitment(c.id, db.prisma);
    expect(detail?.id).toBe(c.id);
    expect(detail?.status).toBe(expectedStatus.get(c.id));
    expect(detail?.timeline.map((e) => e.note).sort()).toEqual(c.evidence.map((e) => e.note).sort());
    expect(detail?.timeline.flatMap((e) => e.evidence.map((l) => l.url)).sort()).toEqual(c.evidence.map((e) => e.url).sort());
    const dates = detail?.timeline.map((e) => e.asOf?.toISOString().slice(0, 10) ?? null) ?? [];
    const expectedDates = [...c.evidence.map((e) => e.asOf)].sort((a, b) => (a === null ? 1 : b === null ? -1 : b.localeCompare(a)));
    expect(dates).toEqual(expectedDates);
    const source = await db.sql<{ url: string }>('SELECT s.url FROM sources s JOIN commitments c ON c.source_id = s.id WHERE c.id = $1', [c.id]);
    expect(detail?.source.url).toBe(source[0]?.url);
  });

  it('returns null for an id that does not exist', async () => {
    expect(await queries.getCommitment('no-such-commitment', db.prisma)).toBeNull();
  });
});

describe('/commitments.csv', () => {
  const cases = ['', '?source=lrap-2024', '?status=unclear', '?theme=stop-and-search&status=in-progress', '?source=&theme=&status='];

  it.each(cases)('holds the same rows, in the same order, as the list for "%s"', async (query) => {
    const response = await getCsv(query);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parseCsv(await response.text());
    const params = new URLSearchParams(query);
    const status = STATUS_KEYS.find((k) => STATUS_SLUGS[k] === params.get('status'));
    const items = await queries.listCommitments(
      { source: params.get('source') || undefined, theme: params.get('theme') || undefined, status },
      db.prisma,
    );
    expect(rows.map((r) => [r.id, r.status_code])).toEqual(items.map((i) => [i.id, STATUS_SLUGS[i.status]]));
  });

  it('states the filters and names each source of the rows on top', async () => {
    const text = await (await getCsv('?source=casey-2023&status=unclear')).text();
    const meta = text.replace(/^\uFEFF/, '').split('\r\n').filter((line) => line.startsWith('#'));
    const [source] = await db.sql<{ title: string; publisher: string; url: string }>(
      'SELECT title, publisher, url FROM sources WHERE id = $1',
      ['casey-2023'],
    );
    expect(meta.some((l) => l.startsWith('# Filters:') && l.includes('casey-2023') && l.includes('status: Unclear'))).toBe(true);
    // Only one source's rows are listed, so exactly that source is named.
    expect(meta.filter((l) => l.startsWith('# Source:'))).toEqual([`# Source: ${source?.publisher}, ${source?.title}, ${source?.url}`]);
  });

  it('answers an unknown filter value with 400 and one plain sentence', async () => {
    for (const query of ['?status=finished', '?source=no-such-plan', '?theme=parking']) {
      const response = await getCsv(query);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('invalid_filter');
      expect(body.error.message).not.toContain('\n');
      expect(body.error.message.length).toBeGreaterThan(10);
    }
  });
});

describe('/commitments/<id>/timeline.csv', () => {
  it('holds the commitment page timeline, entry for entry', async () => {
    const c = seed.find((s) => s.evidence.length >= 2);
    if (!c) throw new Error('the seed should have a commitment with two or more entries');
    const response = await timelineRoute.GET(new Request('http://localhost/x'), { params: Promise.resolve({ id: c.id }) });
    expect(response.status).toBe(200);
    const rows = parseCsv(await response.text());
    const ids = await db.sql<{ id: string }>('SELECT id FROM status_updates WHERE commitment_id = $1', [c.id]);
    expect(rows.map((r) => r.entry_id).sort()).toEqual(ids.map((r) => r.id).sort());
    const detail = await queries.getCommitment(c.id, db.prisma);
    expect(rows.map((r) => r.entry_id)).toEqual(detail?.timeline.map((e) => e.id));
  });

  it('answers an unknown commitment with 404', async () => {
    const response = await timelineRoute.GET(new Request('http://localhost/x'), { params: Promise.resolve({ id: 'nope' }) });
    expect(response.status).toBe(404);
  });
});

// These change the database, so they run last.
describe('edits made after the seed', () => {
  it('defuses a value a spreadsheet would run as a formula', async () => {
    const formula = '=HYPERLINK("http://example.invalid","click")';
    await db.sql(`INSERT INTO sources (id, title, publisher, url, updated_at) VALUES ('test-src', 'Test', 'Test', 'https://example.org', now())`);
    await db.sql(
      `INSERT INTO commitments (id, source_id, theme, summary, measure, url, updated_at)
       VALUES ('test-formula', 'test-src', 'other', $1, '+1', 'https://example.org', now())`,
      [formula],
    );
    const rows = parseCsv(await (await getCsv('?source=test-src')).text());
    expect(rows).toHaveLength(1);
    expect(rows[0]?.summary).not.toMatch(/^[=+\-@]/);
    expect(rows[0]?.summary).toContain(formula);
  });

  it('shows a correction in place of the entry it corrects, keeping both in the timeline', async () => {
    const [target] = await db.sql<{ id: string; commitment_id: string }>(
      `SELECT id, commitment_id FROM status_updates WHERE status = 'in_progress' AND as_of IS NOT NULL ORDER BY commitment_id LIMIT 1`,
    );
    if (!target) throw new Error('the seed should have an in-progress entry');
    const [correction] = await db.sql<{ id: string }>(
      `INSERT INTO status_updates (id, commitment_id, status, as_of, note, corrects_id, origin)
       SELECT gen_random_uuid(), commitment_id, 'dropped', as_of, 'Correction: the source reported the plan was dropped.', id, 'editor'
         FROM status_updates WHERE id = $1 RETURNING id`,
      [target.id],
    );
    const detail = await queries.getCommitment(target.commitment_id, db.prisma);
    const corrected = detail?.timeline.find((e) => e.id === target.id);
    expect(corrected?.correctedByIds).toEqual([correction?.id]);
    expect(detail?.timeline.find((e) => e.id === correction?.id)?.correctsId).toBe(target.id);
    const expected = (await statusesBySql(db)).get(target.commitment_id);
    expect(detail?.status).toBe(expected);
    const item = (await queries.listCommitments({}, db.prisma)).find((i) => i.id === target.commitment_id);
    expect(item?.status).toBe(expected);
  });
});

// The overview, Casey Review and indicator reads and their CSV files, against
// the real seeded catalogue. Each expectation is computed another way: plain
// SQL over the tables, the seed JSON, or the published status rule applied to
// rows read by SQL.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_KEYS, STATUS_LABELS, type StatusKey } from '../../lib/commitments/status.ts';
import { seedDatabase } from '../../prisma/seed/seed-database.ts';
import { pointAppAt, releaseApp, statusesBySql } from './support/app-database.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

type Overview = typeof import('../../lib/queries/overview.ts');
type Findings = typeof import('../../lib/queries/findings.ts');
type Recommendations = typeof import('../../lib/queries/casey-recommendations.ts');
type StatusCountsRoute = typeof import('../../app/(public)/overview/status-counts.csv/route.ts');
type FindingsRoute = typeof import('../../app/(public)/casey-review/findings.csv/route.ts');
type RecommendationsRoute = typeof import('../../app/(public)/casey-review/recommendations.csv/route.ts');
type IndicatorRoute = typeof import('../../app/(public)/indicators/[id]/data.csv/route.ts');

interface SeedFinding {
  id: string;
  sourceId: string;
}

let db: TestDatabase;
let overview: Overview;
let findings: Findings;
let recommendations: Recommendations;
let statusCountsRoute: StatusCountsRoute;
let findingsRoute: FindingsRoute;
let recommendationsRoute: RecommendationsRoute;
let indicatorRoute: IndicatorRoute;
let statusById: Map<string, StatusKey>;

function parseCsv(text: string): Record<string, string>[] {
  return parse(text, { bom: true, comment: '#', comment_no_infix: true, columns: true, skip_empty_lines: true });
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDatabase(db.prisma);
  pointAppAt(db);
  overview = await import('../../lib/queries/overview.ts');
  findings = await import('../../lib/queries/findings.ts');
  recommendations = await import('../../lib/queries/casey-recommendations.ts');
  statusCountsRoute = await import('../../app/(public)/overview/status-counts.csv/route.ts');
  findingsRoute = await import('../../app/(public)/casey-review/findings.csv/route.ts');
  recommendationsRoute = await import('../../app/(public)/casey-review/recommendations.csv/route.ts');
  indicatorRoute = await import('../../app/(public)/indicators/[id]/data.csv/route.ts');
  statusById = await statusesBySql(db);
});

afterAll(async () => {
  await releaseApp();
  await db?.drop();
});

describe('overview status counts', () => {
  it('count every commitment once under the status the rule gives it, zeros included', async () => {
    const counts = await overview.getStatusCounts(db.prisma);
    const [{ n }] = (await db.sql<{ n: number }>('SELECT count(*)::int AS n FROM commitments')) as [{ n: number }];
    expect(counts.total).toBe(n);
    const expected = STATUS_KEYS.map((status) => ({ status, count: [...statusById.values()].filter((s) => s === status).length }));
    expect(counts.byStatus).toEqual(expected);
    expect(counts.byStatus.reduce((sum, row) => sum + row.count, 0)).toBe(n);
  });

  it('split by source agree with a GROUP BY over the commitments table', async () => {
    const counts = await overview.getStatusCounts(db.prisma);
    const bySql = await db.sql<{ source_id: string; n: number }>('SELECT source_id, count(*)::int AS n FROM commitments GROUP BY source_id');
    expect(new Map(counts.bySource.map((r) => [r.sourceId, r.total]))).toEqual(new Map(bySql.map((r) => [r.source_id, r.n])));
    const ids = await db.sql<{ id: string; source_id: string }>('SELECT id, source_id FROM commitments');
    for (const row of counts.bySource) {
      for (const status of STATUS_KEYS) {
        const expected = ids.filter((c) => c.source_id === row.sourceId && statusById.get(c.id) === status).length;
        expect(row.counts[status], `${row.sourceId} ${status}`).toBe(expected);
      }
    }
  });

  it('download as the same two tables the page shows', async () => {
    const counts = await overview.getStatusCounts(db.prisma);
    const bySource = parseCsv(await (await statusCountsRoute.GET(new Request('http://localhost/overview/status-counts.csv'))).text());
    expect(bySource.map((r) => [r.source_id, Number(r.Total)])).toEqual(counts.bySource.map((r) => [r.sourceId, r.total]));
    for (const [i, row] of bySource.entries()) {
      for (const status of STATUS_KEYS) expect(Number(row[STATUS_LABELS[status]])).toBe(counts.bySource[i]!.counts[status]);
    }
    const byStatus = parseCsv(await (await statusCountsRoute.GET(new Request('http://localhost/overview/status-counts.csv?by=status'))).text());
    expect(byStatus.map((r) => [r.status, Number(r.commitments)])).toEqual(counts.byStatus.map((r) => [STATUS_LABELS[r.status], r.count]));
  });

  it('answer an unknown table with a 400 that names the parameter', async () => {
    const response = await statusCountsRoute.GET(new Request('http://localhost/overview/status-counts.csv?by=<script>'));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { parameter: string } }).error.parameter).toBe('by');
  });
});

describe('latest dated updates', () => {
  it('are the five newest dated entries that no correction replaces', async () => {
    const items = await overview.listLatestUpdates(5, db.prisma);
    const bySql = await db.sql<{ id: string }>(
      `SELECT u.id FROM status_updates u
        WHERE u.as_of IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM status_updates c WHERE c.corrects_id = u.id)
        ORDER BY u.as_of DESC, u.recorded_at DESC, u.id DESC
        LIMIT 5`,
    );
    expect(items.map((i) => i.id)).toEqual(bySql.map((r) => r.id));
    expect(items).toHaveLength(5);
  });
});

describe('Casey Review', () => {
  it('lists every finding of the two Casey reports, final report first', async () => {
    const list = await findings.listCaseyFindings(db.prisma);
    const seed = JSON.parse(await readFile(path.join(import.meta.dirname, '../../prisma/seed/data/findings.json'), 'utf8')) as SeedFinding[];
    const expectedIds = seed.filter((f) => f.sourceId === 'casey-2023' || f.sourceId === 'casey-interim-2022').map((f) => f.id);
    expect(new Set(list.map((f) => f.id))).toEqual(new Set(expectedIds));
    expect(list.length).toBeGreaterThan(0);
    const firstInterim = list.findIndex((f) => f.source.id === 'casey-interim-2022');
    if (firstInterim !== -1) expect(list.slice(firstInterim).every((f) => f.source.id === 'casey-interim-2022')).toBe(true);
  });

  it('downloads the findings in the order and with the figures shown', async () => {
    const list = await findings.listCaseyFindings(db.prisma);
    const rows = parseCsv(await (await findingsRoute.GET()).text());
    expect(rows.map((r) => r.id)).toEqual(list.map((f) => f.id));
    const figures = await db.sql<{ id: string; figure: string | null }>('SELECT id, figure::text FROM findings');
    const figureById = new Map(figures.map((f) => [f.id, f.figure === null ? '' : String(Number(f.figure))]));
    for (const row of rows) expect(row.figure, row.id).toBe(figureById.get(row.id!));
  });

  it('tracks the 16 recommendations with the status the rule gives each', async () => {
    const list = await recommendations.listCaseyRecommendations(db.prisma);
    const bySql = await db.sql<{ id: string }>("SELECT id FROM commitments WHERE source_id = 'casey-2023' ORDER BY sort_order, id");
    expect(list.map((r) => r.id)).toEqual(bySql.map((r) => r.id));
    expect(list).toHaveLength(16);
    for (const r of list) expect(r.status, r.id).toBe(statusById.get(r.id));
    const rows = parseCsv(await (await recommendationsRoute.GET()).text());
    expect(rows.map((r) => [r.id, r.status])).toEqual(list.map((r) => [r.id, STATUS_LABELS[r.status]]));
  });
});

describe('indicator data files', () => {
  it('hold every observation of the indicator with its value as stored', async () => {
    const indicators = await db.sql<{ id: string }>('SELECT id FROM indicators ORDER BY id');
    expect(indicators.length).toBeGreaterThan(0);
    for (const { id } of indicators) {
      const response = await indicatorRoute.GET(new Request(`http://localhost/indicators/${id}/data.csv`), { params: Promise.resolve({ id }) });
      expect(response.status, id).toBe(200);
      const rows = parseCsv(await response.text());
      const stored = await db.sql<{ value: string }>('SELECT value::text FROM observations WHERE indicator_id = $1', [id]);
      expect(rows.map((r) => Number(r.value)).sort((a, b) => a - b), id).toEqual(stored.map((o) => Number(o.value)).sort((a, b) => a - b));
      expect(new Set(rows.map((r) => r.indicator_id)), id).toEqual(new Set([id]));
    }
  });

  it('answer 404 for an unknown or malformed id', async () => {
    for (const id of ['no-such-indicator', '../etc/passwd', 'x'.repeat(300)]) {
      const response = await indicatorRoute.GET(new Request('http://localhost/x'), { params: Promise.resolve({ id }) });
      expect(response.status, id).toBe(404);
    }
  });
});

describe('the other lists on the public pages', () => {
  type Route = { GET: () => Promise<Response> };
  async function rowsOf(route: Route): Promise<Record<string, string>[]> {
    return parseCsv(await (await route.GET()).text());
  }

  it('download the latest updates the home page lists', async () => {
    const route = (await import('../../app/(public)/overview/latest-updates.csv/route.ts')) as Route;
    const items = await overview.listLatestUpdates(overview.LATEST_UPDATES_SHOWN, db.prisma);
    expect((await rowsOf(route)).map((r) => r.entry_id)).toEqual(items.map((i) => i.id));
  });

  it('download every disputed figure, sources and all', async () => {
    const route = (await import('../../app/(public)/casey-review/disputes.csv/route.ts')) as Route;
    const bySql = await db.sql<{ id: string; urls: string[] }>('SELECT id, urls FROM disputes ORDER BY sort_order, id');
    const rows = await rowsOf(route);
    expect(rows.map((r) => r.id)).toEqual(bySql.map((d) => d.id));
    expect(rows.map((r) => r.source_urls!.split(' ; '))).toEqual(bySql.map((d) => d.urls));
  });

  it('download every source and every known gap', async () => {
    const sourcesRoute = (await import('../../app/(public)/about/sources.csv/route.ts')) as Route;
    const gapsRoute = (await import('../../app/(public)/about/gaps.csv/route.ts')) as Route;
    const sources = await db.sql<{ id: string; url: string }>('SELECT id, url FROM sources');
    const rows = await rowsOf(sourcesRoute);
    expect(new Map(rows.map((r) => [r.id, r.url]))).toEqual(new Map(sources.map((s) => [s.id, s.url])));
    expect(rows).toHaveLength(sources.length);
    const gaps = await db.sql<{ id: string }>('SELECT id FROM data_gaps ORDER BY sort_order, id');
    expect((await rowsOf(gapsRoute)).map((r) => r.id)).toEqual(gaps.map((g) => g.id));
  });
});

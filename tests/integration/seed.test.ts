// The seed against a real database, checked two independent ways: against the
// project's seed files read as plain JSON, and against the original shared
// catalogue. Figures in the database are read back with plain SQL.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveStatus, type StatusInput } from '../../lib/commitments/derive-status.ts';
import { CENSUS_2021_SOURCE } from '../../lib/population/census-2021.ts';
import { isDatabaseSeeded, seedDatabase, type SeedReport } from '../../prisma/seed/seed-database.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CATALOGUE_PATH = path.resolve(ROOT, '../shared/data/catalogue/commitments.json');
const SHARED_POPULATION = path.resolve(ROOT, '../shared/data/population');
// The population seed adds its own source (Census 2021) and the official
// stop-and-search figures their sources and indicators (ids official-ss-*) to
// the catalogue's; those have tests of their own.
const OFFICIAL = "'official-ss-%'";
const CATALOGUE_SOURCES = `sources WHERE id <> '${CENSUS_2021_SOURCE.id}' AND id NOT LIKE ${OFFICIAL}`;
const CATALOGUE_INDICATORS = `indicators WHERE id NOT LIKE ${OFFICIAL}`;
const CATALOGUE_OBSERVATIONS = `observations WHERE indicator_id NOT LIKE ${OFFICIAL}`;

// Plain JSON readings, deliberately not through the seed's own loader or
// schemas: `any` because these raw files are what is under test.
type Json = Record<string, any>;
const readJson = (file: string): any => JSON.parse(readFileSync(file, 'utf8'));
const seedFile = (name: string): Json[] => readJson(path.join(ROOT, 'prisma/seed/data', `${name}.json`));
const catalogue: Json = readJson(CATALOGUE_PATH);

const sum = (items: Json[], count: (item: Json) => number) => items.reduce((n, item) => n + count(item), 0);

function urlsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(urlsIn);
  return [];
}

const SEEDED_TABLES = [
  'sources',
  'commitments',
  'status_updates',
  'evidence_links',
  'findings',
  'indicators',
  'observations',
  'disputes',
  'data_gaps',
  'areas',
  'population',
];

let db: TestDatabase;
let seededBefore: boolean;
let firstRun: SeedReport;

async function count(sql: string): Promise<number> {
  const [row] = await db.sql<{ n: string }>(`SELECT count(*) AS n FROM ${sql}`);
  return Number(row!.n);
}

async function dumpTables(): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of SEEDED_TABLES) {
    const rows = await db.sql<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM ${table} t ORDER BY 1`);
    dump[table] = rows.map((r) => r.row);
  }
  return dump;
}

async function statusInputs(): Promise<Map<string, { dueOn: Date | null; updates: (StatusInput & { basis: string | null })[] }>> {
  const commitments = await db.sql<{ id: string; due_on: Date | null }>('SELECT id, due_on FROM commitments');
  const updates = await db.sql<{
    id: string;
    commitment_id: string;
    status: StatusInput['status'];
    as_of: Date | null;
    recorded_at: Date;
    corrects_id: string | null;
    status_basis: string | null;
  }>(`SELECT id, commitment_id, upper(status::text) AS status, as_of, recorded_at, corrects_id, status_basis FROM status_updates`);
  const byCommitment = new Map(commitments.map((c) => [c.id, { dueOn: c.due_on, updates: [] as (StatusInput & { basis: string | null })[] }]));
  for (const u of updates) {
    byCommitment.get(u.commitment_id)!.updates.push({
      id: u.id,
      status: u.status,
      asOf: u.as_of,
      recordedAt: u.recorded_at,
      correctsId: u.corrects_id,
      basis: u.status_basis,
    });
  }
  return byCommitment;
}

beforeAll(async () => {
  db = await createTestDatabase();
  seededBefore = await isDatabaseSeeded(db.prisma);
  firstRun = await seedDatabase(db.prisma);
});

afterAll(async () => {
  await db?.drop();
});

describe('seeding an empty database', () => {
  it('is reported as not seeded before and seeded after', async () => {
    expect(seededBefore).toBe(false);
    expect(await isDatabaseSeeded(db.prisma)).toBe(true);
  });

  it('holds exactly as many rows as the project seed files define', async () => {
    const commitments = seedFile('commitments');
    const indicators = seedFile('indicators');
    const evidence = sum(commitments, (c) => c.evidence.length);
    expect(await count(CATALOGUE_SOURCES)).toBe(seedFile('sources').length);
    expect(await count('commitments')).toBe(commitments.length);
    expect(await count('status_updates')).toBe(evidence);
    expect(await count('evidence_links')).toBe(evidence);
    expect(await count('findings')).toBe(seedFile('findings').length);
    expect(await count(CATALOGUE_INDICATORS)).toBe(indicators.length);
    expect(await count(CATALOGUE_OBSERVATIONS)).toBe(sum(indicators, (i) => i.observations.length));
    expect(await count('disputes')).toBe(seedFile('disputes').length);
    expect(await count('data_gaps')).toBe(seedFile('gaps').length);
    expect(firstRun.commitments.created).toBe(commitments.length);
  });

  it('holds every item of the original catalogue, one row each', async () => {
    expect(await count(CATALOGUE_SOURCES)).toBe(catalogue.sources.length);
    expect(await count('commitments')).toBe(catalogue.commitments.length);
    expect(await count(`status_updates WHERE origin = 'catalogue'`)).toBe(sum(catalogue.commitments, (c) => c.evidence.length));
    expect(await count('findings')).toBe(catalogue.findings.length);
    expect(await count(CATALOGUE_INDICATORS)).toBe(catalogue.indicators.length);
    expect(await count(CATALOGUE_OBSERVATIONS)).toBe(sum(catalogue.indicators, (i) => i.values.length));
    expect(await count('disputes')).toBe(catalogue.conflicts.length);
    expect(await count('data_gaps')).toBe(catalogue.gaps.length);
  });

  it('keeps every URL the catalogue cites', async () => {
    const rows = await db.sql<{ url: string }>(`
      SELECT url FROM sources UNION SELECT url FROM commitments UNION SELECT url FROM evidence_links
      UNION SELECT url FROM findings UNION SELECT url FROM observations UNION SELECT unnest(urls) FROM disputes`);
    const stored = new Set(rows.map((r) => r.url));
    const cited = [...new Set(urlsIn(catalogue))];
    expect(cited.length).toBeGreaterThan(50);
    expect(cited.filter((url) => !stored.has(url))).toEqual([]);
  });

  it('stores each commitment with the catalogue wording, dates and caveats', async () => {
    const rows = await db.sql<Json>(`
      SELECT id, source_id, theme, pillar, pillar_note, summary, measure, url, status_note, caveat, due_note,
             to_char(announced_on, 'YYYY-MM-DD') AS announced, to_char(due_on, 'YYYY-MM-DD') AS due
        FROM commitments`);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const c of catalogue.commitments) {
      expect(byId.get(c.id), c.id).toEqual({
        id: c.id,
        source_id: c.source,
        theme: c.theme,
        pillar: c.pillar,
        pillar_note: c.pillar_note ?? null,
        summary: c.summary,
        measure: c.measure,
        url: c.url,
        status_note: c.status_note ?? null,
        caveat: c.casey_note ?? null,
        due_note: c.due_note ?? null,
        announced: c.announced,
        due: c.due,
      });
    }
  });

  it('stores each evidence entry as a dated catalogue update with one link to where it was read', async () => {
    const rows = await db.sql<Json>(`
      SELECT u.commitment_id, u.note, to_char(u.as_of, 'YYYY-MM-DD') AS as_of, u.origin, l.url, l.title
        FROM status_updates u JOIN evidence_links l ON l.status_update_id = u.id ORDER BY u.seed_key`);
    const stored = rows.map((r) => `${r.commitment_id}|${r.as_of}|${r.url}|${r.note}`).sort();
    const expected = catalogue.commitments
      .flatMap((c: Json) => c.evidence.map((e: Json) => `${c.id}|${e.date}|${e.url}|${e.note}`))
      .sort();
    expect(stored).toEqual(expected);
    expect(rows.every((r) => r.origin === 'catalogue' && r.title.endsWith(' report'))).toBe(true);
  });

  it('stores every figure exactly as the catalogue gives it', async () => {
    const observations = await db.sql<Json>(`
      SELECT i.id AS indicator, i.unit, o.period_label, o.group_label, o.value::text AS value, o.url
        FROM observations o JOIN indicators i ON i.id = o.indicator_id WHERE i.id NOT LIKE ${OFFICIAL}`);
    const stored = observations.map((o) => `${o.indicator}|${o.unit}|${o.period_label}|${o.group_label}|${Number(o.value)}|${o.url}`).sort();
    const expected = catalogue.indicators
      .flatMap((i: Json) => i.values.map((v: Json) => `${i.id}|${i.unit}|${v.period}|${v.group}|${v.value}|${v.url}`))
      .sort();
    expect(stored).toEqual(expected);

    const findings = await db.sql<Json>('SELECT id, source_id, figure::text AS figure, unit, note FROM findings');
    const byId = new Map(findings.map((f) => [f.id, f]));
    for (const f of catalogue.findings) {
      const row = byId.get(f.id)!;
      expect(row.figure === null ? null : Number(row.figure), f.id).toBe(f.figure);
      expect([row.source_id, row.unit, row.note], f.id).toEqual([f.source, f.unit, f.note ?? null]);
    }
  });

  it('gives a period dates only where the label is plain', async () => {
    const wrongYears = await count(`observations
      WHERE period_label ~ '^\\d{4}$'
        AND (period_start IS DISTINCT FROM make_date(period_label::int, 1, 1)
          OR period_end IS DISTINCT FROM make_date(period_label::int, 12, 31))`);
    expect(wrongYears).toBe(0);
    // Hedged labels ("as cited at ...", "(total)", a bare "2016-17") must carry no dates.
    const hedgedWithDates = await count(`observations
      WHERE (period_label ~ '[()]' OR period_label ~ '^\\d{4}-\\d{2}$') AND period_start IS NOT NULL`);
    expect(hedgedWithDates).toBe(0);
    expect(await count('observations WHERE (period_start IS NULL) <> (period_end IS NULL)')).toBe(0);
  });
});

describe('statuses from the seeded history', () => {
  it('never stores a status without the sentence that justifies it', async () => {
    expect(await count(`status_updates WHERE status IS NOT NULL AND coalesce(btrim(status_basis), '') = ''`)).toBe(0);
    // Every catalogue judgement, with or without a status, can be audited.
    expect(await count(`status_updates WHERE origin = 'catalogue' AND coalesce(btrim(status_basis), '') = ''`)).toBe(0);
  });

  it('shows "no update published" exactly for commitments the catalogue has no evidence for', async () => {
    const today = new Date();
    const histories = await statusInputs();
    const withoutEvidence = catalogue.commitments.filter((c: Json) => c.evidence.length === 0).map((c: Json) => c.id).sort();
    const noUpdate = [...histories].filter(([, h]) => deriveStatus(h.updates, h.dueOn, today) === 'NO_UPDATE').map(([id]) => id).sort();
    expect(withoutEvidence.length).toBeGreaterThan(0);
    expect(noUpdate).toEqual(withoutEvidence);
  });

  it('derives no status from an entry that lacks a basis', async () => {
    const today = new Date();
    for (const [id, history] of await statusInputs()) {
      const justified = history.updates.map((u) => (u.basis?.trim() ? u : { ...u, status: null }));
      expect(deriveStatus(history.updates, history.dueOn, today), id).toBe(deriveStatus(justified, history.dueOn, today));
    }
  });
});

describe('seeding again', () => {
  it('changes nothing at all', async () => {
    const before = await dumpTables();
    const second = await seedDatabase(db.prisma);
    expect(await dumpTables()).toEqual(before);
    for (const counts of Object.values(second)) expect(counts).toMatchObject({ created: 0, updated: 0 });
  });

  it('puts back a seeded value that drifted and leaves an editor\'s own entry alone', async () => {
    const indicator = catalogue.indicators[0];
    const seedKey = `${indicator.id}#1`;
    await db.sql('UPDATE observations SET value = value + 1 WHERE seed_key = $1', [seedKey]);
    const [target] = await db.sql<{ id: string; commitment_id: string }>(
      `SELECT id, commitment_id FROM status_updates WHERE status IS NOT NULL ORDER BY seed_key LIMIT 1`,
    );
    await db.sql(
      `INSERT INTO status_updates (id, commitment_id, status, note, origin, corrects_id)
       VALUES (gen_random_uuid(), $1, 'unclear', 'Editor correction', 'editor', $2)`,
      [target!.commitment_id, target!.id],
    );

    const report = await seedDatabase(db.prisma);
    expect(report.observations).toMatchObject({ created: 0, updated: 1 });
    expect(report.statusUpdates).toMatchObject({ created: 0, updated: 0 });
    const [row] = await db.sql<{ value: string }>('SELECT value::text AS value FROM observations WHERE seed_key = $1', [seedKey]);
    expect(Number(row!.value)).toBe(indicator.values[0].value);
    expect(await count(`status_updates WHERE origin = 'editor' AND corrects_id = '${target!.id}'`)).toBe(1);
  });
});

// Census 2021 by borough, read independently of the seed: the shared copy of
// the ONS-derived five-group counts and the ONS usual-resident totals.
const GROUPS = ['Asian', 'Black', 'Mixed', 'Other', 'White'] as const;
const sharedCsv = (name: string): Record<string, string>[] => parse(readFileSync(path.join(SHARED_POPULATION, name)), { columns: true });
const sharedBoroughs = new Map(
  sharedCsv('census2021-lad-ethnicity-5groups.csv')
    .filter((row) => row['LAD_code']!.startsWith('E09'))
    .map((row) => [row['LAD_code']!, Object.fromEntries(GROUPS.map((g) => [g, Number(row[g])])) as Record<(typeof GROUPS)[number], number>]),
);
const publishedTotals = new Map(sharedCsv('london-boroughs-census2021-ethnicity-pct.csv').map((row) => [row['lad_code']!, Number(row['usual_residents_total'])]));

describe('population', () => {
  it('holds London and its 33 boroughs, each borough inside London', async () => {
    const areas = await db.sql<{ code: string; kind: string; parent_code: string | null }>('SELECT code, kind, parent_code FROM areas ORDER BY code');
    expect(sharedBoroughs.size).toBe(33);
    expect(areas).toEqual([
      ...[...sharedBoroughs.keys()].sort().map((code) => ({ code, kind: 'borough', parent_code: 'E12000007' })),
      { code: 'E12000007', kind: 'region', parent_code: null },
    ]);
  });

  it("stores each borough's five groups exactly as the shared Census 2021 file gives them", async () => {
    const rows = await db.sql<{ area_code: string; group: string; count: number }>(
      `SELECT area_code, ethnic_group::text AS group, count FROM population WHERE census_year = 2021 AND area_code LIKE 'E09%'`,
    );
    expect(rows).toHaveLength(33 * 5);
    for (const row of rows) expect(row.count, `${row.area_code} ${row.group}`).toBe(sharedBoroughs.get(row.area_code)![row.group as (typeof GROUPS)[number]]);
  });

  it('makes London the sum of its 33 boroughs, group by group', async () => {
    const london = await db.sql<{ group: string; count: number }>(
      `SELECT ethnic_group::text AS group, count FROM population WHERE area_code = 'E12000007' AND census_year = 2021 ORDER BY 1`,
    );
    const expected = GROUPS.map((group) => ({ group, count: [...sharedBoroughs.values()].reduce((n, b) => n + b[group], 0) }));
    expect(london).toEqual(expected);
    const [inSql] = await db.sql<{ differing: number }>(`
      SELECT count(*)::int AS differing FROM population l
        JOIN (SELECT ethnic_group, sum(count)::int AS total FROM population WHERE area_code LIKE 'E09%' AND census_year = 2021 GROUP BY 1) b USING (ethnic_group)
       WHERE l.area_code = 'E12000007' AND l.census_year = 2021 AND l.count <> b.total`);
    expect(inSql!.differing).toBe(0);
  });

  it("agrees with ONS's published usual-resident totals to within its small perturbations", async () => {
    const totals = await db.sql<{ area_code: string; total: number }>(
      'SELECT area_code, sum(count)::int AS total FROM population WHERE census_year = 2021 GROUP BY 1',
    );
    const london = [...publishedTotals.values()].reduce((n, v) => n + v, 0);
    expect(london).toBe(8799727); // SOURCES.md 3b
    for (const { area_code, total } of totals) {
      const published = area_code === 'E12000007' ? london : publishedTotals.get(area_code)!;
      expect(Math.abs(total - published), area_code).toBeLessThanOrEqual(area_code === 'E12000007' ? 50 : 10);
    }
  });

  it('cites the Census 2021 source on every count', async () => {
    const [row] = await db.sql<{ sources: string[]; publisher: string; url: string }>(
      `SELECT array_agg(DISTINCT p.source_id) AS sources, s.publisher, s.url FROM population p JOIN sources s ON s.id = p.source_id GROUP BY 2, 3`,
    );
    expect(row).toEqual({ sources: [CENSUS_2021_SOURCE.id], publisher: 'Office for National Statistics', url: CENSUS_2021_SOURCE.url });
  });

  it('is put back by the next seed when a count goes missing', async () => {
    await db.sql(`DELETE FROM population WHERE area_code = 'E09000001' AND ethnic_group = 'Black'`);
    expect(await isDatabaseSeeded(db.prisma)).toBe(false);
    const report = await seedDatabase(db.prisma);
    expect(report.population).toEqual({ created: 1, updated: 0, unchanged: 34 * 5 - 1 });
    expect(await isDatabaseSeeded(db.prisma)).toBe(true);
  });
});

// Quarterly snapshots against the real seeded catalogue: published once per
// quarter, never changed (refused by PostgreSQL itself), the JSON served hashes
// to the published SHA-256, and a comparison of two real quarters shows
// exactly the status changes plain SQL finds in status_updates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../prisma/seed/seed-database.ts';
import { pointAppAt, releaseApp } from './support/app-database.ts';
import { createUser, requestFrom, signInCookie } from './support/editor-requests.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';

type Mutations = typeof import('../../lib/mutations/snapshots.ts');
type Queries = typeof import('../../lib/queries/snapshots.ts');

let db: TestDatabase;
let mutations: Mutations;
let queries: Queries;
let editorCookie: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDatabase(db.prisma);
  pointAppAt(db);
  mutations = await import('../../lib/mutations/snapshots.ts');
  queries = await import('../../lib/queries/snapshots.ts');
  await createUser(db, 'editor@example.org', 'EDITOR');
  editorCookie = await signInCookie('editor@example.org');
}, 120_000);

afterAll(async () => {
  await releaseApp();
  await db?.drop();
});

const asEditor = () => requestFrom({ cookie: editorCookie });

// The status rule written out in SQL, independently of lib/commitments/derive-status.ts.
async function statusesAsOfBySql(asOf: string): Promise<Map<string, string>> {
  const rows = await db.sql<{ id: string; status: string }>(
    `WITH standing AS (
       SELECT u.* FROM status_updates u
        WHERE (u.as_of IS NULL OR u.as_of <= $1::date)
          AND NOT EXISTS (SELECT 1 FROM status_updates c WHERE c.corrects_id = u.id AND (c.as_of IS NULL OR c.as_of <= $1::date))
     ), latest AS (
       SELECT DISTINCT ON (commitment_id) commitment_id, status::text AS status
         FROM standing WHERE status IS NOT NULL
        ORDER BY commitment_id, as_of DESC NULLS LAST, recorded_at DESC, id DESC
     )
     SELECT c.id,
            CASE
              WHEN NOT EXISTS (SELECT 1 FROM standing s WHERE s.commitment_id = c.id) THEN 'NO_UPDATE'
              WHEN l.status IS NULL THEN 'UNCLEAR'
              WHEN l.status IN ('in_progress', 'not_started') AND c.due_on < $1::date THEN 'LATE'
              ELSE upper(l.status)
            END AS status
       FROM commitments c LEFT JOIN latest l ON l.commitment_id = c.id`,
    [asOf],
  );
  return new Map(rows.map((r) => [r.id, r.status]));
}

describe('publishing snapshots', () => {
  it('publishes a quarter through the guarded action, audited, refreshing the pages, feed and data that show it', async () => {
    const request = asEditor();
    const result = await mutations.publishSnapshotAction(request, { quarter: '2024-Q4' });
    expect(result.ok).toBe(true);
    expect(request.revalidated).toEqual(expect.arrayContaining(['/snapshots', '/snapshots/2024-Q4', '/feed.xml', '/data', '/api/v1/snapshots', '/api/v1/snapshot-revisions']));
    const audit = await db.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'snapshot' AND action = 'publish'`);
    expect(audit[0]!.n).toBe(1);
    const second = await mutations.publishSnapshotAction(asEditor(), { quarter: '2025-Q1' });
    expect(second.ok).toBe(true);
  });

  it('refuses a second snapshot of the same quarter, in the action and at the database', async () => {
    const again = await mutations.publishSnapshotAction(asEditor(), { quarter: '2024-Q4' });
    expect(again.ok).toBe(false);
    await expect(
      db.sql(`INSERT INTO snapshots (id, quarter, revision, as_of, document, sha256) VALUES (gen_random_uuid(), '2024-Q4', 0, '2024-12-31', '{}', 'x')`),
    ).rejects.toThrow(/unique/i);
  });

  it('refuses UPDATE and DELETE of a published snapshot at the database', async () => {
    await expect(db.sql(`UPDATE snapshots SET sha256 = 'forged' WHERE quarter = '2024-Q4'`)).rejects.toThrow(/cannot be changed or deleted/);
    await expect(db.sql(`DELETE FROM snapshots WHERE quarter = '2024-Q4'`)).rejects.toThrow(/cannot be changed or deleted/);
    const rows = await db.sql<{ n: number }>(`SELECT count(*)::int AS n FROM snapshots WHERE quarter = '2024-Q4'`);
    expect(rows[0]!.n).toBe(1);
  });

  it('publishes a correction beside the original, both kept', async () => {
    const result = await mutations.correctSnapshotAction(asEditor(), { quarter: '2024-Q4', note: 'An evidence link pointed at the wrong report.' });
    expect(result.ok).toBe(true);
    const rows = await db.sql<{ revision: number; corrects_id: string | null; correction_note: string | null }>(
      `SELECT revision, corrects_id::text, correction_note FROM snapshots WHERE quarter = '2024-Q4' ORDER BY revision`,
    );
    expect(rows.map((r) => r.revision)).toEqual([0, 1]);
    expect(rows[1]!.corrects_id).not.toBeNull();
    expect(rows[1]!.correction_note).toBe('An evidence link pointed at the wrong report.');
  });

  it('serves JSON whose SHA-256 is the published one', async () => {
    const view = await queries.getSnapshot('2025-Q1');
    expect(view).not.toBeNull();
    const [stored] = await db.sql<{ sha256: string }>(`SELECT sha256 FROM snapshots WHERE quarter = '2025-Q1'`);
    expect(createHash('sha256').update(view!.snapshot.json, 'utf8').digest('hex')).toBe(stored!.sha256);
    const { GET } = await import('../../app/(public)/snapshots/[quarter]/snapshot.json/route.ts');
    const response = await GET(new Request('http://dashboard.test/snapshots/2025-Q1/snapshot.json'), { params: Promise.resolve({ quarter: '2025-Q1' }) });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(stored!.sha256);
    // A revision is asked for by number; a bad one is named, a missing one is a 404.
    const ask = (query: string) => GET(new Request(`http://dashboard.test/snapshots/2025-Q1/snapshot.json${query}`), { params: Promise.resolve({ quarter: '2025-Q1' }) });
    expect((await ask('?revision=0')).status).toBe(200);
    const bad = await ask('?revision=first');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.parameter).toBe('revision');
    const missing = await ask('?revision=7');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.parameter).toBe('revision');
  });

  it('downloads a ZIP whose manifest matches its files and whose JSON is the published document', async () => {
    const { GET } = await import('../../app/(public)/snapshots/[quarter]/snapshot.zip/route.ts');
    const { readZip } = await import('../../lib/archives/zip-archive.ts');
    const response = await GET(new Request('http://dashboard.test/snapshots/2025-Q1/snapshot.zip'), { params: Promise.resolve({ quarter: '2025-Q1' }) });
    const files = readZip(new Uint8Array(await response.arrayBuffer()));
    expect([...files.keys()].sort()).toEqual(['README.txt', 'commitments.csv', 'indicators.csv', 'manifest.json', 'snapshot.json', 'stop-search.csv']);
    const manifest = JSON.parse(Buffer.from(files.get('manifest.json')!).toString('utf8')) as { path: string; sha256: string }[];
    for (const entry of manifest) expect(createHash('sha256').update(files.get(entry.path)!).digest('hex')).toBe(entry.sha256);
    const [stored] = await db.sql<{ sha256: string }>(`SELECT sha256 FROM snapshots WHERE quarter = '2025-Q1'`);
    expect(createHash('sha256').update(files.get('snapshot.json')!).digest('hex')).toBe(stored!.sha256);
    const [count] = await db.sql<{ n: number }>('SELECT count(*)::int AS n FROM commitments');
    const commitmentsCsv = Buffer.from(files.get('commitments.csv')!).toString('utf8');
    const rows = parse(commitmentsCsv, { bom: true, comment: '#', comment_no_infix: true, columns: true, skip_empty_lines: true }) as unknown[];
    expect(rows.length).toBe(count!.n);
    // The dashboard's own writing is CC BY 4.0; the police and ONS figures stay under the OGL.
    const readme = Buffer.from(files.get('README.txt')!).toString('utf8');
    expect(readme).toContain('Creative Commons Attribution 4.0 International licence (CC-BY-4.0, https://creativecommons.org/licenses/by/4.0/)');
    expect(readme).toContain('Open Government Licence v3.0');
    expect(commitmentsCsv).toContain('# Licence: Open Government Licence v3.0 for police and ONS data; summaries written by the Met accountability dashboard under Creative Commons Attribution 4.0 International (CC-BY-4.0).');
  });

  it('compares two real quarters with exactly the status changes SQL finds', async () => {
    const before = await statusesAsOfBySql('2024-12-31');
    const after = await statusesAsOfBySql('2025-03-31');
    const expected = [...after]
      .filter(([id, status]) => before.get(id) !== status)
      .map(([id, status]) => ({ id, from: before.get(id), to: status }))
      .sort((a, b) => a.id.localeCompare(b.id));
    expect(expected.length).toBeGreaterThan(0);
    // The original 2024-Q4 is corrected, so compare with the quarter as it now stands.
    const view = await queries.getSnapshotComparison('2024-Q4', '2025-Q1');
    const actual = view!.comparison.status_changes.map(({ id, from, to }) => ({ id, from, to })).sort((a, b) => a.id.localeCompare(b.id));
    expect(actual).toEqual(expected);
  });
});

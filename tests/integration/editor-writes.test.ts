// Every write in the editor area, called the way its server action calls it,
// against the real seeded catalogue: who may do what, that refused requests
// change nothing, that a write and its audit entry commit together or not at
// all, and that corrections change what the public sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../prisma/seed/seed-database.ts';
import { pointAppAt, releaseApp, statusesBySql } from './support/app-database.ts';
import { createUser, databaseChecksum, requestFrom, signInCookie, type TestRequest } from './support/editor-requests.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

type StatusUpdates = typeof import('../../lib/mutations/status-updates.ts');
type Commitments = typeof import('../../lib/mutations/commitments.ts');
type Sources = typeof import('../../lib/mutations/sources.ts');
type Users = typeof import('../../lib/mutations/users.ts');
type Queries = typeof import('../../lib/queries/commitments.ts');
type Changes = typeof import('../../lib/queries/public-changes.ts');
type RouteHandler = typeof import('../../lib/auth/route-handler.ts');

let db: TestDatabase;
let updates: StatusUpdates;
let commitments: Commitments;
let sources: Sources;
let users: Users;
let queries: Queries;
let changes: Changes;
let routeHandler: RouteHandler['routeHandler'];
let editorCookie: string;
let adminCookie: string;
let editorId: string;
let commitmentId: string;

const today = new Date().toISOString().slice(0, 10);

function updateInput(overrides: Record<string, unknown> = {}) {
  return {
    commitmentId,
    status: 'DELIVERED',
    asOf: today,
    note: 'The Met published the final report on its website.',
    statusBasis: '',
    evidence: [
      { title: 'Final report', url: 'https://www.met.police.uk/final-report' },
      { title: 'Press release', url: 'https://news.met.police.uk/final-report' },
    ],
    ...overrides,
  };
}

async function asEditor(): Promise<TestRequest> {
  return requestFrom({ cookie: editorCookie });
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDatabase(db.prisma);
  pointAppAt(db);
  updates = await import('../../lib/mutations/status-updates.ts');
  commitments = await import('../../lib/mutations/commitments.ts');
  sources = await import('../../lib/mutations/sources.ts');
  users = await import('../../lib/mutations/users.ts');
  queries = await import('../../lib/queries/commitments.ts');
  changes = await import('../../lib/queries/public-changes.ts');
  ({ routeHandler } = await import('../../lib/auth/route-handler.ts'));
  editorId = await createUser(db, 'editor@example.org', 'EDITOR');
  await createUser(db, 'admin@example.org', 'ADMIN');
  editorCookie = await signInCookie('editor@example.org');
  adminCookie = await signInCookie('admin@example.org');
  const statuses = await statusesBySql(db);
  // A commitment still in progress, so "delivered" visibly changes it.
  commitmentId = [...statuses].find(([, s]) => s === 'IN_PROGRESS')?.[0] ?? '';
  expect(commitmentId).not.toBe('');
});

afterAll(async () => {
  await releaseApp();
  await db?.drop();
});

const newSource = { id: 'new-source', title: 'A new plan', publisher: 'MOPAC', publishedOn: '2025-01-10', url: 'https://www.london.gov.uk/plan', note: '' };

// Every write, with input that would succeed for the right person.
function everyWrite(): Array<[string, (r: TestRequest) => Promise<{ ok: boolean; status?: number }>, 'EDITOR' | 'ADMIN']> {
  return [
    ['add a status update', (r) => updates.addStatusUpdate(r, updateInput()), 'EDITOR'],
    ['correct an entry', async (r) => {
      const [target] = await db.sql<{ id: string }>('SELECT id FROM status_updates WHERE commitment_id = $1 LIMIT 1', [commitmentId]);
      return updates.correctStatusUpdate(r, { ...updateInput(), correctsId: target?.id });
    }, 'EDITOR'],
    ['add a commitment', (r) => commitments.createCommitment(r, { id: 'brand-new', sourceId: 'lrap-2024', theme: 'other', summary: 'A brand new commitment here.', measure: 'A measure.', url: 'https://example.org/a' }), 'EDITOR'],
    ['edit a commitment', (r) => commitments.updateCommitment(r, { id: commitmentId, sourceId: 'lrap-2024', theme: 'other', summary: 'Rewritten summary of it.', measure: 'Another measure.', url: 'https://example.org/b' }), 'EDITOR'],
    ['add a source', (r) => sources.createSource(r, newSource), 'EDITOR'],
    ['invite someone', (r) => users.inviteUser(r, { email: 'new@example.org', name: 'New Person', role: 'EDITOR' }), 'ADMIN'],
    ['disable someone', (r) => users.setUserDisabled(r, { userId: editorId, disabled: 'true' }), 'ADMIN'],
    ['change a role', (r) => users.changeUserRole(r, { userId: editorId, role: 'ADMIN' }), 'ADMIN'],
    ['send a new link', (r) => users.reinviteUser(r, { userId: editorId }), 'ADMIN'],
  ];
}

describe('refused requests change nothing', () => {
  it.each(everyWrite().map(([name, write]) => [name, write] as const))('anonymous: %s -> 401', async (_name, write) => {
    const before = await databaseChecksum(db);
    expect(await write(requestFrom())).toMatchObject({ ok: false, status: 401 });
    expect(await databaseChecksum(db)).toEqual(before);
  });

  it.each(everyWrite().filter(([, , role]) => role === 'ADMIN').map(([name, write]) => [name, write] as const))(
    'editor where an admin is needed: %s -> 403',
    async (_name, write) => {
      const before = await databaseChecksum(db);
      expect(await write(await asEditor())).toMatchObject({ ok: false, status: 403, code: 'forbidden' });
      expect(await databaseChecksum(db)).toEqual(before);
    },
  );

  it.each(everyWrite().map(([name, write]) => [name, write] as const))('signed in, but sent from another site: %s -> 403', async (_name, write) => {
    const before = await databaseChecksum(db);
    expect(await write(requestFrom({ cookie: adminCookie, origin: 'https://evil.example' }))).toMatchObject({ ok: false, status: 403, code: 'cross_origin' });
    expect(await write(requestFrom({ cookie: adminCookie, origin: null }))).toMatchObject({ ok: false, status: 403 });
    expect(await databaseChecksum(db)).toEqual(before);
  });

  it('answers a route handler with 401 JSON for an anonymous request', async () => {
    const before = await databaseChecksum(db);
    const handler = routeHandler(updates.addStatusUpdate, 201);
    const response = await handler(new Request('http://dashboard.test/editor/updates', {
      method: 'POST',
      headers: { origin: 'http://dashboard.test', host: 'dashboard.test', 'content-type': 'application/json' },
      body: JSON.stringify(updateInput()),
    }));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'not_signed_in', message: expect.any(String) } });
    expect(await databaseChecksum(db)).toEqual(before);
  });

  it('returns field errors for bad input, writing nothing', async () => {
    const before = await databaseChecksum(db);
    const result = await updates.addStatusUpdate(await asEditor(), updateInput({ note: '', evidence: [{ title: 'x', url: 'ftp://x' }] }));
    expect(result).toMatchObject({ ok: false, status: 422 });
    if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['evidence.0.url', 'note']);
    expect(await databaseChecksum(db)).toEqual(before);
  });
});

describe('a status update', () => {
  it('writes the entry, its evidence and an audit entry together, and refreshes the public pages', async () => {
    const request = await asEditor();
    const result = await updates.addStatusUpdate(request, updateInput());
    if (!result.ok) throw new Error(result.message);
    const [entry] = await db.sql<{ status: string; recorded_by_id: string; origin: string }>(
      'SELECT status::text, recorded_by_id, origin FROM status_updates WHERE id = $1',
      [result.data.id],
    );
    expect(entry).toEqual({ status: 'delivered', recorded_by_id: editorId, origin: 'editor' });
    const links = await db.sql<{ title: string; position: number }>('SELECT title, position FROM evidence_links WHERE status_update_id = $1 ORDER BY position', [result.data.id]);
    expect(links).toEqual([{ title: 'Final report', position: 0 }, { title: 'Press release', position: 1 }]);
    const audit = await db.sql<{ actor_id: string; action: string; before: { commitmentStatus: string }; after: { commitmentStatus: string; evidence: unknown[] } }>(
      "SELECT actor_id, action, before, after FROM audit_log WHERE entity_type = 'status_update' AND entity_id = $1",
      [result.data.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: editorId, action: 'create', before: { commitmentStatus: 'IN_PROGRESS' }, after: { commitmentStatus: 'DELIVERED' } });
    expect(audit[0]?.after.evidence).toHaveLength(2);
    expect(request.revalidated).toEqual(expect.arrayContaining(['/', '/commitments', `/commitments/${commitmentId}`, '/changes']));
    expect((await queries.getCommitment(commitmentId))?.status).toBe('DELIVERED');
  });

  it.each(['evidence_links', 'audit_log'])('leaves nothing behind when writing to %s fails half-way', async (table) => {
    await db.sql(`CREATE FUNCTION fail_insert() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full (simulated)'; END $$ LANGUAGE plpgsql`);
    await db.sql(`CREATE TRIGGER fail_insert BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION fail_insert()`);
    try {
      const before = await databaseChecksum(db);
      const result = await updates.addStatusUpdate(await asEditor(), updateInput({ note: 'This one must not be saved at all.' }));
      expect(result).toMatchObject({ ok: false, status: 500 });
      // The message leaks no SQL.
      if (!result.ok) expect(result.message).not.toMatch(/disk full|SQL|insert/i);
      expect(await databaseChecksum(db)).toEqual(before);
    } finally {
      await db.sql(`DROP TRIGGER fail_insert ON ${table}`);
      await db.sql('DROP FUNCTION fail_insert()');
    }
  });
});

describe('a correction', () => {
  it('points at the entry it corrects, which is set aside, and the public status follows the correction', async () => {
    const added = await updates.addStatusUpdate(await asEditor(), updateInput({ note: 'Reported as delivered by mistake.' }));
    if (!added.ok) throw new Error(added.message);
    expect((await queries.getCommitment(commitmentId))?.status).toBe('DELIVERED');

    const correction = await updates.correctStatusUpdate(await asEditor(), {
      ...updateInput({ status: 'IN_PROGRESS', note: 'Correction: the report was a draft, work continues.' }),
      correctsId: added.data.id,
    });
    if (!correction.ok) throw new Error(correction.message);
    const [row] = await db.sql<{ corrects_id: string }>('SELECT corrects_id FROM status_updates WHERE id = $1', [correction.data.id]);
    expect(row?.corrects_id).toBe(added.data.id);
    // The corrected entry is still there, unchanged.
    const [original] = await db.sql<{ note: string; status: string }>('SELECT note, status::text FROM status_updates WHERE id = $1', [added.data.id]);
    expect(original).toEqual({ note: 'Reported as delivered by mistake.', status: 'delivered' });

    // Another delivered entry (from the test above) still stands, so DELIVERED stays unless it too is corrected.
    const detail = await queries.getCommitment(commitmentId);
    expect(detail?.timeline.find((e) => e.id === added.data.id)?.correctedByIds).toEqual([correction.data.id]);
    expect(detail?.status).toBe((await statusesBySql(db)).get(commitmentId));

    const audit = await db.sql<{ action: string; before: { id: string; status: string } }>(
      "SELECT action, before FROM audit_log WHERE entity_type = 'status_update' AND entity_id = $1",
      [correction.data.id],
    );
    expect(audit[0]).toMatchObject({ action: 'correct', before: { id: added.data.id, status: 'DELIVERED' } });

    const publicChanges = await changes.listPublicChanges();
    expect(publicChanges[0]).toMatchObject({ kind: 'correction', entryId: correction.data.id, commitmentId, reportedStatus: 'IN_PROGRESS' });
  });

  it('changes the public status when it corrects the entry that decided it', async () => {
    const id = (await db.sql<{ id: string }>("SELECT c.id FROM commitments c WHERE NOT EXISTS (SELECT 1 FROM status_updates u WHERE u.commitment_id = c.id) LIMIT 1"))[0]?.id;
    if (!id) throw new Error('the seed should have a commitment with no update');
    const added = await updates.addStatusUpdate(await asEditor(), updateInput({ commitmentId: id, status: 'DELIVERED' }));
    if (!added.ok) throw new Error(added.message);
    expect((await queries.getCommitment(id))?.status).toBe('DELIVERED');
    const corrected = await updates.correctStatusUpdate(await asEditor(), { ...updateInput({ commitmentId: id, status: 'NOT_STARTED', note: 'Correction: nothing has started yet.' }), correctsId: added.data.id });
    expect(corrected.ok).toBe(true);
    expect((await queries.getCommitment(id))?.status).toBe((await statusesBySql(db)).get(id));
    expect(['NOT_STARTED', 'LATE']).toContain((await queries.getCommitment(id))?.status);
  });

  it('refuses to correct an entry twice, or one from another commitment', async () => {
    const [corrected] = await db.sql<{ corrects_id: string; commitment_id: string }>('SELECT corrects_id, commitment_id FROM status_updates WHERE corrects_id IS NOT NULL LIMIT 1');
    const again = await updates.correctStatusUpdate(await asEditor(), { ...updateInput({ commitmentId: corrected?.commitment_id }), correctsId: corrected?.corrects_id });
    expect(again).toMatchObject({ ok: false, status: 409, code: 'already_corrected' });
    const [other] = await db.sql<{ id: string }>('SELECT id FROM status_updates WHERE commitment_id <> $1 LIMIT 1', [commitmentId]);
    expect(await updates.correctStatusUpdate(await asEditor(), { ...updateInput(), correctsId: other?.id })).toMatchObject({ ok: false, status: 404 });
  });
});

describe('commitments and sources', () => {
  it('adds a source and a commitment, and records each edit with its before and after', async () => {
    expect(await sources.createSource(await asEditor(), newSource)).toMatchObject({ ok: true });
    expect(await sources.createSource(await asEditor(), newSource)).toMatchObject({ ok: false, status: 409, fieldErrors: { id: [expect.any(String)] } });
    const created = await commitments.createCommitment(await asEditor(), {
      id: 'new-commitment', sourceId: 'new-source', theme: 'transparency', summary: 'Publish body-worn video analysis each quarter.', measure: 'Quarterly analysis published.', url: 'https://www.london.gov.uk/plan#bwv', dueOn: '2026-12-31',
    });
    expect(created).toMatchObject({ ok: true });
    expect((await queries.getCommitment('new-commitment'))?.status).toBe('NO_UPDATE');

    const edited = await commitments.updateCommitment(await asEditor(), {
      id: 'new-commitment', sourceId: 'new-source', theme: 'transparency', summary: 'Publish body-worn video analysis every quarter.', measure: 'Quarterly analysis published.', url: 'https://www.london.gov.uk/plan#bwv', dueOn: '',
    });
    expect(edited).toMatchObject({ ok: true });
    const [audit] = await db.sql<{ before: { summary: string; dueOn: string | null }; after: { summary: string; dueOn: string | null } }>(
      "SELECT before, after FROM audit_log WHERE entity_type = 'commitment' AND action = 'update' AND entity_id = 'new-commitment'",
    );
    expect(audit?.before).toMatchObject({ summary: 'Publish body-worn video analysis each quarter.', dueOn: '2026-12-31T00:00:00.000Z' });
    expect(audit?.after).toMatchObject({ summary: 'Publish body-worn video analysis every quarter.', dueOn: null });
    const unknownSource = await commitments.createCommitment(await asEditor(), { id: 'orphan', sourceId: 'no-such-source', theme: 'x', summary: 'Summary long enough.', measure: 'Measure.', url: 'https://example.org' });
    expect(unknownSource).toMatchObject({ ok: false, status: 422, fieldErrors: { sourceId: [expect.any(String)] } });
  });
});

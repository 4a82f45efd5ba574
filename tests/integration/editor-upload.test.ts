// Data uploads through the editor's route handler, against a real database:
// who may upload, the size and type checks (refused before anything is
// written), real files loading with their audit entry in the same transaction,
// a repeat being unchanged, and several files reported in one request.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UploadEvent } from '../../lib/uploads/upload-events.ts';
import { pointAppAt, releaseApp, TEST_ORIGIN } from './support/app-database.ts';
import { createUser, databaseChecksum, requestFrom, signInCookie } from './support/editor-requests.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

type Route = typeof import('../../app/editor/imports/upload/route.ts');
type Limits = typeof import('../../lib/uploads/limits.ts');

const RAW = path.resolve(import.meta.dirname, '../../../shared/data/stop-and-search/police-uk-raw/city-of-london');
const colName = (month: string) => `${month}-city-of-london-stop-and-search.csv`;
const colFile = (month: string) => readFile(path.join(RAW, colName(month)));

let db: TestDatabase;
let POST: Route['POST'];
let limits: Limits['UPLOAD_LIMITS'];
let editorCookie: string;
let editorId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  pointAppAt(db);
  ({ POST } = await import('../../app/editor/imports/upload/route.ts'));
  ({ UPLOAD_LIMITS: limits } = await import('../../lib/uploads/limits.ts'));
  editorId = await createUser(db, 'editor@example.org', 'EDITOR');
  editorCookie = await signInCookie('editor@example.org');
});

afterAll(async () => {
  await releaseApp();
  await db?.drop();
});

/** A multipart POST as the page's form sends it, with the editor's cookie unless told otherwise. */
function upload(files: { name: string; bytes: Uint8Array }[], options: { cookie?: string | null; replace?: boolean } = {}): Request {
  const form = new FormData();
  for (const file of files) form.append('files', new Blob([Uint8Array.from(file.bytes)], { type: 'text/csv' }), file.name);
  if (options.replace) form.append('replace', 'on');
  const headers = requestFrom({ cookie: options.cookie === null ? undefined : (options.cookie ?? editorCookie) }).headers;
  return new Request(`${TEST_ORIGIN}/editor/imports/upload`, { method: 'POST', headers, body: form });
}

async function events(response: Response): Promise<UploadEvent[]> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
  return (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as UploadEvent);
}

const reportsOf = (list: UploadEvent[]) => list.flatMap((e) => (e.type === 'report' ? [e.report] : []));

async function expectRefusedAndUnchanged(request: Request, status: number, message: RegExp) {
  const before = await databaseChecksum(db);
  const response = await POST(request);
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.message).toMatch(message);
  expect(await databaseChecksum(db)).toEqual(before);
}

describe('who may upload', () => {
  it('refuses an anonymous upload with 401 and writes nothing', async () => {
    await expectRefusedAndUnchanged(upload([{ name: colName('2019-01'), bytes: await colFile('2019-01') }], { cookie: null }), 401, /sign in/);
  });

  it('refuses an upload from another site with 403 and writes nothing', async () => {
    const request = upload([{ name: colName('2019-01'), bytes: await colFile('2019-01') }]);
    request.headers.set('origin', 'https://evil.example');
    await expectRefusedAndUnchanged(request, 403, /another site/);
  });
});

describe('checks before anything is parsed', () => {
  it('refuses PNG bytes named like a police file with 415, naming the file', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await expectRefusedAndUnchanged(upload([{ name: colName('2030-01'), bytes: png }]), 415, /2030-01-city-of-london-stop-and-search\.csv: this is not a CSV text file/);
  });

  it('refuses a CSV whose first line is not the police header with 415', async () => {
    const bytes = new TextEncoder().encode('name,amount\nA,1\n');
    await expectRefusedAndUnchanged(upload([{ name: colName('2030-01'), bytes }]), 415, /line 1: not a data\.police\.uk stop-and-search header/);
  });

  it('refuses a file whose name gives no force and month with 415', async () => {
    await expectRefusedAndUnchanged(upload([{ name: 'searches.csv', bytes: await colFile('2019-01') }]), 415, /searches\.csv: the name must look like YYYY-MM-<force>/);
  });

  it('refuses a body that is not a multipart form with 415', async () => {
    const request = new Request(`${TEST_ORIGIN}/editor/imports/upload`, {
      method: 'POST',
      headers: (() => {
        const headers = requestFrom({ cookie: editorCookie }).headers;
        headers.set('content-type', 'application/json');
        return headers;
      })(),
      body: '{}',
    });
    await expectRefusedAndUnchanged(request, 415, /upload form/);
  });

  it('refuses a file over the per-file limit with 413 while it streams', async () => {
    const header = (await colFile('2019-01')).subarray(0, 400);
    const big = new Uint8Array(limits.maxFileBytes + 1024).fill(0x78);
    big.set(header, 0);
    await expectRefusedAndUnchanged(upload([{ name: colName('2030-01'), bytes: big }]), 413, /larger than 50 MB/);
  });

  it('refuses a request declaring more than the request limit with 413 before reading it', async () => {
    const request = upload([{ name: colName('2019-01'), bytes: await colFile('2019-01') }]);
    const declared = new Request(request, { headers: new Headers(request.headers), duplex: 'half' } as RequestInit);
    declared.headers.set('content-length', String(limits.maxRequestBytes + 1));
    await expectRefusedAndUnchanged(declared, 413, /larger than 200 MB/);
  });

  it(`refuses more than the file limit with 413`, async () => {
    const bytes = await colFile('2019-01');
    const files = Array.from({ length: limits.maxFiles + 1 }, () => ({ name: colName('2019-01'), bytes }));
    await expectRefusedAndUnchanged(upload(files), 413, /at most 20 files/);
  });
});

describe('importing uploaded files', () => {
  it('loads a real file as the editor, with its audit entry, and streams progress then the report', async () => {
    const list = await events(await POST(upload([{ name: colName('2019-01'), bytes: await colFile('2019-01') }])));
    expect(list[0]).toMatchObject({ type: 'received', files: [{ file: colName('2019-01') }] });
    expect(list.some((e) => e.type === 'progress' && e.file === colName('2019-01'))).toBe(true);
    expect(list.at(-1)).toEqual({ type: 'done', loaded: 1 });
    const [report] = reportsOf(list);
    expect(report).toMatchObject({ outcome: 'loaded', force: 'city-of-london', month: '2019-01', rowsRejected: 0 });

    const [batch] = await db.sql<{ id: string; imported_by_id: string; rows_loaded: number }>('SELECT id, imported_by_id, rows_loaded FROM import_batches');
    expect(batch).toMatchObject({ id: report!.batchId, imported_by_id: editorId });
    const [{ records }] = (await db.sql<{ records: number }>('SELECT count(*)::int AS records FROM stop_search_records WHERE batch_id = $1', [batch!.id])) as [{ records: number }];
    expect(records).toBe(batch!.rows_loaded);
    const audit = await db.sql<{ actor_id: string; via: string; action: string; after: { fileName: string; rowsLoaded: number } }>(
      "SELECT actor_id, via, action, after FROM audit_log WHERE entity_type = 'import' AND entity_id = $1",
      [batch!.id],
    );
    expect(audit).toEqual([{ actor_id: editorId, via: 'editor', action: 'import', after: expect.objectContaining({ fileName: colName('2019-01'), rowsLoaded: records }) }]);
    // No temporary file is left behind (the folder is named by the route).
    const { readdir } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    expect((await readdir(tmpdir())).filter((name) => name.startsWith('met-upload-'))).toEqual([]);
  });

  it('says the same file again is unchanged, and writes nothing', async () => {
    const before = await databaseChecksum(db);
    const list = await events(await POST(upload([{ name: colName('2019-01'), bytes: await colFile('2019-01') }])));
    expect(reportsOf(list)).toEqual([expect.objectContaining({ outcome: 'unchanged', loadedFrom: colName('2019-01') })]);
    expect(list.at(-1)).toEqual({ type: 'done', loaded: 0 });
    expect(await databaseChecksum(db)).toEqual(before);
  });

  it('imports two files in one request, one after another, and reports both', async () => {
    const list = await events(
      await POST(
        upload([
          { name: colName('2019-02'), bytes: await colFile('2019-02') },
          { name: colName('2019-03'), bytes: await colFile('2019-03') },
        ]),
      ),
    );
    expect(reportsOf(list).map((r) => [r.month, r.outcome])).toEqual([
      ['2019-02', 'loaded'],
      ['2019-03', 'loaded'],
    ]);
    expect(list.at(-1)).toEqual({ type: 'done', loaded: 2 });
  });

  it('refuses a different file for a loaded month unless replace is ticked', async () => {
    const original = await colFile('2019-02');
    const edited = original.subarray(0, original.lastIndexOf(0x0a, original.length - 2) + 1);
    const before = await databaseChecksum(db);
    const refused = await events(await POST(upload([{ name: colName('2019-02'), bytes: edited }])));
    expect(refused.find((e) => e.type === 'refused')).toMatchObject({ type: 'refused', file: colName('2019-02'), loadedFrom: colName('2019-02') });
    expect(await databaseChecksum(db)).toEqual(before);

    const replaced = await events(await POST(upload([{ name: colName('2019-02'), bytes: edited }], { replace: true })));
    expect(reportsOf(replaced)).toEqual([expect.objectContaining({ outcome: 'loaded', replacedBatchId: expect.any(String) })]);
    const [entry] = await db.sql<{ before: { batchId: string } }>("SELECT before FROM audit_log WHERE entity_type = 'import' AND before IS NOT NULL");
    expect(entry?.before.batchId).toBe(reportsOf(replaced)[0]!.outcome === 'loaded' ? (reportsOf(replaced)[0] as { replacedBatchId: string }).replacedBatchId : '');
  });

  it('reports a broken file with its line and field and loads nothing from it', async () => {
    const header = (await colFile('2019-01')).toString('utf8').split('\n')[0];
    const bytes = new TextEncoder().encode(`${header}\nPerson search,not a date,False,,,,Male,18-24,,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,A no further action disposal,False,False\n`);
    const before = await databaseChecksum(db);
    const list = await events(await POST(upload([{ name: colName('2030-01'), bytes }])));
    expect(list.find((e) => e.type === 'failed')).toMatchObject({ type: 'failed', code: 'no-valid-rows', line: 2, field: 'Date' });
    expect(await databaseChecksum(db)).toEqual(before);
  });

  it('keeps audit entries and batches one for one: an entry exists exactly when its batch does', async () => {
    const rows = await db.sql<{ batches: string[] | null; audited: string[] | null }>(
      "SELECT (SELECT array_agg(id::text ORDER BY id) FROM import_batches) AS batches, (SELECT array_agg(entity_id ORDER BY entity_id) FROM audit_log WHERE entity_type = 'import') AS audited",
    );
    expect(rows[0]!.batches).toHaveLength(4);
    expect(rows[0]!.audited).toEqual(rows[0]!.batches);
  });
});

describe('refreshing the public pages', () => {
  it('revalidates the pages that show the figures once a file has loaded, and deletes the temporary folder', async () => {
    const { copyFile, mkdtemp, stat } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { importEventStream, PAGES_SHOWING_IMPORTS } = await import('../../lib/uploads/upload-stream.ts');
    const dir = await mkdtemp(path.join(tmpdir(), 'upload-test-'));
    const file = path.join(dir, '0.csv');
    await copyFile(path.join(RAW, colName('2019-06')), file);
    const request = requestFrom({ cookie: editorCookie });
    const upload = { files: [{ name: colName('2019-06'), path: file, bytes: (await stat(file)).size }], replace: false, dir, actorId: editorId };
    const text = await new Response(importEventStream(db.url, upload, request)).text();
    expect(text.trim().split('\n').at(-1)).toBe('{"type":"done","loaded":1}');
    expect(request.revalidated).toEqual(PAGES_SHOWING_IMPORTS);
    await expect(stat(dir)).rejects.toThrow(/ENOENT/);
  });
});

describe('the audit entry is part of the import transaction', () => {
  it('records command-line imports as made on the command line, by nobody signed in', async () => {
    const pg = (await import('pg')).default;
    const { runImports } = await import('../../scripts/import/run-imports.ts');
    const pool = new pg.Pool({ connectionString: db.url, max: 1 });
    const progress = { start: () => undefined, update: () => undefined, stop: () => undefined };
    try {
      const [result] = await runImports(pool, [path.join(RAW, colName('2019-05'))], { replace: false, dryRun: false, progress, onResult: () => undefined });
      const batchId = result && 'report' in result ? result.report.batchId : '';
      const audit = await db.sql<{ actor_id: string | null; via: string }>("SELECT actor_id, via FROM audit_log WHERE entity_type = 'import' AND entity_id = $1", [batchId]);
      expect(audit).toEqual([{ actor_id: null, via: 'command line' }]);
    } finally {
      await pool.end();
    }
  });

  it('leaves no batch and no records when the audit entry cannot be written', async () => {
    const { importPoliceFile } = await import('../../lib/importers/police-uk/import-file.ts');
    const before = await databaseChecksum(db);
    // An actor who does not exist breaks the audit insert (foreign key) after the batch insert.
    await expect(importPoliceFile(db.url, path.join(RAW, colName('2019-04')), { audit: { actorId: 'no-such-user', via: 'editor' } })).rejects.toThrow(/foreign key/);
    expect(await databaseChecksum(db)).toEqual(before);
  });
});

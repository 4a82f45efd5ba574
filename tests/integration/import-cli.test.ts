// `npm run import` as a person runs it: a real process against a real
// database (DATABASE_URL), checked by its exit code, its output and the rows
// it leaves behind.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, createTestDatabase, type TestDatabase } from './support/test-database.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RAW = path.resolve(ROOT, '../shared/data/stop-and-search/police-uk-raw/city-of-london');
const NAME = (month: string) => `${month}-city-of-london-stop-and-search.csv`;

interface Run {
  code: number;
  stdout: string;
  /** What a person reads on standard error, without the JSON log lines. */
  stderr: string;
  /** The structured log lines (lib/logging), parsed. */
  logs: Record<string, unknown>[];
}

function splitStderr(text: string): Pick<Run, 'stderr' | 'logs'> {
  const lines = text.split('\n');
  const isLog = (line: string) => line.startsWith('{"level":');
  return { stderr: lines.filter((l) => !isLog(l)).join('\n'), logs: lines.filter(isLog).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

function runImport(databaseUrl: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      ['scripts/import.ts', ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, ...splitStderr(stderr) }),
    );
  });
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

let db: TestDatabase;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(path.join(tmpdir(), 'police-cli-'));
  // A folder as someone might download it: two good months, one broken, and other files.
  await mkdir(path.join(dir, 'downloads', '2018-03'), { recursive: true });
  for (const month of ['2018-01', '2018-02']) await copyFile(path.join(RAW, NAME(month)), path.join(dir, 'downloads', NAME(month)));
  const march = await readFile(path.join(RAW, NAME('2018-03')), 'utf8');
  await writeFile(path.join(dir, 'downloads', '2018-03', NAME('2018-03')), march.slice(0, march.length - 30));
  await writeFile(path.join(dir, 'downloads', 'notes.txt'), 'not a police file');
});

afterAll(async () => {
  await db?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('imports every stop-and-search file in a folder, reports each, and fails only the broken one', async () => {
    const run = await runImport(db.url, [path.join(dir, 'downloads')]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^✓ 2018-01-city-of-london-stop-and-search\.csv: loaded 98 of 98 rows for city-of-london 2018-01 \(0 rejected\) in [\d.]+ s, [\d,]+ rows\/s\.$/);
    expect(lines[1]).toMatch(/^ {2}[\d,]+ placed in a borough, [\d,]+ without a location, \d+ outside London; [\d,]+ duplicate rows? kept\.$/);
    expect(lines[2]).toMatch(/^✓ 2018-02-city-of-london-stop-and-search\.csv: loaded 80 of 80 rows/);
    expect(lines[4]).toMatch(/^✗ 2018-03-city-of-london-stop-and-search\.csv, line 128, field "[^"]+": the last line stops after \d+ of 15 values/);
    expect(lines[5]).toMatch(/^3 files: 2 loaded, 0 unchanged, 1 failed; 178 rows loaded, 0 rejected; [\d.]+ s in all\.$/);
    expect(run.stderr.trim()).toBe('Error: 1 of 3 files could not be imported (see above); the others are unaffected.');
    noStackTrace(run.stderr);
    // One run id on every log line, one line per file, and no folder names.
    const runIds = new Set(run.logs.map((l) => l['runId']));
    expect(runIds.size).toBe(1);
    expect([...runIds][0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(run.logs.filter((l) => l['msg'] === 'file imported').map((l) => [l['file'], l['rowsLoaded']])).toEqual([
      [NAME('2018-01'), 98],
      [NAME('2018-02'), 80],
    ]);
    expect(run.logs.filter((l) => l['msg'] === 'file not imported').map((l) => l['file'])).toEqual([NAME('2018-03')]);
    expect(JSON.stringify(run.logs)).not.toContain(dir);
    const batches = await db.sql('SELECT file_name, rows_loaded FROM import_batches ORDER BY file_name');
    expect(batches).toEqual([
      { file_name: NAME('2018-01'), rows_loaded: 98 },
      { file_name: NAME('2018-02'), rows_loaded: 80 },
    ]);
  }, 60_000);

  it('says a repeated file is unchanged and exits cleanly', async () => {
    const run = await runImport(db.url, [path.join(dir, 'downloads', NAME('2018-01'))]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^= 2018-01-city-of-london-stop-and-search\.csv: unchanged: this exact file \(sha256 [0-9a-f]{12}…\) is already loaded for city-of-london 2018-01/);
    expect(run.stdout).toContain('1 file: 0 loaded, 1 unchanged, 0 failed');
  }, 60_000);

  it('refuses a different file for a loaded month unless --replace is given', async () => {
    const edited = path.join(dir, 'edited', NAME('2018-02'));
    await mkdir(path.dirname(edited), { recursive: true });
    const lines = (await readFile(path.join(RAW, NAME('2018-02')), 'utf8')).split('\n');
    await writeFile(edited, [...lines.slice(0, 5), ''].join('\n'));
    const refused = await runImport(db.url, [edited]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/✗ 2018-02-city-of-london-stop-and-search\.csv: city-of-london 2018-02 is already loaded from a different file .*--replace/);
    const replaced = await runImport(db.url, ['--replace', edited]);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toMatch(/loaded 4 of 4 rows .* replacing the earlier import \(batch [0-9a-f-]{36}\)\./);
  }, 60_000);

  it('tells you to migrate when the database has no tables, in one line', async () => {
    const empty = await createEmptyDatabase();
    try {
      const run = await runImport(empty.url, [path.join(dir, 'downloads', NAME('2018-01'))]);
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe('Error: The database has no tables yet: run `npm run db:migrate` first.');
    } finally {
      await empty.drop();
    }
  }, 60_000);

  it('explains a path that does not exist, in one line', async () => {
    const run = await runImport(db.url, [path.join(dir, 'nowhere')]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`Error: ${path.join(dir, 'nowhere')}: no such file or folder.`);
  }, 60_000);
});

// Prisma's schema engine, loaded from its WebAssembly build. The CLI's native
// engine is a download this machine cannot make; the WASM build ships in npm
// and writes migrations history exactly as `prisma migrate deploy` does.
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';

const require = createRequire(import.meta.url);
export const projectRoot = path.resolve(import.meta.dirname, '..', '..');
export const schemaPath = path.join(projectRoot, 'prisma', 'schema.prisma');
export const migrationsDir = path.join(projectRoot, 'prisma', 'migrations');
const noFilters = { externalTables: [], externalEnums: [] };

async function loadEngineModule() {
  const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bg = await import(bgPath);
  const bytes = await readFile(path.join(path.dirname(bgPath), 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg as { SchemaEngine: typeof SchemaEngine };
}

let modulePromise: ReturnType<typeof loadEngineModule> | undefined;

/**
 * Runs `work` with a schema engine on the database, then closes the engine and
 * every connection it opened (engine.free() alone leaves them open, and the
 * next engine would then wait on Prisma's migration advisory lock).
 */
export async function withSchemaEngine<T>(connectionString: string, work: (engine: SchemaEngine) => Promise<T>) {
  modulePromise ??= loadEngineModule();
  const { SchemaEngine: Engine } = await modulePromise;
  const schema = await readFile(schemaPath, 'utf8');
  const factory = new PrismaPg({ connectionString });
  const opened: Array<{ dispose: () => Promise<void> }> = [];
  const connect = factory.connect.bind(factory);
  const connectShadow = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => track(await connect());
  factory.connectToShadowDb = async () => track(await connectShadow());
  function track<A extends { dispose: () => Promise<void> }>(adapter: A): A {
    opened.push(adapter);
    return adapter;
  }
  const engine = await Engine.new({ datamodels: [[schemaPath, schema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((a) => a.dispose().catch(() => {})));
  }
}

export async function readMigrationsList(): Promise<MigrationList> {
  const entries = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  const lockContent = await readFile(lockPath, 'utf8').catch(() => null);
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      entries.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: { tag: 'ok' as const, value: await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8') },
        },
      })),
    ),
  };
}

/** Applies every pending migration; returns the names applied (empty when up to date). */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const migrationsList = await readMigrationsList();
  return withSchemaEngine(connectionString, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return out.appliedMigrationNames;
  });
}

/**
 * SQL that takes a database described by `fromSchema` (or an empty one) to the
 * current schema.prisma; empty when nothing differs. Works from schema text
 * only: describing a live database through the driver adapter fails on
 * PostgreSQL's internal "char" type.
 */
export async function diffSchemaSql(connectionString: string, fromSchema: string | null): Promise<string> {
  const schema = await readFile(schemaPath, 'utf8');
  const from = fromSchema === null
    ? { tag: 'empty' as const }
    : { tag: 'schemaDatamodel' as const, files: [{ path: schemaPath, content: fromSchema }] };
  return withSchemaEngine(connectionString, async (engine) => {
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? '';
  });
}

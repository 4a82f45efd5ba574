// Reads and checks the seed files. Each file is validated with its schema, then
// the files are checked against each other (ids unique, every source a row
// points at exists) so a broken reference is reported by name, not as a
// foreign-key error halfway through a transaction.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { seedFileSchemas, type SeedData, type SeedFileName } from './schemas.ts';

export const SEED_DATA_DIR = path.join(import.meta.dirname, 'data');
export const SEED_FILE_NAMES = Object.keys(seedFileSchemas) as SeedFileName[];

export class SeedDataError extends Error {
  override name = 'SeedDataError';
}

function parseFile<K extends SeedFileName>(name: K, raw: unknown): SeedData[K] {
  const result = seedFileSchemas[name].safeParse(raw);
  if (!result.success) throw new SeedDataError(`Seed file ${name}.json is invalid:\n${z.prettifyError(result.error)}`);
  return result.data as SeedData[K];
}

function assertUnique(what: string, keys: string[]) {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) throw new SeedDataError(`Seed data repeats ${what} "${key}".`);
    seen.add(key);
  }
}

function assertSourcesExist(data: SeedData) {
  const known = new Set(data.sources.map((s) => s.id));
  const references = [
    ...data.commitments.map((c) => [`commitment ${c.id}`, c.sourceId] as const),
    ...data.findings.map((f) => [`finding ${f.id}`, f.sourceId] as const),
    ...data.indicators.map((i) => [`indicator ${i.id}`, i.sourceId] as const),
    ...data.indicators.flatMap((i) => i.observations.map((o) => [`observation ${o.seedKey}`, o.sourceId] as const)),
  ];
  for (const [owner, sourceId] of references) {
    if (sourceId !== null && !known.has(sourceId)) throw new SeedDataError(`The ${owner} names source "${sourceId}", which sources.json lacks.`);
  }
}

export function parseSeedData(raw: Record<SeedFileName, unknown>): SeedData {
  const data: SeedData = {
    sources: parseFile('sources', raw.sources),
    commitments: parseFile('commitments', raw.commitments),
    findings: parseFile('findings', raw.findings),
    indicators: parseFile('indicators', raw.indicators),
    disputes: parseFile('disputes', raw.disputes),
    gaps: parseFile('gaps', raw.gaps),
  };
  assertUnique('source id', data.sources.map((s) => s.id));
  assertUnique('commitment id', data.commitments.map((c) => c.id));
  assertUnique('evidence seed key', data.commitments.flatMap((c) => c.evidence.map((e) => e.seedKey)));
  assertUnique('finding id', data.findings.map((f) => f.id));
  assertUnique('indicator id', data.indicators.map((i) => i.id));
  assertUnique('observation seed key', data.indicators.flatMap((i) => i.observations.map((o) => o.seedKey)));
  assertUnique('dispute id', data.disputes.map((d) => d.id));
  assertUnique('gap id', data.gaps.map((g) => g.id));
  assertSourcesExist(data);
  return data;
}

export async function loadSeedData(dir: string = SEED_DATA_DIR): Promise<SeedData> {
  const entries = await Promise.all(
    SEED_FILE_NAMES.map(async (name) => {
      const file = path.join(dir, `${name}.json`);
      const text = await readFile(file, 'utf8').catch(() => {
        throw new SeedDataError(`Seed file ${file} is missing.`);
      });
      try {
        return [name, JSON.parse(text) as unknown] as const;
      } catch (error) {
        throw new SeedDataError(`Seed file ${file} is not valid JSON: ${(error as Error).message}`);
      }
    }),
  );
  return parseSeedData(Object.fromEntries(entries) as Record<SeedFileName, unknown>);
}

// Loads the official stop-and-search figures the project transcribes
// (data/stop-search-official.json, see stop-search-official.md) as sources,
// indicators and observations. Called from seedAll inside the seed's
// transaction; idempotent like the rest of the seed (matched on ids and seed
// keys, unchanged rows never written).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Prisma } from '../../lib/generated/prisma/client.ts';
import { OFFICIAL_INDICATORS } from '../../lib/stop-search/official-figures.ts';
import { indicatorSeedSchema, sourceSeedSchema } from './schemas.ts';
import { indicatorRow, observationRow, sourceRow } from './seed-rows.ts';
import { byKey, syncRows, type TableCounts } from './sync-rows.ts';

export const OFFICIAL_STOP_SEARCH_FILE = path.join(import.meta.dirname, 'data', 'stop-search-official.json');

const GROUPS = ['All', 'Asian', 'Black', 'Mixed', 'White', 'Other'];

const fileSchema = z
  .strictObject({ sources: z.array(sourceSeedSchema).min(1), indicators: z.array(indicatorSeedSchema).min(1) })
  .superRefine((file, ctx) => {
    const sourceIds = new Set(file.sources.map((s) => s.id));
    const known = new Set(OFFICIAL_INDICATORS.map((i) => i.id));
    const listed = new Set(file.indicators.map((i) => i.id));
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
    // Every figure must say what it measures, or the reconciliation could not check it.
    for (const id of listed) if (!known.has(id)) issue(`indicator "${id}" is not described in lib/stop-search/official-figures.ts`);
    for (const id of known) if (!listed.has(id)) issue(`indicator "${id}" from lib/stop-search/official-figures.ts has no figures`);
    for (const indicator of file.indicators) {
      for (const ref of [indicator.sourceId, ...indicator.observations.map((o) => o.sourceId)]) {
        if (ref !== null && !sourceIds.has(ref)) issue(`indicator "${indicator.id}" names source "${ref}", which the file lacks`);
      }
      for (const o of indicator.observations) {
        if (o.sourceId === null) issue(`observation "${o.seedKey}" has no source`);
        if (!GROUPS.includes(o.groupLabel ?? '')) issue(`observation "${o.seedKey}" has group "${o.groupLabel}"; use one of ${GROUPS.join(', ')}`);
      }
    }
  });
export type OfficialStopSearchSeed = z.infer<typeof fileSchema>;

export async function readOfficialStopSearchSeed(file = OFFICIAL_STOP_SEARCH_FILE): Promise<OfficialStopSearchSeed> {
  const result = fileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!result.success) throw new Error(`Seed file ${path.basename(file)} is invalid:\n${z.prettifyError(result.error)}`);
  return result.data;
}

export interface OfficialStopSearchReport {
  sources: TableCounts;
  indicators: TableCounts;
  observations: TableCounts;
}

export async function seedOfficialStopSearch(tx: Prisma.TransactionClient, file?: string): Promise<OfficialStopSearchReport> {
  const seed = await readOfficialStopSearchSeed(file);
  const sources = await syncRows(
    seed.sources.map((s) => ({ key: s.id, data: sourceRow(s) })),
    {
      existing: async (ids) => byKey(await tx.source.findMany({ where: { id: { in: ids } } }), 'id'),
      create: (rows) => tx.source.createMany({ data: rows }),
      update: (id, changes) => tx.source.update({ where: { id }, data: changes }),
    },
  );
  const indicators = await syncRows(
    seed.indicators.map((i) => ({ key: i.id, data: indicatorRow(i) })),
    {
      existing: async (ids) => byKey(await tx.indicator.findMany({ where: { id: { in: ids } } }), 'id'),
      create: (rows) => tx.indicator.createMany({ data: rows }),
      update: (id, changes) => tx.indicator.update({ where: { id }, data: changes }),
    },
  );
  const observations = await syncRows(
    seed.indicators.flatMap((i) => i.observations.map((o) => ({ key: o.seedKey, data: observationRow(i.id, o) }))),
    {
      existing: async (keys) => byKey(await tx.observation.findMany({ where: { seedKey: { in: keys } } }), 'seedKey'),
      create: (rows) => tx.observation.createMany({ data: rows }),
      update: (seedKey, changes) => tx.observation.update({ where: { seedKey }, data: changes }),
      keepOnUpdate: ['id'],
    },
  );
  return { sources, indicators, observations };
}

/** Whether every official figure in the seed file is in the database (so a start after an upgrade adds new ones). */
export async function isOfficialStopSearchSeeded(prisma: Pick<Prisma.TransactionClient, 'observation'>, file?: string): Promise<boolean> {
  const seed = await readOfficialStopSearchSeed(file);
  const keys = seed.indicators.flatMap((i) => i.observations.map((o) => o.seedKey));
  return (await prisma.observation.count({ where: { seedKey: { in: keys } } })) === keys.length;
}

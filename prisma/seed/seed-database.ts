// Loads the project's own seed files (sources, commitments with their
// catalogue evidence, findings, indicators, disputes, gaps, and the Census
// 2021 population of London and its boroughs) into the database
// in one transaction. Safe to run again: rows are matched on their ids or seed
// keys, missing ones are inserted, differing ones are brought back to the seed
// and matching ones are left untouched.
import type { Prisma } from '../../lib/generated/prisma/client.ts';
import type { Db } from '../../lib/prisma-client.ts';
import { loadSeedData } from './load-seed-data.ts';
import type { SeedData } from './schemas.ts';
import { isOfficialStopSearchSeeded, seedOfficialStopSearch } from './seed-official-stop-search.ts';
import {
  commitmentRow,
  disputeRow,
  evidenceLinkRow,
  findingRow,
  gapRow,
  indicatorRow,
  observationRow,
  sourceRow,
  statusUpdateRow,
} from './seed-rows.ts';
import { isPopulationSeeded, seedPopulation } from './seed-population.ts';
import { byKey, syncRows, type TableCounts } from './sync-rows.ts';

type Tx = Prisma.TransactionClient;

export const SEED_TABLES = [
  'sources',
  'commitments',
  'statusUpdates',
  'evidenceLinks',
  'findings',
  'indicators',
  'observations',
  'disputes',
  'gaps',
  'areas',
  'population',
] as const;
export type SeedTable = (typeof SEED_TABLES)[number];
export type SeedReport = Record<SeedTable, TableCounts>;

async function seedCommitments(tx: Tx, data: SeedData) {
  const commitments = await syncRows(
    data.commitments.map((c) => ({ key: c.id, data: commitmentRow(c) })),
    {
      existing: async (ids) => byKey(await tx.commitment.findMany({ where: { id: { in: ids } } }), 'id'),
      create: (rows) => tx.commitment.createMany({ data: rows }),
      update: (id, changes) => tx.commitment.update({ where: { id }, data: changes }),
    },
  );
  const evidence = data.commitments.flatMap((c) => c.evidence.map((e) => ({ commitmentId: c.id, entry: e })));
  const statusUpdates = await syncRows(
    evidence.map(({ commitmentId, entry }) => ({ key: entry.seedKey, data: statusUpdateRow(commitmentId, entry) })),
    {
      existing: async (keys) => byKey(await tx.statusUpdate.findMany({ where: { seedKey: { in: keys } } }), 'seedKey'),
      create: (rows) => tx.statusUpdate.createMany({ data: rows }),
      update: (seedKey, changes) => tx.statusUpdate.update({ where: { seedKey }, data: changes }),
      keepOnUpdate: ['id'],
    },
  );
  // Link each entry to the row that actually holds its seed key.
  const updateIds = new Map(
    (await tx.statusUpdate.findMany({ where: { seedKey: { in: evidence.map((e) => e.entry.seedKey) } }, select: { id: true, seedKey: true } })).map(
      (u) => [u.seedKey, u.id],
    ),
  );
  const evidenceLinks = await syncRows(
    evidence.map(({ entry }) => {
      const row = evidenceLinkRow(updateIds.get(entry.seedKey)!, entry);
      return { key: row.id!, data: row };
    }),
    {
      existing: async (ids) => byKey(await tx.evidenceLink.findMany({ where: { id: { in: ids } } }), 'id'),
      create: (rows) => tx.evidenceLink.createMany({ data: rows }),
      update: (id, changes) => tx.evidenceLink.update({ where: { id }, data: changes }),
    },
  );
  return { commitments, statusUpdates, evidenceLinks };
}

async function seedIndicators(tx: Tx, data: SeedData) {
  const indicators = await syncRows(
    data.indicators.map((i) => ({ key: i.id, data: indicatorRow(i) })),
    {
      existing: async (ids) => byKey(await tx.indicator.findMany({ where: { id: { in: ids } } }), 'id'),
      create: (rows) => tx.indicator.createMany({ data: rows }),
      update: (id, changes) => tx.indicator.update({ where: { id }, data: changes }),
    },
  );
  const observations = await syncRows(
    data.indicators.flatMap((i) => i.observations.map((o) => ({ key: o.seedKey, data: observationRow(i.id, o) }))),
    {
      existing: async (keys) => byKey(await tx.observation.findMany({ where: { seedKey: { in: keys } } }), 'seedKey'),
      create: (rows) => tx.observation.createMany({ data: rows }),
      update: (seedKey, changes) => tx.observation.update({ where: { seedKey }, data: changes }),
      keepOnUpdate: ['id'],
    },
  );
  return { indicators, observations };
}

async function seedAll(tx: Tx, data: SeedData): Promise<SeedReport> {
  const sources = await syncRows(
    data.sources.map((s) => ({ key: s.id, data: sourceRow(s) })),
    {
      existing: async (ids) => byKey(await tx.source.findMany({ where: { id: { in: ids } } }), 'id'),
      create: (rows) => tx.source.createMany({ data: rows }),
      update: (id, changes) => tx.source.update({ where: { id }, data: changes }),
    },
  );
  const commitmentCounts = await seedCommitments(tx, data);
  const findings = await syncRows(
    data.findings.map((f) => ({ key: f.id, data: findingRow(f) })),
    {
      existing: async (ids) => byKey(await tx.finding.findMany({ where: { id: { in: ids } } }), 'id'),
      create: (rows) => tx.finding.createMany({ data: rows }),
      update: (id, changes) => tx.finding.update({ where: { id }, data: changes }),
    },
  );
  const indicatorCounts = await seedIndicators(tx, data);
  const disputes = await syncRows(
    data.disputes.map((d) => ({ key: d.id, data: disputeRow(d) })),
    {
      existing: async (ids) => byKey(await tx.dispute.findMany({ where: { id: { in: ids } } }), 'id'),
      create: (rows) => tx.dispute.createMany({ data: rows }),
      update: (id, changes) => tx.dispute.update({ where: { id }, data: changes }),
    },
  );
  const gaps = await syncRows(
    data.gaps.map((g) => ({ key: g.id, data: gapRow(g) })),
    {
      existing: async (ids) => byKey(await tx.dataGap.findMany({ where: { id: { in: ids } } }), 'id'),
      create: (rows) => tx.dataGap.createMany({ data: rows }),
      update: (id, changes) => tx.dataGap.update({ where: { id }, data: changes }),
    },
  );
  // Before anything that may refer to an area (observations carry area codes).
  const population = await seedPopulation(tx);
  await seedOfficialStopSearch(tx);
  const allSources = {
    created: sources.created + population.sources.created,
    updated: sources.updated + population.sources.updated,
    unchanged: sources.unchanged + population.sources.unchanged,
  };
  return { sources: allSources, ...commitmentCounts, findings, ...indicatorCounts, disputes, gaps, areas: population.areas, population: population.population };
}

/** Seeds from prisma/seed/data unless other (already validated) data is given. */
export async function seedDatabase(prisma: Db, data?: SeedData): Promise<SeedReport> {
  const seed = data ?? (await loadSeedData());
  return prisma.$transaction((tx) => seedAll(tx, seed), { maxWait: 10_000, timeout: 120_000 });
}

/**
 * True when every row the seed files define is present (matched by id or seed
 * key). Values are not compared: the start script uses this to skip seeding, so
 * an editor's later change to a seeded row is never undone by a restart.
 */
export async function isDatabaseSeeded(prisma: Db, data?: SeedData): Promise<boolean> {
  const seed = data ?? (await loadSeedData());
  const evidenceKeys = seed.commitments.flatMap((c) => c.evidence.map((e) => e.seedKey));
  const observationKeys = seed.indicators.flatMap((i) => i.observations.map((o) => o.seedKey));
  const [sources, commitments, updates, findings, indicators, observations, disputes, gaps, population, official] = await Promise.all([
    prisma.source.count({ where: { id: { in: seed.sources.map((s) => s.id) } } }),
    prisma.commitment.count({ where: { id: { in: seed.commitments.map((c) => c.id) } } }),
    prisma.statusUpdate.count({ where: { seedKey: { in: evidenceKeys } } }),
    prisma.finding.count({ where: { id: { in: seed.findings.map((f) => f.id) } } }),
    prisma.indicator.count({ where: { id: { in: seed.indicators.map((i) => i.id) } } }),
    prisma.observation.count({ where: { seedKey: { in: observationKeys } } }),
    prisma.dispute.count({ where: { id: { in: seed.disputes.map((d) => d.id) } } }),
    prisma.dataGap.count({ where: { id: { in: seed.gaps.map((g) => g.id) } } }),
    isPopulationSeeded(prisma),
    isOfficialStopSearchSeeded(prisma),
  ]);
  return (
    sources === seed.sources.length &&
    commitments === seed.commitments.length &&
    updates === evidenceKeys.length &&
    findings === seed.findings.length &&
    indicators === seed.indicators.length &&
    observations === observationKeys.length &&
    disputes === seed.disputes.length &&
    gaps === seed.gaps.length &&
    population &&
    official
  );
}

const TABLE_LABELS: Record<SeedTable, string> = {
  sources: 'sources',
  commitments: 'commitments',
  statusUpdates: 'status updates',
  evidenceLinks: 'evidence links',
  findings: 'findings',
  indicators: 'indicators',
  observations: 'observations',
  disputes: 'disputes',
  gaps: 'gaps',
  areas: 'areas',
  population: 'population counts',
};

export function formatSeedReport(report: SeedReport): string {
  const total = (t: TableCounts) => t.created + t.updated + t.unchanged;
  const tables = SEED_TABLES.map((table) => `${total(report[table])} ${TABLE_LABELS[table]}`).join(', ');
  const sum = (field: keyof TableCounts) => SEED_TABLES.reduce((n, table) => n + report[table][field], 0);
  return `Seeded ${tables}: ${sum('created')} created, ${sum('updated')} updated, ${sum('unchanged')} unchanged.`;
}

// Loads the population denominators: the Census 2021 source, the areas
// (London region and its 33 boroughs) and their counts by ethnic group.
// Runs inside the seed's transaction and is idempotent in the same way as the
// rest of the seed: rows are matched on their natural keys, missing ones are
// created, differing ones brought back to the seed file and equal ones left
// untouched (a second run writes nothing).
import { EthnicGroup, type Prisma } from '../../lib/generated/prisma/client.ts';
import type { Db } from '../../lib/prisma-client.ts';
import {
  CENSUS_2021_SOURCE,
  LONDON_CODE,
  POPULATION_GROUPS,
  readLondonCensus,
  sumBoroughs,
  type BoroughPopulation,
  type PopulationGroup,
} from '../../lib/population/census-2021.ts';
import { byKey, syncRows, type TableCounts } from './sync-rows.ts';

type Tx = Prisma.TransactionClient;

export const CENSUS_YEAR = 2021;
const ENUM: Record<PopulationGroup, EthnicGroup> = {
  Asian: EthnicGroup.ASIAN,
  Black: EthnicGroup.BLACK,
  Mixed: EthnicGroup.MIXED,
  Other: EthnicGroup.OTHER,
  White: EthnicGroup.WHITE,
};

export interface PopulationSeedReport {
  sources: TableCounts;
  areas: TableCounts;
  population: TableCounts;
}

function areasOf(boroughs: BoroughPopulation[]) {
  return [
    { code: LONDON_CODE, name: 'London', kind: 'region', parentCode: null as string | null, counts: sumBoroughs(boroughs) },
    ...boroughs.map((b) => ({ code: b.code, name: b.name, kind: 'borough', parentCode: LONDON_CODE as string | null, counts: b })),
  ];
}

const countKey = (areaCode: string, ethnicGroup: string) => `${areaCode}|${ethnicGroup}`;

export async function seedPopulation(tx: Tx, file?: string): Promise<PopulationSeedReport> {
  const areas = areasOf(await readLondonCensus(file));
  const { id: sourceId, ...source } = CENSUS_2021_SOURCE;
  const sources = await syncRows([{ key: sourceId, data: { id: sourceId, ...source } }], {
    existing: async (ids) => byKey(await tx.source.findMany({ where: { id: { in: ids } } }), 'id'),
    create: (rows) => tx.source.createMany({ data: rows }),
    update: (id, changes) => tx.source.update({ where: { id }, data: changes }),
  });
  const areaCounts = await syncRows(
    areas.map(({ counts: _counts, ...area }) => ({ key: area.code, data: area })),
    {
      existing: async (codes) => byKey(await tx.area.findMany({ where: { code: { in: codes } } }), 'code'),
      create: (rows) => tx.area.createMany({ data: rows }),
      update: (code, changes) => tx.area.update({ where: { code }, data: changes }),
    },
  );
  const counts = areas.flatMap((area) =>
    POPULATION_GROUPS.map((group) => ({
      key: countKey(area.code, ENUM[group]),
      data: { areaCode: area.code, ethnicGroup: ENUM[group], censusYear: CENSUS_YEAR, count: area.counts[group], sourceId },
    })),
  );
  const population = await syncRows(counts, {
    existing: async () => {
      const rows = await tx.population.findMany({ where: { censusYear: CENSUS_YEAR, areaCode: { in: areas.map((a) => a.code) } } });
      return new Map(rows.map((row) => [countKey(row.areaCode, row.ethnicGroup), row]));
    },
    create: (rows) => tx.population.createMany({ data: rows }),
    update: (key, changes) => {
      const [areaCode, ethnicGroup] = key.split('|') as [string, EthnicGroup];
      return tx.population.update({ where: { areaCode_ethnicGroup_censusYear: { areaCode, ethnicGroup, censusYear: CENSUS_YEAR } }, data: changes });
    },
  });
  return { sources, areas: areaCounts, population };
}

/** True when London, every borough and all their Census 2021 counts are present (values not compared). */
export async function isPopulationSeeded(prisma: Db, file?: string): Promise<boolean> {
  const codes = areasOf(await readLondonCensus(file)).map((a) => a.code);
  const [areas, counts] = await Promise.all([
    prisma.area.count({ where: { code: { in: codes } } }),
    prisma.population.count({ where: { censusYear: CENSUS_YEAR, areaCode: { in: codes } } }),
  ]);
  return areas === codes.length && counts === codes.length * POPULATION_GROUPS.length;
}

// Census 2021 denominators for rates: the project's own seed file of London
// borough counts by five broad ethnic groups (see its README for source and
// licence). London is always derived as the sum of the boroughs, never read.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

export const CENSUS_2021_LONDON_CSV = path.join(process.cwd(), 'prisma/seed/data/population/census2021-london-boroughs.csv');
export const LONDON_CODE = 'E12000007';
export const POPULATION_GROUPS = ['Asian', 'Black', 'Mixed', 'Other', 'White'] as const;
export type PopulationGroup = (typeof POPULATION_GROUPS)[number];

export const CENSUS_2021_SOURCE = {
  id: 'ons-census-2021-ethnic-group',
  title: 'Census 2021: ethnic group of usual residents by local authority (TS021), collapsed to five broad groups',
  publisher: 'Office for National Statistics',
  publishedOn: new Date('2022-11-29T00:00:00Z'),
  url: 'https://github.com/BlackThrive/ExtractSS/blob/f7a01f0ede019f7f0a89335664dc63a9eabe85ea/data/census_2021_pop_ests_collapsed.csv',
  note:
    'Usual residents on Census day (21 March 2021). ONS counts collapsed from 19 to five groups by the BlackThrive ExtractSS project ' +
    '(the URL is the exact file used); London is the sum of its 33 boroughs. Contains ONS data licensed under the Open Government Licence v3.0.',
} as const;

const count = z.coerce.number().int().nonnegative();
const boroughRowSchema = z.object({
  code: z.string().regex(/^E09000\d{3}$/, 'must be an E09 borough code'),
  name: z.string().min(1),
  Asian: count,
  Black: count,
  Mixed: count,
  Other: count,
  White: count,
});
export type BoroughPopulation = z.infer<typeof boroughRowSchema>;

/** Parses and checks the seed file: exactly the 33 boroughs E09000001–E09000033, each once. */
export function parseLondonCensus(csvText: string): BoroughPopulation[] {
  const records: unknown[] = parse(csvText, { columns: true, skip_empty_lines: true, trim: true });
  const rows = records.map((record, index) => {
    const result = boroughRowSchema.safeParse(record);
    if (!result.success) throw new Error(`Census file row ${index + 2}: ${z.prettifyError(result.error)}`);
    return result.data;
  });
  const expected = Array.from({ length: 33 }, (_, i) => `E09${String(i + 1).padStart(6, '0')}`);
  const codes = rows.map((row) => row.code).sort();
  if (codes.join() !== expected.join()) {
    throw new Error(`Census file must list each of ${expected[0]}–${expected[32]} once; it lists ${codes.length} codes.`);
  }
  return rows;
}

export async function readLondonCensus(file = CENSUS_2021_LONDON_CSV): Promise<BoroughPopulation[]> {
  return parseLondonCensus(await readFile(file, 'utf8'));
}

/** London's counts: the sum over the boroughs given, group by group. */
export function sumBoroughs(rows: BoroughPopulation[]): Record<PopulationGroup, number> {
  const totals = { Asian: 0, Black: 0, Mixed: 0, Other: 0, White: 0 };
  for (const row of rows) for (const group of POPULATION_GROUPS) totals[group] += row[group];
  return totals;
}

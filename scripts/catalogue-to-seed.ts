// One-off: turns the shared catalogue into the project's own seed files.
//   npx tsx scripts/catalogue-to-seed.ts [path/to/commitments.json]
// The seed files are what ships; this records how they were made. Status
// judgements come from scripts/catalogue/status-judgements.ts.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { parseSeedData, SEED_DATA_DIR, SEED_FILE_NAMES } from '../prisma/seed/load-seed-data.ts';
import { catalogueSchema } from './catalogue/catalogue-schema.ts';
import { convertCatalogue } from './catalogue/convert-catalogue.ts';
import { STATUS_JUDGEMENTS } from './catalogue/status-judgements.ts';
import { runCli, UsageError } from './run-cli.ts';

const DEFAULT_CATALOGUE = path.resolve(import.meta.dirname, '../../shared/data/catalogue/commitments.json');

runCli(async () => {
  const [input = DEFAULT_CATALOGUE, ...rest] = process.argv.slice(2);
  if (rest.length) throw new UsageError('usage: tsx scripts/catalogue-to-seed.ts [path/to/commitments.json]');

  const text = await readFile(input, 'utf8').catch(() => {
    throw new UsageError(`Cannot read the catalogue at ${input}`);
  });
  const parsed = catalogueSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new UsageError(`The catalogue at ${input} has an unexpected shape:\n${z.prettifyError(parsed.error)}`);

  // Check the output with the same schemas the seed uses before writing a byte.
  const seed = parseSeedData(convertCatalogue(parsed.data, STATUS_JUDGEMENTS));
  await mkdir(SEED_DATA_DIR, { recursive: true });
  for (const name of SEED_FILE_NAMES) {
    await writeFile(path.join(SEED_DATA_DIR, `${name}.json`), `${JSON.stringify(seed[name], null, 2)}\n`);
  }
  const evidence = seed.commitments.reduce((n, c) => n + c.evidence.length, 0);
  const observations = seed.indicators.reduce((n, i) => n + i.observations.length, 0);
  console.log(
    `Wrote ${SEED_FILE_NAMES.length} files to ${path.relative(process.cwd(), SEED_DATA_DIR)}: ` +
      `${seed.sources.length} sources, ${seed.commitments.length} commitments (${evidence} evidence entries), ` +
      `${seed.findings.length} findings, ${seed.indicators.length} indicators (${observations} observations), ` +
      `${seed.disputes.length} disputes, ${seed.gaps.length} gaps.`,
  );
});

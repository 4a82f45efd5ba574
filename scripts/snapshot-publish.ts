// npm run snapshot:publish -- 2025-Q3 [--correct "what was wrong"]
// Freezes the quarter as of its last day and publishes it with its SHA-256.
// A quarter is published once; --correct publishes a correction beside it.
import { parseArgs } from 'node:util';
import { AUDIT_VIA, recordAudit } from '../lib/audit/record-audit.ts';
import { createPrismaClient } from '../lib/prisma-client.ts';
import { shortHash } from '../lib/snapshots/canonical-json.ts';
import { publishSnapshot, SnapshotRefused } from '../lib/snapshots/publish.ts';
import { parseQuarter } from '../lib/snapshots/quarter.ts';
import { withDatabase } from './db/open-database.ts';
import { runCli, UsageError } from './run-cli.ts';

const USAGE = 'npm run snapshot:publish -- <YYYY-QN> [--correct "what was wrong"]';

runCli(async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { correct: { type: 'string' } } });
  const quarter = parseQuarter(positionals[0] ?? '');
  if (!quarter) throw new UsageError(`Give a quarter such as 2025-Q3: ${USAGE}`);
  if (values.correct !== undefined && !values.correct.trim()) throw new UsageError('Say what was wrong after --correct.');
  const published = await withDatabase(async (url) => {
    const prisma = createPrismaClient(url);
    try {
      return await prisma.$transaction(async (tx) => {
        const row = await publishSnapshot(prisma, tx, quarter, null, values.correct ? { note: values.correct.trim() } : undefined);
        await recordAudit(tx, null, { action: values.correct ? 'correct' : 'publish', entityType: 'snapshot', entityId: row.id, after: row }, AUDIT_VIA.commandLine);
        return row;
      });
    } catch (error) {
      if (error instanceof SnapshotRefused) throw new UsageError(error.message);
      throw error;
    } finally {
      await prisma.$disconnect();
    }
  });
  const kind = published.correctsId ? `correction ${published.revision} of ${published.quarter}` : `snapshot ${published.quarter}`;
  console.log(`Published ${kind} (sha256 ${shortHash(published.sha256)}…): /snapshots/${published.quarter}`);
  // This process cannot reach a running server's data cache (docs/decisions/005-caching.md).
  console.log('A running server shows it (on /snapshots, /feed.xml, /data and the API) within DATA_CACHE_SECONDS; the editor page shows it at once.');
});

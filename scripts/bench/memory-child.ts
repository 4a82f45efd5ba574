// The process bench:memory measures: imports one file and tells its parent how
// far it has got, so resident memory can be read against progress.
import { importPoliceFile } from '@/lib/importers/police-uk/import-file';

export type ChildMessage =
  | { kind: 'progress'; phase: 'reading' | 'saving' | 'done'; rowsRead: number; total: number | null }
  | { kind: 'finished'; rowsLoaded: number; durationMs: number; heapUsedMiB: number }
  | { kind: 'failed'; message: string };

const send = (message: ChildMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()));

async function main() {
  const [url, file] = process.argv.slice(2);
  if (!url || !file || !process.send) throw new Error('usage: forked by scripts/bench/memory.ts with <database url> <file>');
  let lastShare = -1;
  const report = await importPoliceFile(url, file, {
    onProgress: (p) => {
      const share = p.totalRowsEstimate ? Math.floor((p.rowsRead / p.totalRowsEstimate) * 200) : 0;
      if (p.phase === 'reading' && share === lastShare) return; // every half per cent is plenty
      lastShare = share;
      process.send!({ kind: 'progress', phase: p.phase, rowsRead: p.rowsRead, total: p.totalRowsEstimate } satisfies ChildMessage);
    },
  });
  if (report.outcome !== 'loaded') throw new Error(`expected the file to load, got ${report.outcome}`);
  await send({ kind: 'finished', rowsLoaded: report.rowsLoaded, durationMs: report.durationMs, heapUsedMiB: process.memoryUsage().heapUsed / 2 ** 20 });
}

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    await send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }).catch(() => undefined);
    process.exit(1);
  },
);

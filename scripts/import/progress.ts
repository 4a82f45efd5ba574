// The progress bar for one file at a time: rows, rows per second and time
// left. Drawn only on a terminal, so logs and CI output stay clean.
import cliProgress from 'cli-progress';
import type { ImportProgress } from '../../lib/importers/police-uk/report.ts';

export interface ProgressDisplay {
  start: (fileName: string) => void;
  update: (progress: ImportProgress) => void;
  stop: () => void;
}

const silent: ProgressDisplay = { start: () => {}, update: () => {}, stop: () => {} };

export function createProgressDisplay(stream: NodeJS.WriteStream = process.stderr): ProgressDisplay {
  if (!stream.isTTY) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{file} |{bar}| {value}/{total} rows | {speed} rows/s | ETA {eta_formatted} {phase}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let file = '';
  let started = 0;
  let running = false;
  return {
    start(fileName) {
      file = fileName;
      started = Date.now();
    },
    update({ phase, rowsRead, totalRowsEstimate }) {
      const total = Math.max(totalRowsEstimate ?? rowsRead, rowsRead, 1);
      const seconds = (Date.now() - started) / 1000;
      const payload = { file, speed: seconds > 0 ? Math.round(rowsRead / seconds).toLocaleString('en-GB') : '…', phase: phase === 'saving' ? '(saving…)' : '' };
      if (!running) {
        bar.start(total, rowsRead, payload);
        running = true;
      } else {
        bar.setTotal(total);
        bar.update(rowsRead, payload);
      }
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}

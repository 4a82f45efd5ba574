// What the benchmark ran on: recorded in every result, because the targets are
// ratios measured on one machine in one run and mean little without it.
import os from 'node:os';
import type pg from 'pg';

export interface Machine {
  cpuModel: string;
  cores: number;
  ramGiB: number;
  node: string;
  postgres: string;
  platform: string;
  /** 1, 5 and 15 minute load averages when the benchmark started: other work on the machine skews absolute times. */
  loadAverage: number[];
}

export async function describeMachine(pool: pg.Pool): Promise<Machine> {
  const { rows } = await pool.query<{ v: string }>("SELECT current_setting('server_version') AS v");
  return {
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    postgres: rows[0]?.v ?? 'unknown',
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

export function machineLine(m: Machine): string {
  return `${m.cpuModel}, ${m.cores} cores, ${m.ramGiB} GiB RAM, Node ${m.node}, PostgreSQL ${m.postgres} (load average at start ${m.loadAverage.join(' / ')})`;
}

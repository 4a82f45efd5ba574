// Times several functions in turn (a, b, c, a, b, c, …) after a warm-up, so a
// slow moment of the machine falls on all of them alike.
import { percentile, round } from './stats.ts';

export interface Timing {
  p50: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

const WARM_UP_RUNS = 5;

export async function timeInTurn<K extends string>(runs: number, tasks: Record<K, () => Promise<unknown>>): Promise<Record<K, Timing>> {
  const names = Object.keys(tasks) as K[];
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < WARM_UP_RUNS + runs; i++) {
    for (const name of names) {
      const started = performance.now();
      await tasks[name]();
      if (i >= WARM_UP_RUNS) samples[name].push(performance.now() - started);
    }
  }
  const describe = (xs: number[]): Timing => ({
    p50: round(percentile(xs, 50), 2),
    p95: round(percentile(xs, 95), 2),
    min: round(Math.min(...xs), 2),
    max: round(Math.max(...xs), 2),
    mean: round(xs.reduce((a, b) => a + b, 0) / xs.length, 2),
  });
  return Object.fromEntries(names.map((n) => [n, describe(samples[n])])) as Record<K, Timing>;
}

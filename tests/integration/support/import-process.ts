// Runs the real import command (`npm run import`, i.e. tsx scripts/import.ts)
// as a child process in a process group of its own, so a test can kill it
// with SIGKILL at any moment: tsx runs the script in a second process, and
// killing only the first would leave the import running.
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface ImportExit {
  /** Exit status, or null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** Standard error without the JSON log lines. */
  stderr: string;
  logs: Record<string, unknown>[];
}

export interface ImportProcess {
  /** Resolves when the command logs that its run started (the database is reachable). */
  started: Promise<number>;
  exited: Promise<ImportExit>;
  kill: () => void;
}

export function startImport(databaseUrl: string, args: string[]): ImportProcess {
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/import.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'info' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let markStarted: (at: number) => void = () => {};
  const started = new Promise<number>((resolve) => (markStarted = resolve));
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (stderr.includes('"msg":"import run started"')) markStarted(Date.now());
  });
  const exited = new Promise<ImportExit>((resolve) => {
    child.on('close', (code, signal) => {
      const lines = stderr.split('\n');
      const isLog = (line: string) => line.startsWith('{"level":');
      resolve({
        code,
        signal,
        stdout,
        stderr: lines.filter((l) => !isLog(l)).join('\n'),
        logs: lines.filter(isLog).map((l) => JSON.parse(l) as Record<string, unknown>),
      });
    });
  });
  return {
    started,
    exited,
    kill: () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    },
  };
}

/** A small seeded generator (mulberry32), so a failing run can be repeated exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

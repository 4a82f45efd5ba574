// ?from=2025-Q2&to=2025-Q3, checked once at the edge; every problem names its parameter.
import { z } from 'zod';
import { quarterSchema } from '@/lib/snapshots/quarter';

const compareParamsSchema = z.object({ from: quarterSchema, to: quarterSchema });

export type CompareParams = { ok: true; from: string; to: string } | { ok: false; message: string };

export function parseCompareParams(raw: Record<string, string | string[] | undefined>): CompareParams {
  const parsed = compareParamsSchema.safeParse({ from: raw.from, to: raw.to });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    return { ok: false, message: `"${name}" ${raw[name] === undefined ? 'is missing: give a quarter such as 2025-Q3' : issue.message}` };
  }
  return { ok: true, from: parsed.data.from.label, to: parsed.data.to.label };
}

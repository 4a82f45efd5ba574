// Brings one table in line with the seed without touching rows that already
// match: only missing rows are inserted and only differing rows updated, so a
// second run writes nothing (not even Prisma's automatic updatedAt).

export interface TableCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface DesiredRow<D> {
  key: string;
  data: D;
}

export interface SyncTarget<D> {
  /** Existing rows for these keys, keyed the same way. */
  existing: (keys: string[]) => Promise<Map<string, object>>;
  create: (rows: D[]) => Promise<unknown>;
  update: (key: string, changes: Partial<D>) => Promise<unknown>;
  /** Fields set on insert and never rewritten (for example a generated id). */
  keepOnUpdate?: ReadonlyArray<keyof D>;
}

// Dates, decimals and arrays come back from the database as objects; compare
// them by value.
function comparable(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return JSON.stringify(value.map(comparable));
  if (typeof value === 'object' && 'toNumber' in value && typeof value.toNumber === 'function') return value.toNumber();
  return value;
}

function changedFields<D extends object>(current: object, wanted: D, keep: ReadonlyArray<keyof D>): Partial<D> {
  const changes: Partial<D> = {};
  for (const field of Object.keys(wanted) as Array<keyof D>) {
    if (keep.includes(field)) continue;
    const before = comparable((current as Record<keyof D, unknown>)[field]);
    if (before !== comparable(wanted[field])) changes[field] = wanted[field];
  }
  return changes;
}

export async function syncRows<D extends object>(rows: DesiredRow<D>[], target: SyncTarget<D>): Promise<TableCounts> {
  const existing = await target.existing(rows.map((r) => r.key));
  const counts: TableCounts = { created: 0, updated: 0, unchanged: 0 };
  const missing: D[] = [];
  for (const row of rows) {
    const current = existing.get(row.key);
    if (!current) {
      missing.push(row.data);
      continue;
    }
    const changes = changedFields(current, row.data, target.keepOnUpdate ?? []);
    if (Object.keys(changes).length === 0) {
      counts.unchanged += 1;
    } else {
      await target.update(row.key, changes);
      counts.updated += 1;
    }
  }
  if (missing.length) await target.create(missing);
  counts.created = missing.length;
  return counts;
}

export function byKey<R extends object, K extends keyof R>(rows: R[], key: K): Map<string, object> {
  return new Map(rows.map((row) => [String(row[key]), row]));
}

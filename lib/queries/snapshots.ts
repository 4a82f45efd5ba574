// Published snapshots as the pages, downloads and API read them. The document
// is re-serialised canonically and must hash to the published SHA-256, so a
// reader never gets bytes that differ from what was published.
import 'server-only';
import { cachedQuery } from '@/lib/cache/cached-query';
import { getDb } from '@/lib/db';
import type { Db } from '@/lib/prisma-client';
import { canonicalJson, sha256Hex } from '@/lib/snapshots/canonical-json';
import { compareSnapshots, type SnapshotComparison } from '@/lib/snapshots/compare';
import { snapshotDocumentSchema, type SnapshotDocument } from '@/lib/snapshots/document-schema';

export interface SnapshotSummary {
  id: string;
  quarter: string;
  revision: number;
  as_of: string;
  sha256: string;
  published_at: string;
  corrects_id: string | null;
  correction_note: string | null;
}

export interface PublishedDocument extends SnapshotSummary {
  document: SnapshotDocument;
  /** The canonical bytes whose SHA-256 was published. */
  json: string;
}

type Row = Awaited<ReturnType<Db['snapshot']['findMany']>>[number];

function summaryOf(row: Row): SnapshotSummary {
  return {
    id: row.id,
    quarter: row.quarter,
    revision: row.revision,
    as_of: row.asOf.toISOString().slice(0, 10),
    sha256: row.sha256,
    published_at: row.publishedAt.toISOString(),
    corrects_id: row.correctsId,
    correction_note: row.correctionNote,
  };
}

function documentOf(row: Row): PublishedDocument {
  const json = canonicalJson(row.document);
  if (sha256Hex(json) !== row.sha256) throw new Error(`Snapshot ${row.quarter} r${row.revision} no longer matches its published hash.`);
  return { ...summaryOf(row), document: snapshotDocumentSchema.parse(row.document), json };
}

export interface SnapshotListEntry extends SnapshotSummary {
  /** Versus the previous quarter's snapshot; null for the first. */
  changes: { previous: string; status_changes: number; new_evidence: number; indicator_changes: number } | null;
}

/** Every published snapshot and correction, newest quarter first. */
async function listSnapshotsFromDb(db: Db = getDb()): Promise<SnapshotListEntry[]> {
  const rows = await db.snapshot.findMany({ orderBy: [{ quarter: 'desc' }, { revision: 'desc' }] });
  const current = new Map<string, Row>();
  for (const row of rows) if (!current.has(row.quarter)) current.set(row.quarter, row);
  const quarters = [...current.keys()];
  return rows.map((row) => {
    const previousQuarter = quarters[quarters.indexOf(row.quarter) + 1];
    const previous = previousQuarter ? current.get(previousQuarter) : undefined;
    if (!previous) return { ...summaryOf(row), changes: null };
    const diff = compareSnapshots(snapshotDocumentSchema.parse(previous.document), snapshotDocumentSchema.parse(row.document));
    return {
      ...summaryOf(row),
      changes: { previous: previous.quarter, status_changes: diff.status_changes.length, new_evidence: diff.new_evidence.length, indicator_changes: diff.indicator_changes.length },
    };
  });
}

export interface SnapshotView {
  snapshot: PublishedDocument;
  /** Corrections published for this quarter (newest first), the original when showing one. */
  revisions: SnapshotSummary[];
  newerQuarter: string | null;
}

/** The quarter's latest revision (or the one asked for), with what supersedes it. */
async function getSnapshotFromDb(quarter: string, revision?: number, db: Db = getDb()): Promise<SnapshotView | null> {
  const rows = await db.snapshot.findMany({ where: { quarter }, orderBy: { revision: 'desc' } });
  const row = revision === undefined ? rows[0] : rows.find((r) => r.revision === revision);
  if (!row) return null;
  const newer = await db.snapshot.findFirst({ where: { quarter: { gt: quarter } }, orderBy: { quarter: 'desc' }, select: { quarter: true } });
  return { snapshot: documentOf(row), revisions: rows.map(summaryOf), newerQuarter: newer?.quarter ?? null };
}

export interface ComparisonView {
  from: SnapshotSummary;
  to: SnapshotSummary;
  comparison: SnapshotComparison;
}

async function getSnapshotComparisonFromDb(from: string, to: string, db: Db = getDb()): Promise<ComparisonView | null> {
  const [a, b] = await Promise.all([getSnapshotFromDb(from, undefined, db), getSnapshotFromDb(to, undefined, db)]);
  if (!a || !b) return null;
  return { from: a.snapshot, to: b.snapshot, comparison: compareSnapshots(a.snapshot.document, b.snapshot.document) };
}

// Served from the data cache (lib/cache/cached-query.ts) unless a client is passed;
// publishing expires it (lib/mutations/snapshots.ts), and a published row never changes.
export const listSnapshots = cachedQuery('snapshots/listSnapshots', listSnapshotsFromDb);
export const getSnapshot = cachedQuery('snapshots/getSnapshot', getSnapshotFromDb);
export const getSnapshotComparison = cachedQuery('snapshots/getSnapshotComparison', getSnapshotComparisonFromDb);

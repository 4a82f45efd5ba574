// The words of each feed entry. Pure: rows in, entries out, so the wording is
// tested without a database and both feeds say the same thing the same way.
import { STATUS_LABELS, type StatusKey } from '@/lib/commitments/status';
import { shortHash } from '@/lib/snapshots/canonical-json';
import type { FeedEntry } from './feed-types';

export interface SnapshotRow {
  id: string;
  quarter: string;
  revision: number;
  asOf: Date;
  sha256: string;
  correctionNote: string | null;
  publishedAt: Date;
}

export interface StatusUpdateRow {
  id: string;
  commitmentId: string;
  commitmentSummary: string;
  status: Exclude<StatusKey, 'NO_UPDATE'> | null;
  asOf: Date | null;
  note: string;
  correctsId: string | null;
  recordedAt: Date;
  evidence: { title: string; url: string }[];
}

const longDate = (date: Date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function snapshotEntry(row: SnapshotRow): FeedEntry {
  // Every link names the revision, so it keeps showing this one after any later correction.
  const path = `/snapshots/${row.quarter}?revision=${row.revision}`;
  const hash = `Its SHA-256 is ${row.sha256} (cite it as ${shortHash(row.sha256)}).`;
  const paragraphs = row.revision
    ? [
        `A correction (number ${row.revision}) to the ${row.quarter} snapshot was published. The original stays visible beside it.`,
        `What was wrong: ${row.correctionNote ?? 'no reason was recorded.'}`,
        hash,
      ]
    : [`The ${row.quarter} snapshot was published: where every commitment, indicator and headline stop-and-search figure stood on ${longDate(row.asOf)}. It will never change.`, hash];
  return {
    key: `snapshot/${row.id}`,
    title: row.revision ? `Correction ${row.revision} to the ${row.quarter} snapshot` : `Snapshot published for ${row.quarter}`,
    updated: row.publishedAt,
    path,
    paragraphs,
    links: [
      { title: `The ${row.quarter} snapshot`, href: path },
      { title: 'Its JSON document', href: `/snapshots/${row.quarter}/snapshot.json?revision=${row.revision}` },
      { title: 'Its ZIP of CSV files', href: `/snapshots/${row.quarter}/snapshot.zip?revision=${row.revision}` },
    ],
  };
}

function statusUpdateTitle(row: StatusUpdateRow): string {
  const what = row.status ? `status reported as ${STATUS_LABELS[row.status]}` : 'new evidence';
  return `${row.correctsId ? 'Correction: ' : ''}${row.commitmentSummary}: ${what}`;
}

export function statusUpdateEntry(row: StatusUpdateRow): FeedEntry {
  const path = `/commitments/${encodeURIComponent(row.commitmentId)}#update-${row.id}`;
  const asOf = row.asOf ? ` as of ${longDate(row.asOf)}` : '';
  const lead = row.status
    ? `A dated source reports this commitment as ${STATUS_LABELS[row.status].toLowerCase()}${asOf}.`
    : `New evidence about this commitment${asOf}; on its own it does not establish a status.`;
  const paragraphs = [lead, row.note];
  if (row.correctsId) paragraphs.unshift('This entry corrects an earlier one, which stays visible on the commitment\'s page.');
  return {
    key: `status-update/${row.id}`,
    title: statusUpdateTitle(row),
    updated: row.recordedAt,
    path,
    paragraphs,
    links: [{ title: 'The commitment\'s page and full timeline', href: path }, ...row.evidence.map((e) => ({ title: e.title, href: e.url }))],
  };
}

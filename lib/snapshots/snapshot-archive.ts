// A snapshot as a ZIP: one CSV per table, the canonical JSON document, a
// README (sources, licence, how to cite) and a manifest of SHA-256s. Dated
// with the publication time, so the same snapshot always gives the same bytes.
import { buildZip, manifestOf, type ArchiveFile } from '@/lib/archives/zip-archive';
import { toCsv, type CsvMetadata } from '@/lib/csv';
import { CC_BY, OGL } from '@/lib/open-data/dataset-types';
import type { SnapshotCommitment, SnapshotFigure, SnapshotIndicator } from '@/lib/snapshots/document-schema';
import { shortHash } from '@/lib/snapshots/canonical-json';
import type { PublishedDocument } from '@/lib/queries/snapshots';

export function citation(snapshot: PublishedDocument, url: string): string {
  const revision = snapshot.revision ? ` (correction ${snapshot.revision})` : '';
  return `Met accountability dashboard, snapshot ${snapshot.quarter}${revision}, as of ${snapshot.as_of}, ${url}, SHA-256 ${shortHash(snapshot.sha256)}`;
}

export function snapshotArchive(snapshot: PublishedDocument, url: string): Uint8Array {
  const doc = snapshot.document;
  const sources = doc.sources.map((s) => `${s.publisher}, ${s.title}, ${s.url}`);
  const meta = (title: string): CsvMetadata => ({ title: `${title}, snapshot ${doc.quarter} as of ${doc.as_of}`, sources, generatedAt: new Date(snapshot.published_at) });
  const files: ArchiveFile[] = [
    {
      path: 'commitments.csv',
      content: toCsv<SnapshotCommitment>(
        [
          { header: 'id', value: (c) => c.id },
          { header: 'summary', value: (c) => c.summary },
          { header: 'status', value: (c) => c.status },
          { header: 'due_on', value: (c) => c.due_on },
          { header: 'latest_entry_as_of', value: (c) => c.latest_entry?.as_of ?? null },
          { header: 'latest_entry_note', value: (c) => c.latest_entry?.note ?? null },
          { header: 'evidence', value: (c) => c.latest_entry?.evidence.map((e) => e.url).join(' ') ?? null },
        ],
        doc.commitments,
        meta('Commitments'),
      ),
    },
    {
      path: 'indicators.csv',
      content: toCsv<SnapshotIndicator>(
        [
          { header: 'id', value: (i) => i.id },
          { header: 'label', value: (i) => i.label },
          { header: 'unit', value: (i) => i.unit },
          { header: 'period', value: (i) => i.latest?.period_label ?? null },
          { header: 'value', value: (i) => i.latest?.value ?? null },
          { header: 'url', value: (i) => i.latest?.url ?? null },
        ],
        doc.indicators,
        meta('Indicators'),
      ),
    },
    {
      path: 'stop-search.csv',
      content: toCsv<SnapshotFigure>(
        [
          { header: 'area', value: (f) => f.area },
          { header: 'area_name', value: (f) => f.area_name },
          { header: 'ethnicity', value: (f) => f.ethnicity },
          { header: 'searches', value: (f) => f.searches },
          { header: 'rate_per_1000', value: (f) => f.rate_per_1000 },
          { header: 'ratio_to_white', value: (f) => f.ratio_to_white },
          { header: 'ratio_lower', value: (f) => f.ratio_lower },
          { header: 'ratio_upper', value: (f) => f.ratio_upper },
          { header: 'arrest_rate', value: (f) => f.arrest_rate },
        ],
        doc.stop_search.figures,
        { ...meta(`Stop and search, ${doc.stop_search.period ?? 'no period'}`), notes: [doc.stop_search.note] },
      ),
    },
    { path: 'snapshot.json', content: snapshot.json },
    {
      path: 'README.txt',
      content: [
        `Snapshot ${doc.quarter}, as of ${doc.as_of}, published ${snapshot.published_at}.`,
        `snapshot.json is the published document; its SHA-256 is ${snapshot.sha256}.`,
        snapshot.correction_note ? `This is a correction. What was wrong: ${snapshot.correction_note}` : '',
        '',
        `Licence: police and ONS data are under the ${OGL.title} (${OGL.path}).`,
        `Commitment summaries, status judgements, findings and notes are written by the dashboard and published under the`,
        `${CC_BY.title} licence (${CC_BY.name}, ${CC_BY.path}): reuse them freely, crediting the dashboard as cited below.`,
        '',
        `How to cite: ${citation(snapshot, url)}`,
        '',
        'Sources:',
        ...sources.map((s) => `- ${s}`),
        '',
      ].join('\n'),
    },
  ];
  const manifest = { path: 'manifest.json', content: `${JSON.stringify(manifestOf(files), null, 2)}\n` };
  return buildZip([...files, manifest]);
}

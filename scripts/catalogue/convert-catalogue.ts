// Maps the shared catalogue onto the project's seed files, field for field,
// adding only what the schema needs and the catalogue lacks: stable keys, the
// hand-made status judgements, and ids for disputes and gaps.
import type { CommitmentSeed, EvidenceSeed, SeedData } from '../../prisma/seed/schemas.ts';
import type { Catalogue } from './catalogue-schema.ts';
import { convertIndicators } from './convert-indicators.ts';
import type { StatusJudgement } from './status-judgements.ts';

type CatalogueCommitment = Catalogue['commitments'][number];

export function linkTitle(url: string): string {
  return `${new URL(url).hostname.replace(/^www\./, '')} report`;
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/['\u2019]/g, '') // "Mayor's" -> "mayors", not "mayor-s"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function judge(seedKey: string, note: string, judgements: Record<string, StatusJudgement>): StatusJudgement {
  const judgement = judgements[seedKey];
  if (!judgement) throw new Error(`No status judgement recorded for evidence ${seedKey}; add one to status-judgements.ts.`);
  if (!note.startsWith(judgement.noteStartsWith)) {
    throw new Error(`Evidence ${seedKey} no longer starts "${judgement.noteStartsWith}": the catalogue changed, judge it again.`);
  }
  return judgement;
}

function convertEvidence(commitment: CatalogueCommitment, judgements: Record<string, StatusJudgement>): EvidenceSeed[] {
  return commitment.evidence.map((entry, index) => {
    const seedKey = `${commitment.id}#${index + 1}`;
    const { status, basis } = judge(seedKey, entry.note, judgements);
    return { seedKey, asOf: entry.date, note: entry.note, url: entry.url, linkTitle: linkTitle(entry.url), status, statusBasis: basis };
  });
}

function convertCommitment(c: CatalogueCommitment, index: number, judgements: Record<string, StatusJudgement>): CommitmentSeed {
  return {
    id: c.id,
    sourceId: c.source,
    theme: c.theme,
    pillar: c.pillar || null,
    pillarNote: c.pillar_note || null,
    summary: c.summary,
    measure: c.measure,
    announcedOn: c.announced,
    dueOn: c.due,
    dueNote: c.due_note || null,
    url: c.url,
    statusNote: c.status_note || null,
    caveat: c.casey_note || null,
    sortOrder: index,
    evidence: convertEvidence(c, judgements),
  };
}

function assertAllJudgementsUsed(commitments: CommitmentSeed[], judgements: Record<string, StatusJudgement>) {
  const used = new Set(commitments.flatMap((c) => c.evidence.map((e) => e.seedKey)));
  const stray = Object.keys(judgements).filter((key) => !used.has(key));
  if (stray.length) throw new Error(`Status judgements for evidence the catalogue no longer has: ${stray.join(', ')}`);
}

function convertDisputes(catalogue: Catalogue): SeedData['disputes'] {
  const disputes = catalogue.conflicts.map((conflict, index) => ({
    id: slugify(conflict.topic),
    topic: conflict.topic,
    detail: conflict.detail,
    urls: conflict.urls,
    sortOrder: index,
  }));
  const ids = disputes.map((d) => d.id);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw new Error(`Two conflicts share the topic slug "${repeated}"; ids must be unique.`);
  return disputes;
}

export function convertCatalogue(catalogue: Catalogue, judgements: Record<string, StatusJudgement>): SeedData {
  const commitments = catalogue.commitments.map((c, i) => convertCommitment(c, i, judgements));
  assertAllJudgementsUsed(commitments, judgements);
  return {
    sources: catalogue.sources.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      publishedOn: s.published,
      url: s.url,
      note: s.note || null,
    })),
    commitments,
    findings: catalogue.findings.map((f, index) => ({
      id: f.id,
      sourceId: f.source,
      statement: f.statement,
      figure: f.figure,
      unit: f.unit || null,
      population: f.population || null,
      url: f.url,
      note: f.note || null,
      sortOrder: index,
    })),
    indicators: convertIndicators(catalogue),
    disputes: convertDisputes(catalogue),
    // Gaps are bare sentences in the catalogue; their position is their identity.
    gaps: catalogue.gaps.map((text, index) => ({ id: `gap-${String(index + 1).padStart(2, '0')}`, text, sortOrder: index })),
  };
}

import { describe, expect, it } from 'vitest';
import type { Catalogue } from './catalogue-schema.ts';
import { convertCatalogue, linkTitle, slugify } from './convert-catalogue.ts';
import type { StatusJudgement } from './status-judgements.ts';

function catalogue(): Catalogue {
  return {
    meta: {},
    sources: [
      { id: 'plan', title: 'A plan', publisher: 'A force', published: '2024-01-01', url: 'https://example.org/plan', note: null },
      { id: 'review', title: 'A review', publisher: 'A reviewer', published: null, url: 'https://example.org/review' },
    ],
    commitments: [
      {
        id: 'publish-charter',
        source: 'plan',
        theme: 'stop-and-search',
        pillar: null,
        summary: 'Publish a charter.',
        announced: '2024-01-01',
        due: null,
        measure: 'A charter exists.',
        evidence: [{ date: '2025-02-27', note: 'Charter published on the day.', url: 'https://www.news.example.com/a' }],
        url: 'https://example.org/plan',
        casey_note: 'Reconstructed.',
      },
    ],
    findings: [
      { id: 'ratio', source: 'review', statement: 'A ratio.', figure: 3.5, unit: 'ratio', population: null, url: 'https://paper.example/r' },
    ],
    indicators: [
      {
        id: 'ratio-series',
        label: 'Ratio',
        unit: 'ratio',
        values: [
          { period: '2018', value: 4.3, group: 'Black vs White', url: 'https://paper.example/other', note: null },
          { period: 'as reported (Mar 2023)', value: 3.5, group: 'Black vs White', url: 'https://paper.example/r', note: null },
          { period: 'Sep 2023', value: 2.0, group: null, url: 'https://paper.example/r', note: null },
          { period: '2024-25', value: 74, group: null, url: 'https://example.org/plan', note: null },
        ],
      },
    ],
    conflicts: [{ topic: "Mayor's funding", detail: 'Two amounts.', urls: ['https://a.example/1'] }],
    gaps: ['Nothing on X.'],
  };
}

const judged: Record<string, StatusJudgement> = {
  'publish-charter#1': { noteStartsWith: 'Charter published', status: 'DELIVERED', basis: 'Says the charter was published.' },
};

describe('convertCatalogue', () => {
  it('carries each judgement next to its evidence entry, with a stable key and a link title', () => {
    const seed = convertCatalogue(catalogue(), judged);
    expect(seed.commitments[0]!.caveat).toBe('Reconstructed.');
    expect(seed.commitments[0]!.evidence[0]).toMatchObject({
      seedKey: 'publish-charter#1',
      asOf: '2025-02-27',
      status: 'DELIVERED',
      statusBasis: 'Says the charter was published.',
      linkTitle: 'news.example.com report',
    });
  });

  it('refuses evidence that nobody has judged, or whose wording no longer matches the judgement', () => {
    expect(() => convertCatalogue(catalogue(), {})).toThrow(/No status judgement recorded for evidence publish-charter#1/);
    const moved = { 'publish-charter#1': { ...judged['publish-charter#1']!, noteStartsWith: 'Pilot started' } };
    expect(() => convertCatalogue(catalogue(), moved)).toThrow(/judge it again/);
    const stray = { ...judged, 'gone#1': { noteStartsWith: 'x', status: null, basis: 'x' } };
    expect(() => convertCatalogue(catalogue(), stray)).toThrow(/no longer has: gone#1/);
  });

  it('credits a figure to a source only when read on its page or matching that source\'s finding', () => {
    const [series] = convertCatalogue(catalogue(), judged).indicators;
    expect(series!.observations.map((o) => o.sourceId)).toEqual([null, 'review', null, 'plan']);
  });

  it('dates only plain period labels', () => {
    const [series] = convertCatalogue(catalogue(), judged).indicators;
    expect(series!.observations.map((o) => [o.periodStart, o.periodEnd])).toEqual([
      ['2018-01-01', '2018-12-31'],
      [null, null],
      ['2023-09-01', '2023-09-30'],
      [null, null],
    ]);
  });

  it('names disputes and gaps with readable ids', () => {
    const seed = convertCatalogue(catalogue(), judged);
    expect(seed.disputes[0]!.id).toBe('mayors-funding');
    expect(seed.gaps[0]!.id).toBe('gap-01');
  });
});

describe('helpers', () => {
  it('titles a link by the site it was read on', () => {
    expect(linkTitle('https://www.citylondonnews.co.uk/news/x')).toBe('citylondonnews.co.uk report');
  });

  it('slugs topics without stray hyphens', () => {
    expect(slugify("Child strip-search (national, Children's Commissioner)")).toBe('child-strip-search-national-childrens-commissioner');
  });
});

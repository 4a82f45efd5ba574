import { describe, expect, it } from 'vitest';
import { buildIndicatorSeries, orderObservations, type IndicatorInput, type ObservationInput } from './indicator-series';

const pas: IndicatorInput = {
  id: 'pas-good-job-local',
  label: 'Londoners who think police do a good job in their local area (MOPAC PAS)',
  unit: '%',
  definition: null,
  source: null,
};

function obs(periodLabel: string, value: number, sortOrder: number, extra: Partial<ObservationInput> = {}): ObservationInput {
  return {
    periodLabel,
    periodStart: null,
    periodEnd: null,
    groupLabel: 'All',
    areaCode: null,
    value,
    url: `https://example.org/${sortOrder}`,
    note: null,
    sortOrder,
    source: null,
    ...extra,
  };
}

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

// The four figures the catalogue records for this survey question, deliberately shuffled.
const pasObservations = [
  obs('year to Jun 2025', 45, 3, { periodStart: d('2024-07-01') }),
  obs('2016-17', 69, 0, { periodStart: d('2016-04-01') }),
  obs('year to Dec 2024', 46, 2, { periodStart: d('2024-01-01') }),
  obs('2017', 68, 1, { periodStart: d('2017-01-01') }),
];

describe('buildIndicatorSeries', () => {
  it('puts points in time order and uses the period label on the x axis', () => {
    const series = buildIndicatorSeries(pas, pasObservations);
    expect(series.rows.map((r) => r.x)).toEqual(['2016-17', '2017', 'year to Dec 2024', 'year to Jun 2025']);
    expect(series.rows.map((r) => r.values.All)).toEqual([69, 68, 46, 45]);
    expect(series.noDataReason).toBeNull();
  });

  it('writes a one-sentence summary from the first and last figures', () => {
    const series = buildIndicatorSeries(pas, pasObservations, {
      subject: 'Londoners saying the police do a good job locally',
      attribution: 'MOPAC Public Attitude Survey, as reported',
    });
    expect(series.summary).toBe(
      'Londoners saying the police do a good job locally fell from 69% in 2016-17 to 45% in the year to June 2025 ' +
        '(MOPAC Public Attitude Survey, as reported).',
    );
  });

  it('says "rose" when the last figure is higher', () => {
    const dismissals: IndicatorInput = { ...pas, id: 'officer-dismissals', label: 'Officers dismissed', unit: 'officers per calendar year' };
    const series = buildIndicatorSeries(dismissals, [obs('2020', 52, 0), obs('2022', 84, 1), obs('2023', 113, 2)], {
      attribution: 'London Assembly',
    });
    expect(series.summary).toBe(
      'Officers dismissed rose from 52 officers per calendar year in 2020 to 113 officers per calendar year in 2023 (London Assembly).',
    );
  });

  it('keeps undated figures in catalogue order and never joins reported figures into a trend sentence', () => {
    const ratio: IndicatorInput = { ...pas, id: 'ss-black-white-ratio', label: 'Black/white search ratio', unit: 'ratio' };
    const series = buildIndicatorSeries(
      ratio,
      [
        obs('as reported in Casey Review (Mar 2023)', 3.5, 3),
        obs('2018', 4.3, 1, { periodStart: d('2018-01-01') }),
        obs('2020 (as cited at MAP launch)', 4.0, 2),
        obs('2014', 2.6, 0, { periodStart: d('2014-01-01') }),
      ],
      { kind: 'reported', subject: 'the Black/white search ratio', attribution: 'as reported' },
    );
    expect(series.points.map((p) => p.value)).toEqual([2.6, 4.3, 4.0, 3.5]);
    expect(series.kind).toBe('reported');
    expect(series.summary).toBe(
      '4 reported figures for the Black/white search ratio, from different sources and periods and so not one ' +
        'consistent series, range from 2.6 times in 2014 to 4.3 times in 2018; the last listed is 3.5 times as ' +
        'reported in Casey Review (March 2023) (as reported).',
    );
    expect(series.spacingNote).toMatch(/not to scale/);
  });

  it('gives a "no data" reason when there are fewer than two comparable points', () => {
    expect(buildIndicatorSeries(pas, []).noDataReason).toMatch(/No figures/);
    expect(buildIndicatorSeries(pas, [obs('2023', 63, 0)]).noDataReason).toMatch(/Only one figure/);
    // Two figures, but for different groups: nothing to compare over time.
    const two = [obs('2020', 3.6, 0, { groupLabel: 'Black' }), obs('2020', 15.6, 1, { groupLabel: 'BAME' })];
    expect(buildIndicatorSeries(pas, two).noDataReason).toMatch(/No two figures measure the same group/);
  });

  it('keeps two conflicting figures for the same period as two points', () => {
    const series = buildIndicatorSeries({ ...pas, unit: 'officers' }, [obs('Sep 2023', 201, 0), obs('Sep 2023', 183, 1)]);
    expect(series.rows).toEqual([
      { x: 'Sep 2023', values: { All: 201 } },
      { x: 'Sep 2023', values: { All: 183 } },
    ]);
    expect(series.points).toHaveLength(2);
  });

  it('compares groups at the latest period they share', () => {
    const rate: IndicatorInput = { ...pas, label: 'Searches per 1,000 people', unit: 'per 1,000 people' };
    const series = buildIndicatorSeries(rate, [
      obs('2018', 50.2, 0, { groupLabel: 'Black' }),
      obs('2018', 10.8, 1, { groupLabel: 'White' }),
    ]);
    expect(series.groups.map((g) => g.key)).toEqual(['Black', 'White']);
    expect(series.rows).toEqual([{ x: '2018', values: { Black: 50.2, White: 10.8 } }]);
    expect(series.summary).toBe(
      'Searches per 1,000 people in 2018: Black 50.2 per 1,000 people, White 10.8 per 1,000 people (figures as reported; sources in the table).',
    );
  });

  it('falls back to the source title for attribution and the observation source for each row', () => {
    const source = { id: 's', title: 'Survey X', publisher: 'MOPAC', url: 'https://example.org/s' };
    const series = buildIndicatorSeries({ ...pas, source }, [obs('2017', 68, 0), obs('2018', 70, 1)]);
    expect(series.summary.endsWith('(Survey X).')).toBe(true);
    expect(series.points.every((p) => p.source === source)).toBe(true);
  });
});

describe('orderObservations', () => {
  it('sorts dated figures among themselves without moving undated ones', () => {
    const ordered = orderObservations([
      obs('b', 1, 0, { periodStart: d('2020-01-01') }),
      obs('undated', 2, 1),
      obs('a', 3, 2, { periodStart: d('2010-01-01') }),
    ]);
    expect(ordered.map((o) => o.periodLabel)).toEqual(['a', 'undated', 'b']);
  });
});

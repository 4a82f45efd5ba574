import { describe, expect, it } from 'vitest';
import { boroughMapSentence, comparisonSentence, distributionSentence, focusPeriod, outcomesSentence, rateSentence, ratioSentence, searchesSentence } from '@/lib/stop-search/text-summaries';

const row = (period: string, group: string, searches: number, extra: Partial<Parameters<typeof ratioSentence>[0][number]> = {}) => ({
  period,
  complete: true,
  group,
  searches,
  rate_per_1000: null,
  ratio_to_white: null,
  ratio_lower: null,
  ratio_upper: null,
  ratio_small: false,
  ...extra,
});

describe('text summaries', () => {
  it('picks the latest complete period, else the latest', () => {
    expect(focusPeriod([{ period: '2018', complete: true }, { period: '2022', complete: false }])).toEqual({ period: '2018', complete: true });
    expect(focusPeriod([{ period: '2022', complete: false }])).toEqual({ period: '2022', complete: false });
    expect(focusPeriod([])).toBeNull();
  });

  it('states the ratio with its interval for the focus period', () => {
    const rows = [
      row('2018', 'Black', 63864, { ratio_to_white: 4.0167, ratio_lower: 3.9701, ratio_upper: 4.0638 }),
      row('2022', 'Black', 4585, { complete: false, ratio_to_white: 2.9 }),
    ];
    expect(ratioSentence(rows, 'Black', 'London', 'officer')).toBe(
      'In 2018, Black people in London were searched 4.0 times as often as White people, per resident (95% interval 4.0 to 4.1), using ethnicity as recorded by the officer.',
    );
  });

  it("names the Met's area when a period of both forces holds only the Met's files", () => {
    const rows = [row('2022', 'Black', 900, { complete: false, population_area: 'met-police-area', ratio_to_white: 3.1, ratio_lower: 2.9, ratio_upper: 3.3 })];
    expect(ratioSentence(rows, 'Black', 'London', 'officer')).toContain("Black people in the Met's area (London without the City) were searched 3.1 times");
    expect(ratioSentence(rows, 'Black', 'Lambeth', 'officer')).toContain('Black people in Lambeth were searched');
  });

  it('flags a ratio resting on fewer than 20 searches and says when a period is partial', () => {
    const rows = [row('2019', 'Black', 12, { complete: false, ratio_to_white: 1.5, ratio_lower: 0.8, ratio_upper: 2.7, ratio_small: true })];
    const text = ratioSentence(rows, 'Black', 'Sutton', 'self');
    expect(text).toContain('In 2019 (not every month of that period is imported)');
    expect(text).toContain('95% interval 0.8 to 2.7');
    expect(text).toContain('fewer than 20 searches');
    expect(text).toContain('as the person described it');
  });

  it('totals searches and the not-stated share', () => {
    expect(searchesSentence([
      { period: '2018', group: 'Black', searches: 900 },
      { period: '2018', group: 'Not stated', searches: 100 },
      { period: '2019', group: 'White', searches: 1000 },
    ])).toBe('2,000 searches were recorded from 2018 to 2019. For 100 of them (5.0%) no ethnicity was stated.');
    expect(searchesSentence([])).toBe('No searches are recorded in the months shown.');
  });

  it('compares rates per 1,000', () => {
    const rows = [row('2018', 'Black', 63864, { rate_per_1000: 45.674 }), row('2018', 'White', 53274, { rate_per_1000: 11.368 })];
    expect(rateSentence(rows, 'Black', 'London')).toBe('In 2018 there were 45.7 searches per 1,000 Black residents of London, against 11.4 per 1,000 White residents.');
  });

  it('compares arrest rates with intervals', () => {
    expect(
      outcomesSentence(
        [
          { group: 'Black', outcome_recorded: 100, arrest_rate: 0.2, arrest_lower: 0.133, arrest_upper: 0.289 },
          { group: 'White', outcome_recorded: 100, arrest_rate: 0.1, arrest_lower: 0.055, arrest_upper: 0.174 },
        ],
        'Black',
      ),
    ).toBe('Over the months shown, 20.0% (95% interval 13.3% to 28.9%) of searches of Black people with an outcome recorded ended in arrest, against 10.0% (95% interval 5.5% to 17.4%) for White people.');
  });

  it('names the most common value', () => {
    expect(distributionSentence([{ value: 'A', searches: 30 }, { value: 'B', searches: 70 }], 'law used')).toBe('The most common law used was "B": 70 of 100 searches (70.0%).');
  });

  it('names the highest and lowest borough', () => {
    const text = boroughMapSentence([{ name: 'Lambeth', value: 31.49 }, { name: 'Sutton', value: 4.7 }, { name: 'City of London', value: null }], 'searches per 1,000 residents', (v) => v.toFixed(1));
    expect(text).toBe('Of the boroughs with a figure, Lambeth had the highest searches per 1,000 residents (31.5) and Sutton the lowest (4.7).');
  });

  it('sets a borough against London', () => {
    const f = (searches: number, rate: number | null, ratio: number | null) => ({ searches, rate, ratio, ratioLower: ratio && ratio - 0.1, ratioUpper: ratio && ratio + 0.1, ratioSmall: false });
    expect(comparisonSentence('Lambeth', f(10004, 31.49, 5.09), 'London', f(168327, 19.13, 3.83))).toBe(
      '10,004 searches were recorded in Lambeth in the months shown. That is 31.5 per 1,000 residents, against 19.1 across London. Black residents were searched 5.1 times as often as White residents (95% interval 5.0 to 5.2), against 3.8 (95% interval 3.7 to 3.9) across London.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { explorerQueryString, parseExplorerParams, toSummaryParams } from '@/lib/stop-search/explorer-params';
import { KEY_DATES, keyDatesSentence, placeKeyDates } from '@/lib/stop-search/key-dates';

describe('explorer parameters', () => {
  it('defaults to years and officer-defined ethnicity, and reads every control', () => {
    expect(parseExplorerParams({})).toEqual({ ok: true, params: { ethnicity: 'officer', period: 'year', measure: 'rate' } });
    const parsed = parseExplorerParams(new URLSearchParams('force=metropolitan&borough=E09000022&ethnicity=self&legislation=x&period=quarter&from=2018-01&to=2018-06&measure=ratio'));
    expect(parsed).toEqual({ ok: true, params: { force: 'metropolitan', borough: 'E09000022', ethnicity: 'self', legislation: 'x', period: 'quarter', from: '2018-01', to: '2018-06', measure: 'ratio' } });
  });

  it('treats an empty control as "all"', () => {
    expect(parseExplorerParams({ force: '', borough: '' })).toEqual({ ok: true, params: { ethnicity: 'officer', period: 'year', measure: 'rate' } });
  });

  it('names the bad parameter', () => {
    expect(parseExplorerParams({ period: 'weekly' })).toMatchObject({ ok: false, parameter: 'period' });
    expect(parseExplorerParams({ by: 'borough' })).toMatchObject({ ok: false, parameter: 'by' });
    expect(parseExplorerParams({ measure: 'x' })).toMatchObject({ ok: false, parameter: 'measure' });
    expect(parseExplorerParams({ from: '2019-01', to: '2018-01' })).toMatchObject({ ok: false, parameter: 'to' });
    expect(parseExplorerParams({ force: ['metropolitan', 'city-of-london'] })).toMatchObject({ ok: false, parameter: 'force' });
  });

  it('round-trips through the query string and builds summary questions', () => {
    const parsed = parseExplorerParams(new URLSearchParams('force=metropolitan&borough=E09000022&period=month&measure=searches'));
    if (!parsed.ok) throw new Error(parsed.message);
    const qs = explorerQueryString(parsed.params);
    expect(qs).toBe('force=metropolitan&borough=E09000022&ethnicity=officer&period=month&measure=searches');
    expect(parseExplorerParams(new URLSearchParams(qs))).toEqual(parsed);
    expect(toSummaryParams(parsed.params, ['ethnicity'])).toEqual({ force: 'metropolitan', period: 'month', by: ['ethnicity'], ethnicity: 'officer', filters: { borough: 'E09000022' } });
  });
});

describe('key dates', () => {
  it('holds the catalogue dates', () => {
    expect(KEY_DATES.map((d) => d.date)).toEqual(['2023-03-21', '2024-09-23', '2025-02-27']);
  });

  it('says honestly when every date is after the data', () => {
    const placement = placeKeyDates('2017-12', '2022-09');
    expect(placement.after).toHaveLength(3);
    expect(keyDatesSentence(placement, '2022-09')).toContain('cannot show any change after them');
  });

  it('places dates within the data and asks for months on both sides', () => {
    const placement = placeKeyDates('2023-01', '2024-12');
    expect(placement.within.map((d) => d.id)).toEqual(['casey-2023', 'lrap-2024']);
    expect(keyDatesSentence(placement, '2024-12')).toContain('needs imported months on both sides');
  });
});

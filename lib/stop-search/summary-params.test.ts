import { describe, expect, it } from 'vitest';
import { ParameterError } from '@/lib/stop-search/parameter-error';
import { parseSummaryRequest, summaryQueryString } from '@/lib/stop-search/summary-params';

const parse = (query: string) => parseSummaryRequest(new URLSearchParams(query));

function failure(query: string): { parameter: string; message: string } {
  try {
    parse(query);
  } catch (error) {
    if (error instanceof ParameterError) return { parameter: error.parameter, message: error.message };
    throw error;
  }
  throw new Error(`"${query}" was accepted`);
}

describe('parseSummaryRequest', () => {
  it('fills in the defaults', () => {
    expect(parse('')).toEqual({ period: 'month', by: [], ethnicity: 'officer', format: 'json', filters: {} });
  });

  it('reads every parameter, matching closed lists without regard to case', () => {
    const request = parse(
      'force=Metropolitan&from=2018-01&to=2018-12&period=financial-year&by=ethnicity,borough&ethnicity=self&format=csv' +
        '&ethnic_group=black&borough=E09000022&legislation=Misuse%20of%20Drugs%20Act%201971%20(section%2023)&age=18-24&type=Person%20search',
    );
    expect(request).toEqual({
      force: 'metropolitan',
      from: '2018-01',
      to: '2018-12',
      period: 'financial-year',
      by: ['ethnicity', 'borough'],
      ethnicity: 'self',
      format: 'csv',
      filters: {
        ethnicity: 'Black',
        borough: 'E09000022',
        legislation: 'Misuse of Drugs Act 1971 (section 23)',
        age: '18-24',
        type: 'Person search',
      },
    });
  });

  it.each([
    ['colour=red', 'colour', /unknown parameter/],
    ['force=essex', 'force', /metropolitan, city-of-london/],
    ['from=2018-4', 'from', /YYYY-MM/],
    ['to=2018-13', 'to', /YYYY-MM/],
    ['from=2018-05&to=2018-04', 'to', /before from/],
    ['period=week', 'period', /month, quarter, year, financial-year/],
    ['by=ethnicity,colour', 'by', /"colour" is not a dimension/],
    ['by=borough,borough', 'by', /twice/],
    ['ethnicity=Black', 'ethnicity', /ethnic_group=Black/],
    ['ethnicity=both', 'ethnicity', /officer, self/],
    ['ethnic_group=Purple', 'ethnic_group', /Asian, Black, Mixed, White, Other, Not stated/],
    ['borough=E09000034', 'borough', /must be one of/],
    ['format=xml', 'format', /json, csv/],
    ['legislation=', 'legislation', /empty/],
    ['force=metropolitan&force=city-of-london', 'force', /more than once/],
  ])('%s is refused, naming %s', (query, parameter, message) => {
    const error = failure(query);
    expect(error.parameter).toBe(parameter);
    expect(error.message).toMatch(message);
  });

  it('accepts "outside" and "none" as boroughs', () => {
    expect(parse('borough=outside').filters).toEqual({ borough: 'outside' });
    expect(parse('borough=none').filters).toEqual({ borough: 'none' });
  });
});

describe('summaryQueryString', () => {
  it('writes a query that parses back to the same request', () => {
    const request = parse('force=city-of-london&from=2019-01&period=quarter&by=outcome&ethnicity=self&ethnic_group=Not%20stated&gender=Male');
    const { format: _format, ...params } = request;
    expect(parse(summaryQueryString(params))).toEqual({ ...request, format: 'json' });
  });
});

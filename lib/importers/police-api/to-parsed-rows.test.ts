// API stop -> CSV row. Each case pairs a real line of a data.police.uk CSV
// download (copied from shared/data, police-uk-raw) with the JSON the API
// gives for such a stop, in the shapes its documentation shows, and expects
// exactly the strings the CSV carries.
import { describe, expect, it } from 'vitest';
import { COLUMNS, type RawRow } from '@/lib/importers/police-uk/columns';
import { validateRow } from '@/lib/importers/police-uk/schema';
import { toParsedRows } from '@/lib/importers/police-api/to-parsed-rows';

const csvRow = (line: string): RawRow => {
  const values = line.split(',');
  expect(values).toHaveLength(COLUMNS.length);
  return Object.fromEntries(COLUMNS.map((c, i) => [c, values[i]])) as RawRow;
};

const only = (stop: unknown) => {
  const rows = [...toParsedRows([stop])];
  expect(rows).toHaveLength(1);
  return rows[0]!;
};

describe('toParsedRows: the CSV strings for each API stop', () => {
  it('City of London 2018-04, line 2: located stop, outcome label, True/False flags, no operation', () => {
    const stop = {
      age_range: 'over 34',
      officer_defined_ethnicity: 'Black',
      involved_person: true,
      self_defined_ethnicity: 'Black/African/Caribbean/Black British - Caribbean',
      gender: 'Female',
      legislation: 'Misuse of Drugs Act 1971 (section 23)',
      outcome_linked_to_object_of_search: true,
      datetime: '2018-04-01T00:08:42+00:00',
      outcome_object: { id: 'bu-penalty-notice', name: 'Penalty Notice for Disorder' },
      location: { latitude: '51.512528', street: { id: 1, name: 'On or near Gracechurch Street' }, longitude: '-0.081281' },
      object_of_search: 'Controlled drugs',
      operation: null,
      outcome: 'Penalty Notice for Disorder',
      type: 'Person search',
      operation_name: null,
      removal_of_more_than_outer_clothing: false,
    };
    expect(only(stop).raw).toEqual(
      csvRow(
        'Person search,2018-04-01T00:08:42+00:00,,,51.512528,-0.081281,Female,over 34,Black/African/Caribbean/Black British - Caribbean,Black,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Penalty Notice for Disorder,True,False',
      ),
    );
  });

  it('City of London 2018-04, line 7: no location, no person details, outcome false (older responses)', () => {
    const stop = {
      age_range: null,
      self_defined_ethnicity: null,
      outcome_linked_to_object_of_search: false,
      datetime: '2018-04-01T05:15:06+00:00',
      removal_of_more_than_outer_clothing: null,
      operation: null,
      officer_defined_ethnicity: null,
      object_of_search: 'Controlled drugs',
      involved_person: false,
      gender: null,
      legislation: 'Misuse of Drugs Act 1971 (section 23)',
      location: null,
      outcome: false,
      type: 'Vehicle search',
      operation_name: null,
    };
    expect(only(stop).raw).toEqual(
      csvRow('Vehicle search,2018-04-01T05:15:06+00:00,,,,,,,,,Misuse of Drugs Act 1971 (section 23),Controlled drugs,,False,'),
    );
  });

  it('Met 2018-04, line 2: operation false is the Met\'s "False", absent flags are empty', () => {
    const stop = {
      type: 'Person search',
      involved_person: true,
      datetime: '2018-03-31T23:00:00+00:00',
      operation: false,
      operation_name: null,
      location: { latitude: '51.394229', longitude: '-0.113877', street: { id: 2, name: 'On or near Parking Area' } },
      gender: 'Male',
      age_range: '25-34',
      self_defined_ethnicity: 'White - Any other White background',
      officer_defined_ethnicity: 'White',
      legislation: 'Misuse of Drugs Act 1971 (section 23)',
      object_of_search: 'Controlled drugs',
      outcome: 'A no further action disposal',
      // outcome_linked_to_object_of_search and removal_... missing altogether
    };
    expect(only(stop).raw).toEqual(
      csvRow(
        'Person search,2018-03-31T23:00:00+00:00,False,,51.394229,-0.113877,Male,25-34,White - Any other White background,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,A no further action disposal,,',
      ),
    );
  });

  it('takes the label from an outcome object, or from outcome_object when outcome is blank', () => {
    expect(only({ type: 'Person search', outcome: { id: 'bu-arrest', name: 'Arrest' } }).raw.Outcome).toBe('Arrest');
    expect(only({ type: 'Person search', outcome: '', outcome_object: { id: 'bu-arrest', name: 'Arrest' } }).raw.Outcome).toBe('Arrest');
    // stops-no-location 2024-01 example: both blank means no outcome recorded.
    expect(only({ type: 'Person search', outcome: '', outcome_object: { id: '', name: '' } }).raw.Outcome).toBe('');
    expect(only({ type: 'Person search', outcome: null }).raw.Outcome).toBe('');
  });

  it('writes numeric coordinates as the numbers they are', () => {
    const raw = only({ type: 'Person search', location: { latitude: 51.5, longitude: -0.12 } }).raw;
    expect([raw.Latitude, raw.Longitude]).toEqual(['51.5', '-0.12']);
  });

  it('gives rows the CSV validator accepts, with the same values as the CSV line', () => {
    const [row] = [
      ...toParsedRows([
        {
          type: 'Person and Vehicle search',
          datetime: '2022-08-31T23:00:00+00:00',
          operation: false,
          location: { latitude: '51.495396', longitude: '-0.061485' },
          gender: 'Male',
          age_range: '10-17',
          self_defined_ethnicity: 'White - English/Welsh/Scottish/Northern Irish/British',
          officer_defined_ethnicity: 'White',
          legislation: 'Misuse of Drugs Act 1971 (section 23)',
          object_of_search: 'Controlled drugs',
          outcome: 'A no further action disposal',
          outcome_linked_to_object_of_search: null,
          removal_of_more_than_outer_clothing: null,
        },
      ]),
    ];
    const fromApi = validateRow(row!.raw);
    const fromCsv = validateRow(
      csvRow(
        'Person and Vehicle search,2022-08-31T23:00:00+00:00,False,,51.495396,-0.061485,Male,10-17,White - English/Welsh/Scottish/Northern Irish/British,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,A no further action disposal,,',
      ),
    );
    expect(fromApi.ok).toBe(true);
    expect(fromApi).toEqual(fromCsv);
  });
});

describe('toParsedRows: line numbers and malformed stops', () => {
  it('numbers stops from line 2, as the CSV download of the month would', () => {
    expect([...toParsedRows([{ type: 'Person search' }, { type: 'Vehicle search' }, {}])].map((r) => r.line)).toEqual([2, 3, 4]);
  });

  it('reports a field of the wrong JSON type against its CSV column, and keeps going', () => {
    const rows = [...toParsedRows([{ type: 'Person search', operation: 'yes' }, { type: 'Person search' }])];
    expect(rows[0]!.shape).toEqual({
      field: 'Part of a policing operation',
      value: '"yes"',
      reason: 'API field "operation": expected true, false or null',
    });
    expect(rows[1]!.shape).toBeUndefined();
  });

  it('names the nested field of a broken location', () => {
    const [row] = [...toParsedRows([{ type: 'Person search', location: { latitude: true, longitude: '0.1' } }])];
    expect(row!.shape?.field).toBe('Latitude');
    expect(row!.shape?.reason).toMatch(/^API field "location\.latitude": /);
  });

  it('rejects an element that is not an object at all', () => {
    const [row] = [...toParsedRows(['Person search'])];
    expect(row!.shape).toMatchObject({ field: '(stop)', value: '"Person search"' });
    expect(row!.raw.Type).toBe('');
  });
});

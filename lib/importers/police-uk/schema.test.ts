import { describe, expect, it } from 'vitest';
import { COLUMNS, type RawRow } from '@/lib/importers/police-uk/columns';
import { parseInstant, validateRow } from '@/lib/importers/police-uk/schema';

const VALID: RawRow = Object.fromEntries(COLUMNS.map((c) => [c, ''])) as RawRow;
Object.assign(VALID, {
  Type: 'Person search',
  Date: '2018-04-01T10:00:00+00:00',
  Latitude: '51.5',
  Longitude: '-0.1',
  Gender: 'Male',
  'Age range': '18-24',
  'Self-defined ethnicity': 'Black/African/Caribbean/Black British - African',
  'Officer-defined ethnicity': 'Black',
  'Part of a policing operation': 'False',
});
const row = (changes: Partial<RawRow>): RawRow => ({ ...VALID, ...changes });
const fieldsOf = (changes: Partial<RawRow>) => {
  const result = validateRow(row(changes));
  return result.ok ? [] : result.issues.map((i) => i.field);
};

describe('validateRow', () => {
  it('normalises a valid row: empty is unknown (null), flags are booleans, case is tidied', () => {
    const result = validateRow(row({ Gender: 'female', 'Age range': 'OVER 34', Outcome: '  Arrest ' }));
    expect(result.ok && result.row).toMatchObject({
      Gender: 'Female',
      'Age range': 'over 34',
      Outcome: 'Arrest',
      'Part of a policing operation': false,
      'Policing operation': null,
      'Outcome linked to object of search': null,
      Latitude: 51.5,
    });
  });

  it.each([
    [{ Type: '' }, ['Type']],
    [{ Type: 'Car search' }, ['Type']],
    [{ Date: '2018-04-01 10:00' }, ['Date']],
    [{ Date: '2018-02-30T10:00:00+00:00' }, ['Date']],
    [{ Latitude: 'north' }, ['Latitude']],
    [{ Latitude: '95' }, ['Latitude']],
    [{ Longitude: '' }, ['Longitude']],
    [{ Gender: 'M' }, ['Gender']],
    [{ 'Age range': '35-44' }, ['Age range']],
    [{ 'Self-defined ethnicity': 'Martian' }, ['Self-defined ethnicity']],
    [{ 'Officer-defined ethnicity': 'Irish' }, ['Officer-defined ethnicity']],
    [{ 'Removal of more than just outer clothing': 'yes' }, ['Removal of more than just outer clothing']],
    [{ Gender: 'M', Latitude: 'x' }, ['Latitude', 'Gender']],
    [{ Legislation: 'x'.repeat(1001) }, ['Legislation']],
    [{ Outcome: 'Arrest \uFFFD' }, ['Outcome']],
  ])('rejects %j naming %j', (changes, fields) => {
    expect(fieldsOf(changes)).toEqual(fields);
  });

  it('keeps the value and says why in every issue', () => {
    const result = validateRow(row({ Date: 'yesterday' }));
    expect(result).toEqual({ ok: false, issues: [{ field: 'Date', value: 'yesterday', reason: expect.stringContaining('ISO 8601') }] });
  });
});

describe('parseInstant', () => {
  it('reads offsets and rejects dates the calendar does not have', () => {
    expect(parseInstant('2018-03-31T23:00:00+00:00')?.toISOString()).toBe('2018-03-31T23:00:00.000Z');
    expect(parseInstant('2018-04-01T00:00:00+01:00')?.toISOString()).toBe('2018-03-31T23:00:00.000Z');
    expect(parseInstant('2019-02-29T10:00:00Z')).toBeNull();
    expect(parseInstant('2018-04-01T10:00:00')).toBeNull();
  });
});

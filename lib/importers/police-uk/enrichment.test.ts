// The enrichment rules: London-time month and day, ethnic groups, borough.
import { describe, expect, it } from 'vitest';
import { COLUMNS, type RawRow } from '@/lib/importers/police-uk/columns';
import { officerDefinedGroup, selfDefinedGroup } from '@/lib/importers/police-uk/ethnicity';
import { londonDateOf, londonMonthOf } from '@/lib/importers/police-uk/local-time';
import { rowOutcome } from '@/lib/importers/police-uk/row-outcome';

describe('London time', () => {
  it.each([
    ['2018-03-31T23:00:00Z', '2018-04-01'], // BST started 25 March 2018: 00:00 in London
    ['2018-03-25T00:59:00Z', '2018-03-25'], // just before the clocks went forward
    ['2018-10-31T23:30:00Z', '2018-10-31'], // GMT again since 28 October
    ['2018-10-27T23:30:00Z', '2018-10-28'], // still BST
    ['2018-12-31T23:59:00Z', '2018-12-31'],
  ])('%s is %s in London', (instant, date) => {
    expect(londonDateOf(new Date(instant))).toBe(date);
  });

  it('gives the first day of the London month', () => {
    expect(londonMonthOf(new Date('2022-08-31T23:00:00Z'))).toBe('2022-09-01');
  });
});

describe('ethnic groups', () => {
  it.each([
    ['White - English/Welsh/Scottish/Northern Irish/British', 'White'],
    ['Mixed/Multiple ethnic groups - White and Black Caribbean', 'Mixed'],
    ['Asian/Asian British - Chinese', 'Asian'],
    ['Black/African/Caribbean/Black British - African', 'Black'],
    ['Other ethnic group - Any other ethnic group', 'Other'],
    ['Other ethnic group - Not stated', 'Not stated'],
    ['', 'Not stated'],
    ['Black or Black British - Caribbean (B1)', 'Black'],
    ['Chinese or other ethnic group - Chinese (O1)', 'Other'],
    ['Martian', null],
  ])('self-defined %j is %j', (label, group) => {
    expect(selfDefinedGroup(label)).toBe(group);
  });

  it('maps officer-defined labels one to one, blank as Not stated', () => {
    expect(['White', 'black', 'Asian', 'Other', 'Mixed', '', 'Irish'].map(officerDefinedGroup)).toEqual(['White', 'Black', 'Asian', 'Other', 'Mixed', 'Not stated', null]);
  });
});

describe('rowOutcome', () => {
  const raw = (changes: Partial<RawRow>): RawRow => ({
    ...(Object.fromEntries(COLUMNS.map((c) => [c, ''])) as RawRow),
    Type: 'Person search',
    Date: '2018-03-31T23:30:00+00:00',
    ...changes,
  });
  const locate = (lat: number | null) => (lat === null ? 'none' : lat > 52 ? 'outside' : 'E09000033');

  it('makes a record in London time, with unknowns kept as unknown', () => {
    const outcome = rowOutcome({ line: 7, raw: raw({ Latitude: '51.5', Longitude: '-0.1' }) }, '2018-04', locate);
    expect(outcome.ok && outcome.record).toMatchObject({
      lineNumber: 7,
      localDate: '2018-04-01',
      localMonth: '2018-04-01',
      boroughCode: 'E09000033',
      locationStatus: 'london',
      gender: null,
      ageRange: null,
      selfEthnicGroup: 'Not stated',
      officerEthnicGroup: 'Not stated',
    });
  });

  it('says why a point has no borough', () => {
    const none = rowOutcome({ line: 2, raw: raw({}) }, '2018-04', locate);
    const outside = rowOutcome({ line: 2, raw: raw({ Latitude: '52.3', Longitude: '-1.9' }) }, '2018-04', locate);
    expect([none, outside].map((o) => o.ok && [o.record.boroughCode, o.record.locationStatus])).toEqual([
      [null, 'none'],
      [null, 'outside'],
    ]);
  });

  it("rejects a row from another London month than the file's", () => {
    expect(rowOutcome({ line: 9, raw: raw({ Date: '2018-03-31T22:59:00+00:00' }) }, '2018-04', locate)).toEqual({
      ok: false,
      rejections: [{ line: 9, field: 'Date', value: '2018-03-31T22:59:00+00:00', code: 'outside-month', reason: expect.stringContaining('2018-03-31') }],
    });
  });

  it('rejects a malformed row and clips a long value', () => {
    const outcome = rowOutcome({ line: 4, raw: raw({}), shape: { field: '(extra values)', value: 'x'.repeat(500), reason: 'has 16 values for 15 columns' } }, '2018-04', locate);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.rejections[0]).toMatchObject({ code: 'wrong-shape', value: `${'x'.repeat(200)}…` });
  });
});

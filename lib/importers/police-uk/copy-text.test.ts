import { describe, expect, it } from 'vitest';
import { RECORD_COLUMNS, recordCopyLine, rejectionCopyLine, STAGING_COLUMNS } from '@/lib/importers/police-uk/copy-text';
import type { StopSearchRecordInput } from '@/lib/importers/police-uk/enrich';

const record: StopSearchRecordInput = {
  lineNumber: 2,
  type: 'Person search',
  occurredAt: new Date('2018-03-31T23:00:00Z'),
  localMonth: '2018-04-01',
  localDate: '2018-04-01',
  partOfPolicingOperation: false,
  policingOperation: 'Op\tTab\\Slash\nLine',
  latitude: 51.5,
  longitude: -0.1,
  boroughCode: 'E09000033',
  locationStatus: 'london',
  gender: null,
  ageRange: '18-24',
  selfDefinedEthnicity: null,
  officerDefinedEthnicity: 'White',
  selfEthnicGroup: 'Not stated',
  officerEthnicGroup: 'White',
  legislation: null,
  objectOfSearch: null,
  outcome: 'Arrest',
  outcomeLinkedToObject: true,
  removalOfMoreThanOuterClothing: null,
};

describe('COPY text', () => {
  it('writes one value per staging column, escaping what COPY treats specially', () => {
    const cells = recordCopyLine(record).replace(/\n$/, '').split('\t');
    expect(cells).toHaveLength(STAGING_COLUMNS.length);
    expect(cells.slice(0, 8)).toEqual(['2', 'Person search', '2018-03-31T23:00:00.000Z', '2018-04-01', '2018-04-01', 'f', 'Op\\tTab\\\\Slash\\nLine', '51.5']);
    expect(cells[RECORD_COLUMNS.indexOf('gender')]).toBe('\\N');
    expect(cells[RECORD_COLUMNS.indexOf('outcome_linked_to_object')]).toBe('t');
    expect(cells.slice(RECORD_COLUMNS.length)).toEqual(['\\N', '\\N', '\\N', '\\N']);
  });

  it('writes a rejection with only its line and reject columns', () => {
    const cells = rejectionCopyLine({ line: 5, field: 'Date', value: 'x\ty', code: 'invalid-value', reason: 'bad' }).replace(/\n$/, '').split('\t');
    expect(cells).toHaveLength(STAGING_COLUMNS.length);
    expect(cells[0]).toBe('5');
    expect(cells.slice(1, RECORD_COLUMNS.length).every((c) => c === '\\N')).toBe(true);
    expect(cells.slice(RECORD_COLUMNS.length)).toEqual(['invalid-value', 'Date', 'x\\ty', 'bad']);
  });
});

// Turns a validated row into the record we store: London-time date and month,
// broad ethnic groups for both ethnicity fields, and the borough.
import type { BoroughAssignment } from '@/lib/geo/assign-borough';
import { officerDefinedGroup, selfDefinedGroup, type EthnicGroupLabel } from '@/lib/importers/police-uk/ethnicity';
import { londonDateOf } from '@/lib/importers/police-uk/local-time';
import type { PoliceRow } from '@/lib/importers/police-uk/schema';

export type LocationStatus = 'london' | 'outside' | 'none';

export interface StopSearchRecordInput {
  lineNumber: number;
  type: string;
  occurredAt: Date;
  /** YYYY-MM-01 in Europe/London time */
  localMonth: string;
  /** YYYY-MM-DD in Europe/London time */
  localDate: string;
  partOfPolicingOperation: boolean | null;
  policingOperation: string | null;
  latitude: number | null;
  longitude: number | null;
  boroughCode: string | null;
  locationStatus: LocationStatus;
  /** Normalised spelling; null means not recorded (shown as "Unknown"). */
  gender: string | null;
  ageRange: string | null;
  selfDefinedEthnicity: string | null;
  officerDefinedEthnicity: string | null;
  selfEthnicGroup: EthnicGroupLabel;
  officerEthnicGroup: EthnicGroupLabel;
  legislation: string | null;
  objectOfSearch: string | null;
  outcome: string | null;
  outcomeLinkedToObject: boolean | null;
  removalOfMoreThanOuterClothing: boolean | null;
}

export type Locate = (latitude: number | null, longitude: number | null) => BoroughAssignment;

// A file uses a few dozen ethnicity labels over and over: map each once.
const LABEL_CACHE_LIMIT = 1_000;
function memoised(group: (label: string | null) => EthnicGroupLabel | null) {
  const groups = new Map<string | null, EthnicGroupLabel | null>();
  return (label: string | null) => {
    let found = groups.get(label);
    if (found === undefined) {
      found = group(label);
      if (groups.size >= LABEL_CACHE_LIMIT) groups.clear();
      groups.set(label, found);
    }
    return found;
  };
}
const selfGroupOf = memoised(selfDefinedGroup);
const officerGroupOf = memoised(officerDefinedGroup);

export function enrichRow(row: PoliceRow, lineNumber: number, locate: Locate): StopSearchRecordInput {
  const localDate = londonDateOf(row.Date);
  const place = locate(row.Latitude, row.Longitude);
  const located = place !== 'none' && place !== 'outside';
  return {
    lineNumber,
    type: row.Type,
    occurredAt: row.Date,
    localMonth: `${localDate.slice(0, 7)}-01`,
    localDate,
    partOfPolicingOperation: row['Part of a policing operation'],
    policingOperation: row['Policing operation'],
    latitude: row.Latitude,
    longitude: row.Longitude,
    boroughCode: located ? place : null,
    locationStatus: located ? 'london' : place,
    gender: row.Gender,
    ageRange: row['Age range'],
    selfDefinedEthnicity: row['Self-defined ethnicity'],
    officerDefinedEthnicity: row['Officer-defined ethnicity'],
    // Validation has already rejected labels these cannot map.
    selfEthnicGroup: selfGroupOf(row['Self-defined ethnicity'])!,
    officerEthnicGroup: officerGroupOf(row['Officer-defined ethnicity'])!,
    legislation: row.Legislation,
    objectOfSearch: row['Object of search'],
    outcome: row.Outcome,
    outcomeLinkedToObject: row['Outcome linked to object of search'],
    removalOfMoreThanOuterClothing: row['Removal of more than just outer clothing'],
  };
}

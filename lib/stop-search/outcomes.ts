// Which recorded outcomes count as an arrest and which as "no further action".
// data.police.uk has used two vocabularies: the current one (since about
// 2017/18: "Arrest", "A no further action disposal") and an older one
// ("Suspect arrested", "Nothing found - no further action") that City of
// London Police still sent in some 2018-2020 months. Both are listed so a
// change of wording never moves a search from one class to another.
// Any other non-empty outcome (community resolution, warnings, penalty
// notices, summons, caution, ...) is neither; an empty outcome is not
// recorded and is left out of the outcome rates' denominator.

export const ARREST_OUTCOMES: readonly string[] = ['Arrest', 'Suspect arrested'];

export const NO_FURTHER_ACTION_OUTCOMES: readonly string[] = ['A no further action disposal', 'Nothing found - no further action'];

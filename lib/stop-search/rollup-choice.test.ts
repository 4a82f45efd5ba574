import { describe, expect, it } from 'vitest';
import { chooseRollup, rollupSource } from '@/lib/stop-search/rollup-choice';

describe('chooseRollup', () => {
  it('reads the narrow "none" slice when only ethnicity is asked for or filtered', () => {
    expect(chooseRollup([], {})).toEqual({ table: 'narrow', dimension: 'none' });
    expect(chooseRollup(['ethnicity'], {})).toEqual({ table: 'narrow', dimension: 'none' });
    expect(chooseRollup([], { ethnicity: 'Black' })).toEqual({ table: 'narrow', dimension: 'none' });
  });

  it('reads the slice of the one other dimension grouped or filtered on', () => {
    expect(chooseRollup(['borough', 'ethnicity'], {})).toEqual({ table: 'narrow', dimension: 'borough' });
    expect(chooseRollup(['ethnicity'], { borough: 'E09000030' })).toEqual({ table: 'narrow', dimension: 'borough' });
    expect(chooseRollup(['legislation'], { legislation: 'Misuse of Drugs Act 1971 (section 23)' })).toEqual({ table: 'narrow', dimension: 'legislation' });
    expect(chooseRollup(['borough'], { ethnicity: 'Black' })).toEqual({ table: 'narrow', dimension: 'borough' });
    for (const d of ['object', 'outcome', 'age', 'gender', 'type'] as const) expect(chooseRollup([d], {})).toEqual({ table: 'narrow', dimension: d });
  });

  it('falls back to the wide rollup when two dimensions other than ethnicity meet', () => {
    expect(chooseRollup(['borough', 'legislation'], {})).toEqual({ table: 'wide' });
    expect(chooseRollup(['ethnicity'], { borough: 'E09000030', legislation: 'x' })).toEqual({ table: 'wide' });
    expect(chooseRollup(['age'], { gender: 'Male' })).toEqual({ table: 'wide' });
  });
});

describe('rollupSource', () => {
  it('labels the slice dimension from the value column and refuses any other', () => {
    const source = rollupSource({ table: 'narrow', dimension: 'borough' });
    expect(source.dimension('borough', 'officer')).toBe('m.value');
    expect(source.dimension('ethnicity', 'self')).toBe('m.self_ethnic_group::text');
    expect(() => source.dimension('age', 'officer')).toThrow(/cannot answer for age/);
  });
});

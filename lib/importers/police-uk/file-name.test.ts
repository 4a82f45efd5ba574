import { describe, expect, it } from 'vitest';
import { checkHeader, COLUMNS } from '@/lib/importers/police-uk/columns';
import { identityFromFileName } from '@/lib/importers/police-uk/file-name';

describe('identityFromFileName', () => {
  it('reads force and month from a data.police.uk name, in any folder', () => {
    expect(identityFromFileName('/x/2018-04/2018-04-city-of-london-stop-and-search.csv')).toEqual({ force: 'city-of-london', month: '2018-04' });
    expect(identityFromFileName('2022-09-Metropolitan-stop-and-search.csv')).toEqual({ force: 'metropolitan', month: '2022-09' });
  });

  it.each(['2018-13-metropolitan-stop-and-search.csv', '2018-04-metropolitan-street.csv', 'stop-and-search.csv', '2018-04--stop-and-search.csv'])('knows %s is not one', (name) => {
    expect(identityFromFileName(name)).toBeNull();
  });
});

describe('checkHeader', () => {
  it('lists missing, unknown and repeated columns', () => {
    const header = [...COLUMNS.filter((c) => c !== 'Latitude'), 'Lat', 'Gender'];
    expect(checkHeader(header)).toEqual({ ok: false, missing: ['Latitude'], unknown: ['Lat'], repeated: ['Gender'] });
    expect(checkHeader(COLUMNS.map((c) => ` ${c.toUpperCase()} `)).ok).toBe(true);
  });
});

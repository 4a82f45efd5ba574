import { describe, expect, it } from 'vitest';
import { assignBorough, createBoroughLocator } from '@/lib/geo/assign-borough';
import { loadBoroughBoundaries, parseBoroughBoundaries } from '@/lib/geo/boroughs';
import { pointInPolygon, pointInRing } from '@/lib/geo/point-in-polygon';

const shapes = loadBoroughBoundaries();

describe('pointInRing / pointInPolygon', () => {
  const square = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]] as const;
  const hole = [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]] as const;

  it('works whichever way the ring turns', () => {
    expect(pointInRing(5, 5, square)).toBe(true);
    expect(pointInRing(5, 5, [...square].reverse())).toBe(true);
    expect(pointInRing(11, 5, square)).toBe(false);
  });

  it('excludes holes', () => {
    expect(pointInPolygon(5, 5, [square, hole])).toBe(false);
    expect(pointInPolygon(2, 2, [square, hole])).toBe(true);
  });
});

describe('borough boundaries', () => {
  it('holds the 33 London boroughs, E09000001 to E09000033', () => {
    expect(shapes.map((s) => s.code)).toEqual(Array.from({ length: 33 }, (_, i) => `E09${String(i + 1).padStart(6, '0')}`));
  });

  it('rejects a file that is not borough boundaries', () => {
    expect(() => parseBoroughBoundaries({ type: 'FeatureCollection', features: [{ properties: { borough_code: 'X1' } }] })).toThrow(
      /Borough boundaries are not valid/,
    );
  });
});

describe('assignBorough', () => {
  // Well-known landmarks, coordinates as published for each (WGS84), each well
  // inside its borough so boundary simplification cannot move it.
  it.each([
    ['Trafalgar Square', 51.508, -0.1281, 'E09000033'], // Westminster
    ["St Paul's Cathedral", 51.5138, -0.0984, 'E09000001'], // City of London
    ['Royal Observatory, Greenwich', 51.4769, -0.0005, 'E09000011'], // Greenwich
    ['Wembley Stadium', 51.556, -0.2796, 'E09000005'], // Brent
    ['Heathrow Terminal 5', 51.4723, -0.4889, 'E09000017'], // Hillingdon
    ['Kew Gardens', 51.4787, -0.2956, 'E09000027'], // Richmond upon Thames
    ['East Croydon station', 51.3755, -0.0925, 'E09000008'], // Croydon
    ['Brixton station', 51.4627, -0.1145, 'E09000022'], // Lambeth
  ])('%s is in %s', (_name, latitude, longitude, code) => {
    expect(assignBorough(shapes, latitude, longitude)).toBe(code);
  });

  it('says "outside" for points in no London borough', () => {
    expect(assignBorough(shapes, 50.8225, -0.1372)).toBe('outside'); // Brighton
    expect(assignBorough(shapes, 51.752, -1.2577)).toBe('outside'); // Oxford
    expect(assignBorough(shapes, 52.2, -0.12)).toBe('outside'); // where two 2018 Met rows fall
    expect(assignBorough(shapes, 0, 0)).toBe('outside');
  });

  it('says "none" without coordinates', () => {
    expect(assignBorough(shapes, null, -0.1)).toBe('none');
    expect(assignBorough(shapes, 51.5, null)).toBe('none');
    expect(assignBorough(shapes, Number.NaN, -0.1)).toBe('none');
  });

  it('gives the same answers through the memoised locator', () => {
    const locate = createBoroughLocator(shapes, 2);
    for (let i = 0; i < 3; i++) {
      expect(locate(51.508, -0.1281)).toBe('E09000033');
      expect(locate(51.5138, -0.0984)).toBe('E09000001');
      expect(locate(50.8225, -0.1372)).toBe('outside');
      expect(locate(null, null)).toBe('none');
    }
  });
});

// The grid index must give exactly the borough the plain point-in-polygon
// search gives: on every point of every real record in shared/data, on every
// vertex of the boundaries (where rounding would show) and on a dense sweep.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { assignBorough } from '@/lib/geo/assign-borough';
import { createBoroughGrid } from '@/lib/geo/borough-grid';
import { loadBoroughBoundaries } from '@/lib/geo/boroughs';

const RAW = path.resolve(import.meta.dirname, '../../../shared/data/stop-and-search/police-uk-raw');
const shapes = loadBoroughBoundaries();
const grid = createBoroughGrid(shapes);

function realPoints(): [number, number][] {
  const points = new Map<string, [number, number]>();
  for (const force of readdirSync(RAW)) {
    for (const file of readdirSync(path.join(RAW, force)).filter((f) => f.endsWith('.csv'))) {
      const rows = parse(readFileSync(path.join(RAW, force, file)), { bom: true, columns: true }) as Record<string, string>[];
      for (const row of rows) {
        if (row.Latitude && row.Longitude) points.set(`${row.Latitude},${row.Longitude}`, [Number(row.Latitude), Number(row.Longitude)]);
      }
    }
  }
  return [...points.values()];
}

const differences = (points: [number, number][]) =>
  points.filter(([lat, lon]) => grid.locate(lat, lon) !== assignBorough(shapes, lat, lon)).map(([lat, lon]) => `${lat},${lon}`);

describe('createBoroughGrid', () => {
  it('gives the same borough as assignBorough for every point of every real record', () => {
    const points = realPoints();
    expect(points.length).toBeGreaterThan(10_000);
    expect(differences(points)).toEqual([]);
    // The sample is not trivially all-outside or all one borough.
    const found = new Set(points.map(([lat, lon]) => grid.locate(lat, lon)));
    expect(found.size).toBe(34); // all 33 boroughs, and outside
  }, 60_000);

  it('agrees on every boundary vertex and on a dense sweep over and around London', () => {
    const vertices = shapes.flatMap((s) => s.polygons.flat().flatMap((ring) => ring.map((p) => [p[1]!, p[0]!] as [number, number])));
    expect(differences(vertices)).toEqual([]);
    const sweep: [number, number][] = [];
    for (let lat = 51.2; lat <= 51.8; lat += 0.0013) for (let lon = -0.6; lon <= 0.4; lon += 0.0017) sweep.push([lat, lon]);
    expect(differences(sweep)).toEqual([]);
  }, 60_000);

  it('says none for coordinates that are not numbers and outside for points far away', () => {
    expect(grid.locate(Number.NaN, 0)).toBe('none');
    expect(grid.locate(53.48, -2.24)).toBe('outside'); // Manchester
  });
});

// Assigns a stop-and-search point to a London borough by point-in-polygon.
import { createBoroughGrid } from '@/lib/geo/borough-grid';
import type { BoroughShape } from '@/lib/geo/boroughs';
import { pointInPolygon } from '@/lib/geo/point-in-polygon';

/** An E09 borough code, "outside" (a point in no borough) or "none" (no coordinates). */
export type BoroughAssignment = string | 'outside' | 'none';

export function assignBorough(shapes: readonly BoroughShape[], latitude: number | null, longitude: number | null): BoroughAssignment {
  if (latitude === null || longitude === null || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return 'none';
  for (const shape of shapes) {
    const { minX, minY, maxX, maxY } = shape.bbox;
    // Cheap rejection first: most boroughs' boxes do not contain the point.
    if (longitude < minX || longitude > maxX || latitude < minY || latitude > maxY) continue;
    if (shape.polygons.some((polygon) => pointInPolygon(longitude, latitude, polygon))) return shape.code;
  }
  return 'outside';
}

/**
 * A memoised assigner for an import: police.uk snaps points to a limited set
 * of anonymised locations, so one file repeats the same coordinates many times.
 * The cache is bounded so a pathological file cannot grow memory without limit.
 * Misses go to a grid index of the same shapes (borough-grid.ts), which gives
 * the answer assignBorough would, faster.
 */
export function createBoroughLocator(shapes: readonly BoroughShape[], maxCached = 200_000) {
  const grid = createBoroughGrid(shapes);
  // Keyed by latitude, then longitude: numbers hash without building a string per row.
  const cache = new Map<number, Map<number, BoroughAssignment>>();
  let cached = 0;
  return (latitude: number | null, longitude: number | null): BoroughAssignment => {
    if (latitude === null || longitude === null) return 'none';
    const byLongitude = cache.get(latitude);
    const hit = byLongitude?.get(longitude);
    if (hit !== undefined) return hit;
    const result = Number.isFinite(latitude) && Number.isFinite(longitude) ? grid.locate(latitude, longitude) : 'none';
    if (cached >= maxCached) {
      cache.clear();
      cached = 0;
    }
    if (byLongitude && cache.has(latitude)) byLongitude.set(longitude, result);
    else cache.set(latitude, new Map([[longitude, result]]));
    cached++;
    return result;
  };
}

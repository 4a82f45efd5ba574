// A grid index over the borough boundaries, for assigning many points fast.
// assignBorough tries the 33 boroughs in code order with a bounding-box test
// each; here the area covered by all the boroughs is cut into cells and each
// cell lists, in the same code order, only the boroughs whose box touches it,
// with their rings as flat number arrays. A point's cell gives those few
// candidates, tested with the same even-odd arithmetic as pointInRing, so the
// answer is always the one assignBorough gives (a unit test checks this on
// every real record's point).
import type { BoroughAssignment } from '@/lib/geo/assign-borough';
import type { BoroughShape } from '@/lib/geo/boroughs';

interface FlatShape {
  code: string;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** Each polygon as [outer, ...holes], each ring as x0, y0, x1, y1, … */
  polygons: Float64Array[][];
}

export interface BoroughGrid {
  locate(latitude: number, longitude: number): BoroughAssignment;
}

/** Even-odd ray casting on a flat ring; the same test, term for term, as pointInRing. */
function inFlatRing(x: number, y: number, ring: Float64Array): boolean {
  let inside = false;
  const n = ring.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[2 * i]!;
    const yi = ring[2 * i + 1]!;
    const xj = ring[2 * j]!;
    const yj = ring[2 * j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inFlatShape(x: number, y: number, shape: FlatShape): boolean {
  if (x < shape.minX || x > shape.maxX || y < shape.minY || y > shape.maxY) return false;
  for (const [outer, ...holes] of shape.polygons) {
    if (!outer || !inFlatRing(x, y, outer)) continue;
    if (!holes.some((hole) => inFlatRing(x, y, hole))) return true;
  }
  return false;
}

export function createBoroughGrid(shapes: readonly BoroughShape[], cellsPerSide = 64): BoroughGrid {
  const flat: FlatShape[] = shapes.map((shape) => ({
    code: shape.code,
    ...shape.bbox,
    polygons: shape.polygons.map((polygon) => polygon.map((ring) => Float64Array.from(ring.flatMap((p) => [p[0]!, p[1]!])))),
  }));
  const minX = Math.min(...flat.map((s) => s.minX));
  const minY = Math.min(...flat.map((s) => s.minY));
  const maxX = Math.max(...flat.map((s) => s.maxX));
  const maxY = Math.max(...flat.map((s) => s.maxY));
  const width = (maxX - minX) / cellsPerSide;
  const height = (maxY - minY) / cellsPerSide;
  // A cell's candidates are chosen with a margin, so a point that rounding
  // puts in the neighbouring cell still finds every box that holds it.
  const margin = 1e-9 + Math.max(width, height) * 1e-6;
  const cells: FlatShape[][] = [];
  for (let row = 0; row < cellsPerSide; row++) {
    for (let col = 0; col < cellsPerSide; col++) {
      const x0 = minX + col * width - margin;
      const x1 = minX + (col + 1) * width + margin;
      const y0 = minY + row * height - margin;
      const y1 = minY + (row + 1) * height + margin;
      cells.push(flat.filter((s) => s.minX <= x1 && s.maxX >= x0 && s.minY <= y1 && s.maxY >= y0));
    }
  }
  const clamp = (i: number) => Math.min(cellsPerSide - 1, Math.max(0, i));
  return {
    locate(latitude, longitude) {
      if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return 'none';
      // Outside every box means outside every borough.
      if (longitude < minX || longitude > maxX || latitude < minY || latitude > maxY) return 'outside';
      const cell = cells[clamp(Math.floor((latitude - minY) / height)) * cellsPerSide + clamp(Math.floor((longitude - minX) / width))]!;
      for (const shape of cell) if (inFlatShape(longitude, latitude, shape)) return shape.code;
      return 'outside';
    },
  };
}

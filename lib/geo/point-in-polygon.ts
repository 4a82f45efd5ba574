// Planar point-in-polygon on longitude/latitude. At the scale of a London
// borough the difference between straight edges in lon/lat and great-circle
// edges is far below the precision of police.uk's snapped points, and the
// even-odd rule needs no particular ring direction (GeoJSON files disagree on it).

export type Position = readonly [number, number] | readonly number[];
export type Ring = readonly Position[];

/** Even-odd ray casting: is (x, y) inside the closed ring? */
export function pointInRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    // Half-open test on y so a vertex shared by two edges is counted once.
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring (first) and outside every hole (the rest). */
export function pointInPolygon(x: number, y: number, rings: readonly Ring[]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !pointInRing(x, y, outer)) return false;
  return !holes.some((hole) => pointInRing(x, y, hole));
}

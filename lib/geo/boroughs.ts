// The shipped London borough boundaries (prisma/seed/data/boundaries, see its
// README), read once and indexed by bounding box for fast point lookups.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Ring } from '@/lib/geo/point-in-polygon';

export const BOROUGH_BOUNDARIES_FILE = path.join(process.cwd(), 'prisma/seed/data/boundaries/london-boroughs.geojson');

const position = z.tuple([z.number(), z.number()]).rest(z.number());
const ring = z.array(position).min(4);
const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
const featureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      properties: z.object({ borough_code: z.string().regex(/^E09\d{6}$/), borough_name: z.string() }),
      geometry,
    }),
  ),
});

export interface Bbox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface BoroughShape {
  code: string;
  name: string;
  /** Each polygon is [outer ring, ...holes]. */
  polygons: Ring[][];
  bbox: Bbox;
}

function bboxOf(polygons: Ring[][]): Bbox {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0] as [number, number][]) {
      box.minX = Math.min(box.minX, x);
      box.maxX = Math.max(box.maxX, x);
      box.minY = Math.min(box.minY, y);
      box.maxY = Math.max(box.maxY, y);
    }
  }
  return box;
}

/** Parses a boundary GeoJSON; throws naming the problem if it is not one. */
export function parseBoroughBoundaries(json: unknown): BoroughShape[] {
  const result = featureCollection.safeParse(json);
  if (!result.success) throw new Error(`Borough boundaries are not valid: ${z.prettifyError(result.error)}`);
  const shapes = result.data.features.map(({ properties, geometry: g }) => {
    const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Ring[][];
    return { code: properties.borough_code, name: properties.borough_name, polygons, bbox: bboxOf(polygons) };
  });
  const codes = new Set(shapes.map((s) => s.code));
  if (codes.size !== shapes.length) throw new Error('Borough boundaries repeat a borough code.');
  // A stable order makes the rare point on a shared edge always go the same way.
  return shapes.sort((a, b) => a.code.localeCompare(b.code));
}

let cached: BoroughShape[] | undefined;

/** The shipped boundaries, read on first use. */
export function loadBoroughBoundaries(file = BOROUGH_BOUNDARIES_FILE): BoroughShape[] {
  if (file !== BOROUGH_BOUNDARIES_FILE) return parseBoroughBoundaries(JSON.parse(readFileSync(file, 'utf8')));
  cached ??= parseBoroughBoundaries(JSON.parse(readFileSync(file, 'utf8')));
  return cached;
}

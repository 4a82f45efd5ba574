// London's boroughs drawn on the server from the shipped boundaries with
// d3-geo: no tiles, nothing fetched. Each borough is a link (keyboard
// focusable) to its page, named with its figure; the table is the alternative.
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { readFileSync } from 'node:fs';
import { BOROUGH_BOUNDARIES_FILE } from '@/lib/geo/boroughs';
import { classBreaks, classOf } from '@/lib/charts/explorer-series';
import { MAP_NO_DATA, MAP_SCALE } from '@/lib/charts/palette';

type Props = { borough_code: string; borough_name: string };
let shapes: { code: string; name: string; d: string }[] | null = null;
const WIDTH = 640;
const HEIGHT = 500;

// The file follows GeoJSON's right-hand rule (outer rings anticlockwise);
// d3-geo reads rings on the sphere the other way round, so such a ring would
// mean "the whole globe but this borough". Reverse the rings of any feature
// whose area comes out larger than a hemisphere.
function rewind(f: Feature<Geometry, Props>): Feature<Geometry, Props> {
  if (geoArea(f) <= 2 * Math.PI) return f;
  const g = f.geometry;
  if (g.type === 'Polygon') return { ...f, geometry: { ...g, coordinates: g.coordinates.map((r) => [...r].reverse()) } };
  if (g.type === 'MultiPolygon') return { ...f, geometry: { ...g, coordinates: g.coordinates.map((p) => p.map((r) => [...r].reverse())) } };
  return f;
}

function boroughPaths() {
  if (shapes) return shapes;
  const raw = JSON.parse(readFileSync(BOROUGH_BOUNDARIES_FILE, 'utf8')) as FeatureCollection<Geometry, Props>;
  const geo = { ...raw, features: raw.features.map(rewind) };
  const projection = geoMercator().fitSize([WIDTH, HEIGHT], geo);
  // A tenth of a unit is far finer than a pixel of the 640-wide drawing; d3's default of three decimals made
  // the outlines a third of the explorer's server payload, sent again with every filter change.
  const path = geoPath(projection).digits(1);
  shapes = geo.features.map((f: Feature<Geometry, Props>) => ({ code: f.properties.borough_code, name: f.properties.borough_name, d: path(f) ?? '' }));
  return shapes;
}

export interface MapDatum {
  value: number | null;
  text: string;
  small: boolean;
}

export function BoroughMap({ data, measureLabel, hrefFor, selected }: { data: Map<string, MapDatum>; measureLabel: string; hrefFor: (code: string) => string; selected?: string }) {
  const values = [...data.values()].flatMap((d) => (d.value === null ? [] : [d.value]));
  const breaks = classBreaks(values);
  const fill = (v: number | null) => (v === null || !breaks ? MAP_NO_DATA : MAP_SCALE[breaks.length === 1 ? 2 : classOf(v, breaks)]!);
  const fmt = (v: number) => v.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return (
    <div className="space-y-2">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full max-w-2xl" role="group" aria-label={`Map of London boroughs shaded by ${measureLabel}; each borough links to its page`}>
        {boroughPaths().map((b) => {
          const d = data.get(b.code);
          return (
            <a key={b.code} href={hrefFor(b.code)} aria-label={`${b.name}: ${d?.text ?? 'no figure'}${d?.small ? ' (fewer than 20 searches: unreliable)' : ''}`} className="borough-link">
              <path d={b.d} fill={fill(d?.value ?? null)} stroke={b.code === selected ? '#000' : '#475569'} strokeWidth={b.code === selected ? 3 : 1} strokeDasharray={d?.small ? '3 2' : undefined} />
              <title>{`${b.name}: ${d?.text ?? 'no figure'}`}</title>
            </a>
          );
        })}
      </svg>
      <div aria-hidden="true" className="flex flex-wrap items-center gap-3 text-sm">
        <span className="font-semibold">{measureLabel}:</span>
        {breaks && breaks.length > 1
          ? MAP_SCALE.map((c, i) => (
              <span key={c} className="flex items-center gap-1">
                <span className="inline-block h-4 w-6 border border-slate-700" style={{ background: c }} />
                {i === 0 ? `up to ${fmt(breaks[0]!)}` : i === MAP_SCALE.length - 1 ? `over ${fmt(breaks.at(-1)!)}` : `${fmt(breaks[i - 1]!)}–${fmt(breaks[i]!)}`}
              </span>
            ))
          : null}
        <span className="flex items-center gap-1">
          <span className="inline-block h-4 w-6 border border-slate-700" style={{ background: MAP_NO_DATA }} />
          no figure
        </span>
        <span>Dashed outline: fewer than 20 searches.</span>
      </div>
    </div>
  );
}

// Okabe–Ito colours (safe for the common colour-vision deficiencies), each
// with its own dash pattern and marker so lines stay apart in greyscale print.
// Ethnic groups keep the same style on every chart.
export interface SeriesStyle {
  color: string;
  dash: string | undefined;
  shape: 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star' | 'wye';
}

export const GROUP_STYLE: Record<string, SeriesStyle> = {
  Asian: { color: '#E69F00', dash: '6 3', shape: 'square' },
  Black: { color: '#0072B2', dash: undefined, shape: 'circle' },
  Mixed: { color: '#009E73', dash: '2 3', shape: 'triangle' },
  White: { color: '#000000', dash: '8 3 2 3', shape: 'diamond' },
  Other: { color: '#CC79A7', dash: '10 4', shape: 'cross' },
  'Not stated': { color: '#56B4E9', dash: '1 4', shape: 'star' },
};

export const OUTCOME_STYLE = {
  arrest_rate: { color: '#0072B2', pattern: 'none', label: 'Arrest' },
  nfa_rate: { color: '#E69F00', pattern: 'hatch', label: 'No further action' },
  linked_rate: { color: '#009E73', pattern: 'dots', label: 'Linked to object' },
} as const;

export function styleFor(group: string, index = 0): SeriesStyle {
  return GROUP_STYLE[group] ?? Object.values(GROUP_STYLE)[index % 6]!;
}

/** Sequential map shading: light to dark blue (monotonic in lightness, so it reads in greyscale). */
export const MAP_SCALE = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;
export const MAP_NO_DATA = '#d9d9d9';

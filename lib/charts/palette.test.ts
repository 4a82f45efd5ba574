// The chart palette must stay readable for readers with colour-vision
// deficiencies and on a greyscale printout (issue 4, item 3).
//
// Colour-blind simulation: culori's filterDeficiencyProt/Deuter/Trit, which
// apply the matrices of Machado, Oliveira & Fernandes (2009), "A
// Physiologically-based Model for Simulation of Color Vision Deficiency",
// IEEE Transactions on Visualization and Computer Graphics 15(6), 1291-1298
// (severity 1 = full protanopia, deuteranopia, tritanopia). Distance: CIEDE2000.
//
// Greyscale: the Okabe-Ito colours are not all apart in luminance (orange and
// sky blue differ by about 1%), so lines and bars are told apart by a cue
// other than colour, a dash pattern and a marker shape or a fill pattern,
// each distinct; the map's sequential scale must darken step by step.
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, wcagLuminance, type Color } from 'culori';
import { describe, expect, it } from 'vitest';
import { GROUP_STYLE, MAP_NO_DATA, MAP_SCALE, OUTCOME_STYLE } from '@/lib/charts/palette';

// A CIEDE2000 difference of 10 or more reads as two different colours at a
// glance; around 2 is only just noticeable side by side.
const MIN_DELTA_E = 10;
const deltaE = differenceCiede2000();
function colour(hex: string): Color {
  const parsed = parse(hex);
  if (!parsed) throw new Error(`not a colour: ${hex}`);
  return parsed;
}
const SIMULATIONS: [string, (c: string) => Color | string][] = [
  ['normal vision', (c) => c],
  ['protanopia', (c) => filterDeficiencyProt(1)(colour(c))],
  ['deuteranopia', (c) => filterDeficiencyDeuter(1)(colour(c))],
  ['tritanopia', (c) => filterDeficiencyTrit(1)(colour(c))],
];

function closestPair(colours: Record<string, string>, simulate: (c: string) => Color | string): { pair: string; distance: number } {
  const names = Object.keys(colours);
  let best = { pair: '', distance: Infinity };
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const distance = deltaE(simulate(colours[names[i]!]!), simulate(colours[names[j]!]!));
      if (distance < best.distance) best = { pair: `${names[i]} / ${names[j]}`, distance };
    }
  }
  return best;
}

const groupColours = Object.fromEntries(Object.entries(GROUP_STYLE).map(([g, s]) => [g, s.color]));
const outcomeColours = Object.fromEntries(Object.entries(OUTCOME_STYLE).map(([k, s]) => [k, s.color]));

describe('the ethnic-group palette', () => {
  it.each(SIMULATIONS)('keeps every pair of groups apart under %s', (_name, simulate) => {
    const { pair, distance } = closestPair(groupColours, simulate);
    expect(distance, `${pair}: CIEDE2000 ${distance.toFixed(1)}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });

  it('gives every group its own dash pattern and marker, so lines part in greyscale', () => {
    const styles = Object.values(GROUP_STYLE);
    expect(new Set(styles.map((s) => s.dash ?? 'solid')).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(styles.length);
  });

  it('the check itself fails for colours a deuteranope confuses', () => {
    // ColorBrewer Dark2's orange and green: far apart to most readers, nearly one colour to a deuteranope.
    const pair = { orange: '#d95f02', green: '#66a61e' };
    expect(closestPair(pair, (c) => c).distance).toBeGreaterThanOrEqual(MIN_DELTA_E);
    expect(closestPair(pair, (c) => filterDeficiencyDeuter(1)(colour(c))).distance).toBeLessThan(MIN_DELTA_E);
  });
});

describe('the outcome bars', () => {
  it.each(SIMULATIONS)('keep their colours apart under %s', (_name, simulate) => {
    const { pair, distance } = closestPair(outcomeColours, simulate);
    expect(distance, `${pair}: CIEDE2000 ${distance.toFixed(1)}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });

  it('each carry a fill pattern of their own', () => {
    const patterns = Object.values(OUTCOME_STYLE).map((s) => s.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
  });
});

describe('the borough map scale', () => {
  it('darkens at every step in greyscale, and "no data" is not mistaken for a step', () => {
    const luminance = MAP_SCALE.map((c) => wcagLuminance(c));
    for (let i = 1; i < luminance.length; i++) expect(luminance[i - 1]! - luminance[i]!).toBeGreaterThan(0.05);
    for (const [name, simulate] of SIMULATIONS) {
      const steps = MAP_SCALE.map((c) => wcagLuminance(simulate(c)));
      for (let i = 1; i < steps.length; i++) expect(steps[i - 1]!, `${name}, step ${i}`).toBeGreaterThan(steps[i]!);
    }
    expect(MAP_SCALE.every((c) => deltaE(c, MAP_NO_DATA) >= MIN_DELTA_E / 2)).toBe(true);
  });
});

// Indicators and their observations, with period bounds only where the label
// is unambiguous and a source only where the figure plainly comes from one.
import type { IndicatorSeed, ObservationSeed } from '../../prisma/seed/schemas.ts';
import type { Catalogue } from './catalogue-schema.ts';
import { parsePeriodLabel } from './parse-period.ts';

type CatalogueValue = Catalogue['indicators'][number]['values'][number];

// A figure "clearly comes from" a catalogue source when it was read on that
// source's own page, or on a page the catalogue already cites for a finding of
// that source with the very same figure. News pages quoting several bodies
// match neither test, so they keep their URL and no source.
export function attributeSource(value: CatalogueValue, catalogue: Catalogue): string | null {
  const own = catalogue.sources.find((s) => s.url === value.url);
  if (own) return own.id;
  const finding = catalogue.findings.find((f) => f.url === value.url && f.figure === value.value);
  return finding ? finding.source : null;
}

function toObservation(indicatorId: string, value: CatalogueValue, index: number, catalogue: Catalogue): ObservationSeed {
  const bounds = parsePeriodLabel(value.period);
  return {
    seedKey: `${indicatorId}#${index + 1}`,
    periodLabel: value.period,
    periodStart: bounds?.start ?? null,
    periodEnd: bounds?.end ?? null,
    groupLabel: value.group || null,
    areaCode: null,
    value: value.value,
    url: value.url,
    note: value.note || null,
    sourceId: attributeSource(value, catalogue),
    sortOrder: index,
  };
}

export function convertIndicators(catalogue: Catalogue): IndicatorSeed[] {
  return catalogue.indicators.map((indicator, index) => ({
    id: indicator.id,
    label: indicator.label,
    unit: indicator.unit,
    // The catalogue gives neither a definition nor a single source per series.
    definition: null,
    sourceId: null,
    sortOrder: index,
    observations: indicator.values.map((value, i) => toObservation(indicator.id, value, i, catalogue)),
  }));
}

// The figures a panel question can be about: those frozen in the snapshot the
// panel reviewed. The key names the figure, the label says it in words; both
// the editor's list and the public pages read them from the same document.
import type { SnapshotDocument } from '@/lib/snapshots/document-schema';

export interface FigureChoice {
  key: string;
  label: string;
}

export function figureChoices(doc: SnapshotDocument): FigureChoice[] {
  return [
    ...doc.indicators.map((i) => ({ key: `indicator:${i.id}`, label: `Indicator: ${i.label}` })),
    ...doc.stop_search.headlines.map((h) => ({ key: `stop-search:${h.key}`, label: `Stop and search: ${h.label}` })),
  ];
}

/** The figure's label in that snapshot, or the bare key if the document does not name it. */
export function figureLabel(doc: SnapshotDocument, key: string): string {
  return figureChoices(doc).find((f) => f.key === key)?.label ?? key;
}

// How tall the x axis must be for period labels wrapped to their band, so
// long labels never run into the axis title on a narrow screen. An estimate
// from average character width; generous rather than tight.
const CHAR_PX = 6.8; // 12px system sans-serif, average glyph width
const LINE_PX = 15;

export function wrappedLineCount(label: string, widthPx: number): number {
  const perLine = Math.max(1, Math.floor(widthPx / CHAR_PX));
  let lines = 1;
  let used = 0;
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const len = word.length;
    if (used === 0) used = len;
    else if (used + 1 + len <= perLine) used += 1 + len;
    else {
      lines += 1;
      used = len;
    }
    // A word longer than a line is broken by the renderer onto further lines.
    if (used > perLine) {
      lines += Math.ceil(used / perLine) - 1;
      used = used % perLine;
    }
  }
  return lines;
}

/** Pixel width each label may use, and the axis height that fits the tallest one. */
export function tickLayout(labels: readonly string[], plotWidthPx: number): { labelWidth: number; axisHeight: number } {
  const labelWidth = Math.max(48, plotWidthPx / Math.max(1, labels.length) - 8);
  const lines = Math.max(1, ...labels.map((l) => wrappedLineCount(l, labelWidth)));
  return { labelWidth, axisHeight: 16 + lines * LINE_PX };
}

// A line printed in the bottom margin of every page of a printed pack (a CSS
// paged-media margin box). A fixed-position footer would be drawn inside the
// page area and could cover that page's last line; the margin cannot.

/** A CSS string literal; `<` is escaped so the text can never close the <style> element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/</g, '\\3C ').replace(/[\r\n]+/g, ' ')}"`;
}

export function PrintPageFooter({ text }: { text: string }) {
  const css = `@media print { @page { margin-bottom: 16mm; @bottom-center { content: ${cssString(text)}; font-size: 9pt; color: #334155; white-space: nowrap; } } }`;
  return <style>{css}</style>;
}

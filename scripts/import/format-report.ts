// Plain-text lines for the terminal: one summary per file, then the total.
import type { ImportReport } from '../../lib/importers/police-uk/report.ts';

/** How many rejected rows are printed per file; all of them are stored. */
const REJECTIONS_SHOWN = 10;

const n = (value: number) => value.toLocaleString('en-GB');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const plural = (count: number, one: string, many = `${one}s`) => `${n(count)} ${count === 1 ? one : many}`;

export type FileResult = { file: string; report: ImportReport } | { file: string; error: string };

export function formatFileResult(result: FileResult): string {
  if ('error' in result) return `✗ ${result.error}`;
  const r = result.report;
  if (r.outcome === 'unchanged') {
    return `= ${r.fileName}: unchanged: this exact file (sha256 ${r.sha256.slice(0, 12)}…) is already loaded for ${r.force} ${r.month}, from ${r.loadedFrom} on ${r.loadedAt.toISOString()}.`;
  }
  const rate = r.durationMs > 0 ? `, ${n(Math.round((r.rowsTotal * 1000) / r.durationMs))} rows/s` : '';
  const verb = r.outcome === 'dry-run' ? 'dry run, nothing saved: would load' : 'loaded';
  const lines = [
    `✓ ${r.fileName}: ${verb} ${n(r.rowsLoaded)} of ${plural(r.rowsTotal, 'row')} for ${r.force} ${r.month} ` +
      `(${n(r.rowsRejected)} rejected) in ${seconds(r.durationMs)}${rate}` +
      (r.replacedBatchId ? `, replacing the earlier import (batch ${r.replacedBatchId})` : '') +
      '.',
    `  ${n(r.locations.london)} placed in a borough, ${n(r.locations.none)} without a location, ${n(r.locations.outside)} outside London; ` +
      `${plural(r.duplicateRows, 'duplicate row')} kept.`,
  ];
  if (r.allRowsRepeated) {
    lines.push('  ! Every row appears at least twice: the file looks published twice over. All rows are kept and the batch is flagged.');
  }
  for (const rejection of r.rejections.slice(0, REJECTIONS_SHOWN)) {
    const where = rejection.field ? `line ${rejection.line}, field "${rejection.field}"` : `line ${rejection.line}`;
    lines.push(`  rejected ${where}: "${rejection.value ?? ''}" ${rejection.reason}`);
  }
  const more = r.rejections.length - REJECTIONS_SHOWN + r.rejectionsNotListed;
  if (more > 0) {
    const kept = r.outcome === 'loaded' ? `all kept in rejected_rows (batch ${r.batchId})` : 'not saved (dry run)';
    lines.push(`  … and ${plural(more, 'more problem')}, ${kept}.`);
  }
  return lines.join('\n');
}

export function formatOverall(results: FileResult[], durationMs: number): string {
  const reports = results.flatMap((r) => ('report' in r ? [r.report] : []));
  const count = (outcome: ImportReport['outcome']) => reports.filter((r) => r.outcome === outcome).length;
  const loads = reports.flatMap((r) => (r.outcome === 'unchanged' ? [] : [r]));
  const failed = results.length - reports.length;
  const parts = [`${n(count('loaded'))} loaded`];
  if (count('dry-run')) parts.push(`${n(count('dry-run'))} checked (dry run)`);
  parts.push(`${n(count('unchanged'))} unchanged`, `${n(failed)} failed`);
  const rows = `${n(loads.reduce((s, r) => s + r.rowsLoaded, 0))} rows ${count('dry-run') ? 'loadable' : 'loaded'}, ${n(loads.reduce((s, r) => s + r.rowsRejected, 0))} rejected`;
  return `${plural(results.length, 'file')}: ${parts.join(', ')}; ${rows}; ${seconds(durationMs)} in all.`;
}

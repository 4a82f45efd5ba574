// What an API import says on the terminal: a line per month, closing totals.
import type { ApiImportSummary, MonthResult } from '@/lib/importers/police-api/import-months';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function describeSummary(summary: ApiImportSummary): string[] {
  let imported = 0;
  let unchanged = 0;
  let loadedRows = 0;
  let rejectedRows = 0;
  const tally = { 'already-loaded': 0, 'not-published': 0, 'no-stops': 0 };
  for (const result of summary.months) {
    if (result.outcome !== 'imported') tally[result.outcome]++;
    else if (result.report.outcome === 'unchanged') unchanged++;
    else {
      imported++;
      loadedRows += result.report.rowsLoaded;
      rejectedRows += result.report.rowsRejected;
    }
  }
  const parts = [`${count(imported, 'month')} imported (${count(loadedRows, 'record')} loaded, ${count(rejectedRows, 'row')} rejected)`];
  if (unchanged) parts.push(`${unchanged} unchanged`);
  if (tally['already-loaded']) parts.push(`${tally['already-loaded']} already loaded`);
  if (tally['not-published']) parts.push(`${tally['not-published']} not published by data.police.uk`);
  if (tally['no-stops']) parts.push(`${tally['no-stops']} without stops`);
  const lines = [`${summary.force} ${summary.from}…${summary.to}: ${parts.join(', ')}.`];
  if (summary.stopped) {
    const left = summary.months.length ? `after ${count(summary.months.length, 'month')}` : 'before any month';
    const { month, reason, resumable } = summary.stopped;
    const resume = resumable ? ` Run the same command again to continue from ${month}.` : '';
    lines.push(`Stopped ${left}, at ${month}: ${reason}${/[.!?]$/.test(reason) ? '' : '.'}${resume}`);
  }
  return lines;
}

export function describeMonth(result: MonthResult): string {
  switch (result.outcome) {
    case 'already-loaded':
      return `already loaded (from ${result.fileName})`;
    case 'not-published':
      return 'not published by data.police.uk';
    case 'no-stops':
      return 'data.police.uk lists no stops for this month: nothing to load';
    case 'imported': {
      const r = result.report;
      if (r.outcome === 'unchanged') return `unchanged: the same records were already loaded from ${r.loadedFrom}`;
      const rejected = r.rowsRejected ? `, ${r.rowsRejected.toLocaleString('en-GB')} rejected` : '';
      const verb = r.outcome === 'dry-run' ? 'would load' : 'loaded';
      return `${r.rowsTotal.toLocaleString('en-GB')} stops, ${verb} ${r.rowsLoaded.toLocaleString('en-GB')}${rejected}${r.replacedBatchId ? ' (replacing the earlier import)' : ''}`;
    }
  }
}

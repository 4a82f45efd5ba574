// The public pages (and CSV) that show a panel review, so a write refreshes them at once.

export function pathsShowingPanelReview(quarter: string, commitmentId: string | null): string[] {
  const paths = [`/snapshots/${quarter}`, `/snapshots/${quarter}/panel-reviews.csv`];
  if (commitmentId) paths.push(`/commitments/${encodeURIComponent(commitmentId)}`);
  return paths;
}

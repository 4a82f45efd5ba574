// The public pages (and their CSV files) that show a commitment, its status or
// its history, so a write can refresh exactly those at once.

export function pathsShowingCommitment(commitmentId: string): string[] {
  const page = `/commitments/${encodeURIComponent(commitmentId)}`;
  return [
    '/',
    '/overview/status-counts.csv',
    '/overview/latest-updates.csv',
    '/commitments',
    '/commitments.csv',
    page,
    `${page}/timeline.csv`,
    `${page}/feed.xml`,
    '/feed.xml',
    '/casey-review',
    '/casey-review/recommendations.csv',
    '/changes',
  ];
}

export function pathsShowingSources(): string[] {
  return ['/about', '/about/sources.csv', '/commitments', '/commitments.csv', '/'];
}

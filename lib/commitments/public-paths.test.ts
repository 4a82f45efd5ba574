import { describe, expect, it } from 'vitest';
import { pathsShowingCommitment, pathsShowingSources } from './public-paths';

describe('pathsShowingCommitment', () => {
  it('covers the overview, the list, the page, the Casey Review, the changes log, their CSV files and the feeds', () => {
    const paths = pathsShowingCommitment('lrap-charter');
    for (const path of ['/', '/commitments', '/commitments/lrap-charter', '/commitments/lrap-charter/timeline.csv', '/casey-review', '/changes', '/feed.xml', '/commitments/lrap-charter/feed.xml']) {
      expect(paths).toContain(path);
    }
  });
});

describe('pathsShowingSources', () => {
  it('covers the about page and the commitments list', () => {
    expect(pathsShowingSources()).toEqual(expect.arrayContaining(['/about', '/commitments']));
  });
});

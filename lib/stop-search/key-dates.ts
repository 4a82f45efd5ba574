// The dates that matter for reading stop-and-search figures before and after,
// each with the source the project's catalogue holds for it
// (prisma/seed/data/sources.json: publishedOn and url). Nothing here is
// invented: a date not in the catalogue is left out.

export interface KeyDate {
  id: string;
  /** ISO date, as the catalogue records it. */
  date: string;
  /** "YYYY-MM": the month it falls in, to place it on a monthly axis. */
  month: string;
  label: string;
  sourceTitle: string;
  url: string;
}

export const KEY_DATES: readonly KeyDate[] = [
  {
    id: 'casey-2023',
    date: '2023-03-21',
    month: '2023-03',
    label: 'Casey Review final report',
    sourceTitle: 'Baroness Casey Review - Final Report',
    url: 'https://www.met.police.uk/SysSiteAssets/media/downloads/met/about-us/baroness-casey-review/update-march-2023/baroness-casey-review-march-2023.pdf',
  },
  {
    id: 'lrap-2024',
    date: '2024-09-23',
    month: '2024-09',
    label: 'London Race Action Plan launched',
    sourceTitle: 'London Race Action Plan (Met launch announcement)',
    url: 'https://www.breaking.co.uk/uk-law-enforcement/23-september-2024-0001-met-announces-next-steps-to-rebuild-trust-with-black-londoners-met-launches-london-race-action-plan-committing-to-the-next-steps-in-becoming-an-anti-racist-20093.html',
  },
  {
    id: 'ss-charter-2025',
    date: '2025-02-27',
    month: '2025-02',
    label: 'Stop and search charter published',
    sourceTitle: 'Metropolitan Police Stop and Search Charter (press report of its publication)',
    url: 'https://www.citylondonnews.co.uk/news/london/20250227/82441/met-publishes-new-stop-and-search-charter',
  },
];

export interface KeyDatePlacement {
  before: KeyDate[];
  within: KeyDate[];
  after: KeyDate[];
}

/** Which dates fall before, within or after the months with data ("YYYY-MM" bounds, both included). */
export function placeKeyDates(from: string | null, to: string | null, dates: readonly KeyDate[] = KEY_DATES): KeyDatePlacement {
  const out: KeyDatePlacement = { before: [], within: [], after: [] };
  if (!from || !to) return { before: [], within: [], after: [...dates] };
  for (const d of dates) {
    if (d.month < from) out.before.push(d);
    else if (d.month > to) out.after.push(d);
    else out.within.push(d);
  }
  return out;
}

const longDate = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The honest sentence about what the data can say about these dates. */
export function keyDatesSentence(placement: KeyDatePlacement, lastMonth: string | null): string {
  if (!lastMonth) return 'No stop-and-search records are imported yet, so nothing can be compared with these dates.';
  if (placement.within.length === 0 && placement.before.length === 0) {
    const names = placement.after.map((d) => `${d.label} (${longDate(d.date)})`).join(', ');
    return `The months shown end in ${lastMonth}, before ${names}. These figures show the position before those dates; they cannot show any change after them.`;
  }
  const parts = [];
  if (placement.within.length) parts.push(`${placement.within.map((d) => d.label).join(', ')} fall within the months shown and are marked on the charts`);
  if (placement.before.length) parts.push(`${placement.before.map((d) => d.label).join(', ')} came before the first month shown`);
  if (placement.after.length) parts.push(`${placement.after.map((d) => d.label).join(', ')} came after the last month shown`);
  return `${parts.join('; ')}. A before-and-after comparison needs imported months on both sides of a date.`;
}

export { longDate };

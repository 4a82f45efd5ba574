// Which rollup a summary reads. The wide rollup (stop_search_monthly) keeps
// every dimension at once and so holds almost half as many rows as there are
// records; the narrow one (stop_search_monthly_by) keeps each dimension on its
// own beside both ethnicity fields, a few hundred rows per force and month.
// A question that groups or filters on at most one dimension besides
// ethnicity can be answered from the narrow rollup's slice for that dimension;
// anything that crosses two (say by borough, filtered to one law) needs the wide one.
import { dimensionSql, type Dimension, type EthnicityField } from '@/lib/stop-search/dimensions';
import type { NarrowDimension } from '@/lib/stop-search/rollup';

export type RollupChoice = { table: 'wide' } | { table: 'narrow'; dimension: NarrowDimension };

export function chooseRollup(by: readonly Dimension[], filters: Partial<Record<Dimension, unknown>>): RollupChoice {
  const used = new Set<Dimension>([...by, ...(Object.keys(filters) as Dimension[])]);
  used.delete('ethnicity');
  if (used.size === 0) return { table: 'narrow', dimension: 'none' };
  if (used.size === 1) return { table: 'narrow', dimension: [...used][0] as NarrowDimension };
  return { table: 'wide' };
}

/** What the summary statement reads from the chosen rollup (alias m): its FROM clause, each dimension's label and the linked-outcome counts. */
export interface RollupSource {
  from: string;
  dimension(d: Dimension, field: EthnicityField): string;
  linkedRecorded: string;
  linked: string;
}

export function rollupSource(choice: RollupChoice): RollupSource {
  if (choice.table === 'wide') {
    return {
      from: 'stop_search_monthly m',
      dimension: dimensionSql,
      linkedRecorded: 'CASE WHEN m.outcome_linked_to_object IS NOT NULL THEN m.searches ELSE 0 END',
      linked: 'CASE WHEN m.outcome_linked_to_object THEN m.searches ELSE 0 END',
    };
  }
  const slice = choice.dimension;
  return {
    // The slice name comes from the closed list above, never from a request.
    from: `(SELECT * FROM stop_search_monthly_by WHERE dimension = '${slice}') m`,
    dimension: (d, field) => {
      if (d === 'ethnicity') return dimensionSql(d, field);
      if (d !== slice) throw new Error(`the ${slice} slice of the narrow rollup cannot answer for ${d}`);
      return 'm.value';
    },
    linkedRecorded: 'm.linked_recorded',
    linked: 'm.linked',
  };
}

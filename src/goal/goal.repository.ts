import type { GoalFilter } from '../__generated__/resolvers-types';
import { FilterBuilder, type NodeFilter } from '../shared/filters';

/** Cypher for "a goal some indicator measures". */
export const GOAL_HAS_INDICATOR = 'EXISTS { (n)<-[:MEASURES]-(:Indicator) }';

/** Goal filters as Cypher conditions, ANDed. */
export function goalFilter(filter: GoalFilter | null | undefined): NodeFilter {
  return new FilterBuilder().when(filter?.kind, 'n.kind = $kind', 'kind').flag(filter?.hasIndicator, GOAL_HAS_INDICATOR, `NOT ${GOAL_HAS_INDICATOR}`).plan(filter?.plan).build();
}

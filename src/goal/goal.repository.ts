import type { GoalFilter } from '../__generated__/resolvers-types';
import type { NodeFilter } from '../node/node.repository';

/** Goal filters as Cypher conditions. */
export function goalFilter(filter: GoalFilter | null | undefined): NodeFilter {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter?.kind) {
    conditions.push('n.kind = $kind');
    params.kind = filter.kind;
  }
  return { conditions, params };
}

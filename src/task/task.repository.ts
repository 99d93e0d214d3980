import type { TaskFilter } from '../__generated__/resolvers-types';
import type { NodeFilter } from '../node/node.repository';

/** Task filters as Cypher conditions, ANDed; ids already checked by the resolver. */
export function taskFilter(filter: TaskFilter | null | undefined): NodeFilter {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter?.level) {
    conditions.push('n.level = $level');
    params.level = filter.level;
  }
  if (filter?.supports) {
    conditions.push('EXISTS { (n)-[:SUPPORTS]->(:Goal {id: $supports}) }');
    params.supports = filter.supports;
  }
  if (filter?.ownedBy) {
    conditions.push('EXISTS { (n)-[:OWNED_BY]->(:Agency {id: $ownedBy}) }');
    params.ownedBy = filter.ownedBy;
  }
  if (filter?.basedOn) {
    conditions.push('EXISTS { (n)-[:BASED_ON]->(:Law {id: $basedOn}) }');
    params.basedOn = filter.basedOn;
  }
  if (filter?.parent) {
    conditions.push('EXISTS { (n)-[:PART_OF]->(:Task {id: $parent}) }');
    params.parent = filter.parent;
  }
  if (filter?.hasOwner === true) conditions.push('EXISTS { (n)-[:OWNED_BY]->(:Agency) }');
  if (filter?.hasOwner === false) conditions.push('NOT EXISTS { (n)-[:OWNED_BY]->(:Agency) }');
  if (filter?.hasLaw === true) conditions.push('EXISTS { (n)-[:BASED_ON]->(:Law) }');
  if (filter?.hasLaw === false) conditions.push('NOT EXISTS { (n)-[:BASED_ON]->(:Law) }');
  return { conditions, params };
}

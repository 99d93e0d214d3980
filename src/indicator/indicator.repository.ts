import type { IndicatorFilter } from '../__generated__/resolvers-types';
import type { NodeFilter } from '../node/node.repository';

/** Indicator filters as Cypher conditions, ANDed; ids already checked by the resolver. */
export function indicatorFilter(filter: IndicatorFilter | null | undefined): NodeFilter {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  const sources = filter?.source ?? ['TABLE'];
  conditions.push('n.source IN $sources');
  params.sources = sources;
  if (filter?.attribute) {
    conditions.push('n.attribute = $attribute');
    params.attribute = filter.attribute;
  }
  if (filter?.hasOwner === true) conditions.push('EXISTS { (n)-[:OWNED_BY]->(:Agency) }');
  if (filter?.hasOwner === false) conditions.push('NOT EXISTS { (n)-[:OWNED_BY]->(:Agency) }');
  if (filter?.number != null) {
    conditions.push('n.number = $number');
    params.number = filter.number;
  }
  if (filter?.measures) {
    conditions.push('EXISTS { (n)-[:MEASURES]->(:Goal {id: $measures}) }');
    params.measures = filter.measures;
  }
  if (filter?.ownedBy) {
    conditions.push('EXISTS { (n)-[:OWNED_BY]->(:Agency {id: $ownedBy}) }');
    params.ownedBy = filter.ownedBy;
  }
  if (filter?.category) {
    conditions.push('n.category = $category');
    params.category = filter.category;
  }
  return { conditions, params };
}

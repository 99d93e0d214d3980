import type { IndicatorFilter } from '../__generated__/resolvers-types';
import { INDICATOR_SOURCES } from '../graph/enums';
import { FilterBuilder, type NodeFilter } from '../shared/filters';

// OWNED_BY only ever ends at an agency and MOVES starts at a task (src/graph/graph.ts EDGE_ENDPOINTS), so these
// checks leave the far node unread: Neo4j answers them from the node's relationship counts.
/** Cypher for "an indicator some agency owns". */
export const INDICATOR_HAS_OWNER = 'EXISTS { (n)-[:OWNED_BY]->() }';
/**
 * Cypher for "an indicator with evidence that can make a likely owner" (docs/ownership.md): a remit, a task lead in
 * the plan's words (负责, 牵头…), or a body that answers for its plan. The filter's approximation of the model: it
 * does not weigh ties or bodies that never own; `gaps` asks the model itself.
 */
export const INDICATOR_HAS_LIKELY_OWNER =
  "(EXISTS { (n)-[:IN_REMIT_OF]->(:Agency) } OR EXISTS { (n)-[:PART_OF]->(:Plan)-[:IN_REMIT_OF]->(:Agency) } OR EXISTS { (n)<-[:MOVES]-(:Task)-[r:OWNED_BY]->(:Agency) WHERE r.quote =~ '.*(负责|牵头|主责|主管).*' })";
/** Cypher for "an indicator some task moves". */
export const INDICATOR_HAS_TASK = 'EXISTS { (n)<-[:MOVES]-() }';


/** Indicator filters as Cypher conditions, ANDed; ids already checked by the resolver. */
export function indicatorFilter(filter: IndicatorFilter | null | undefined): NodeFilter {
  const sources = filter?.source ?? ['TABLE'];
  // Without a condition Neo4j counts a label from its count store instead of reading every node.
  const everySource = INDICATOR_SOURCES.every((s) => sources.includes(s));
  return new FilterBuilder()
    .when(everySource ? null : sources, 'n.source IN $sources', 'sources')
    .when(filter?.attribute, 'n.attribute = $attribute', 'attribute')
    .flag(filter?.hasOwner, INDICATOR_HAS_OWNER, `NOT ${INDICATOR_HAS_OWNER}`)
    .flag(filter?.hasLikelyOwner, INDICATOR_HAS_LIKELY_OWNER, `NOT ${INDICATOR_HAS_LIKELY_OWNER}`)
    .flag(filter?.hasTask, INDICATOR_HAS_TASK, `NOT ${INDICATOR_HAS_TASK}`)
    .when(filter?.number, 'n.number = $number', 'number')
    .when(filter?.measures, 'EXISTS { (n)-[:MEASURES]->(:Goal {id: $measures}) }', 'measures')
    .when(filter?.ownedBy, 'EXISTS { (n)-[:OWNED_BY]->(:Agency {id: $ownedBy}) }', 'ownedBy')
    .when(filter?.category, 'n.category = $category', 'category')
    .text(filter?.text, ['n.name', 'n.nameEn'])
    .plan(filter?.plan)
    .build();
}

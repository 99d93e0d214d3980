import type { AgencyFilter } from '../__generated__/resolvers-types';
import { FilterBuilder, type NodeFilter } from '../shared/filters';

/** Cypher for "an agency that owns a task or an indicator". */
const OWNS_SOMETHING = 'EXISTS { (n)<-[:OWNED_BY]-() }';

/** Agency filters as Cypher conditions, ANDed. */
export function agencyFilter(filter: AgencyFilter | null | undefined): NodeFilter {
  return new FilterBuilder()
    .when(filter?.level, 'n.level = $level', 'level')
    .when(filter?.kind, 'n.kind = $kind', 'kind')
    .flag(filter?.hasOwnership, OWNS_SOMETHING, `NOT ${OWNS_SOMETHING}`)
    .text(filter?.text, ['n.name', 'n.nameEn', 'n.aliasesText'])
    // An agency belongs to the plans whose tasks or indicators it leads or takes part in.
    .plan(filter?.plan, 'EXISTS { (n)<-[:OWNED_BY|INVOLVES]-(x) WHERE x.planId = $plan }')
    .build();
}

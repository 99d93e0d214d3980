import type { EdgeType, NodeLabel } from '../graph/graph';

/** One direction of one edge type, seen from a node of `from`. */
export interface Relation {
  from: NodeLabel;
  type: EdgeType;
  direction: 'OUT' | 'IN';
  to: NodeLabel;
}

/** Every relation the API walks: a closed list, so labels and types in Cypher never come from input. */
export const RELATIONS = {
  'Plan.follows': { from: 'Plan', type: 'FOLLOWS', direction: 'OUT', to: 'Plan' },
  'Goal.measuredBy': { from: 'Goal', type: 'MEASURES', direction: 'IN', to: 'Indicator' },
  'Goal.supportedBy': { from: 'Goal', type: 'SUPPORTS', direction: 'IN', to: 'Task' },
  'Goal.correspondsTo': { from: 'Goal', type: 'CORRESPONDS_TO', direction: 'OUT', to: 'Goal' },
  'Goal.correspondedBy': { from: 'Goal', type: 'CORRESPONDS_TO', direction: 'IN', to: 'Goal' },
  'Goal.plan': { from: 'Goal', type: 'PART_OF', direction: 'OUT', to: 'Plan' },
  'Indicator.measures': { from: 'Indicator', type: 'MEASURES', direction: 'OUT', to: 'Goal' },
  'Indicator.ownedBy': { from: 'Indicator', type: 'OWNED_BY', direction: 'OUT', to: 'Agency' },
  'Indicator.movedBy': { from: 'Indicator', type: 'MOVES', direction: 'IN', to: 'Task' },
  'Indicator.continues': { from: 'Indicator', type: 'CONTINUES', direction: 'OUT', to: 'Indicator' },
  'Indicator.continuedBy': { from: 'Indicator', type: 'CONTINUES', direction: 'IN', to: 'Indicator' },
  'Indicator.alignsWith': { from: 'Indicator', type: 'ALIGNS_WITH', direction: 'OUT', to: 'Indicator' },
  'Task.parent': { from: 'Task', type: 'PART_OF', direction: 'OUT', to: 'Task' },
  'Task.children': { from: 'Task', type: 'PART_OF', direction: 'IN', to: 'Task' },
  'Task.supports': { from: 'Task', type: 'SUPPORTS', direction: 'OUT', to: 'Goal' },
  'Task.ownedBy': { from: 'Task', type: 'OWNED_BY', direction: 'OUT', to: 'Agency' },
  'Task.involves': { from: 'Task', type: 'INVOLVES', direction: 'OUT', to: 'Agency' },
  'Task.basedOn': { from: 'Task', type: 'BASED_ON', direction: 'OUT', to: 'Law' },
  'Task.moves': { from: 'Task', type: 'MOVES', direction: 'OUT', to: 'Indicator' },
  'Agency.ownedTasks': { from: 'Agency', type: 'OWNED_BY', direction: 'IN', to: 'Task' },
  'Agency.ownedIndicators': { from: 'Agency', type: 'OWNED_BY', direction: 'IN', to: 'Indicator' },
  'Agency.involvedIn': { from: 'Agency', type: 'INVOLVES', direction: 'IN', to: 'Task' },
  'Law.basisOf': { from: 'Law', type: 'BASED_ON', direction: 'IN', to: 'Task' },
} as const satisfies Record<string, Relation>;

export type RelationKey = keyof typeof RELATIONS;

/** The Cypher pattern for a relation, source bound to `s`, target to `t`, edge to `r`. */
export function relationPattern(relation: Relation): string {
  return `(s:${relation.from} {id: id})${relationArrow(relation, 'r')}(t:${relation.to})`;
}

/** The relation's edge written from its source side to its target side (`-[:T]->` or `<-[:T]-`), optionally bound to `variable`. */
export function relationArrow(relation: Relation, variable = ''): string {
  return relation.direction === 'OUT' ? `-[${variable}:${relation.type}]->` : `<-[${variable}:${relation.type}]-`;
}

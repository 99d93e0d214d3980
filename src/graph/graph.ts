/** The graph's vocabulary: its labels, edge types and their endpoints, and the plain nodes and edges a plan becomes. */

/** Node labels the graph uses: a closed list, so labels never come from input. */
export const NODE_LABELS = ['Plan', 'Goal', 'Task', 'Indicator', 'Agency', 'Law'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** True for a string that is one of NODE_LABELS. */
export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

/** Relationship types: a closed list, so types never come from input. */
export const EDGE_TYPES = ['FOLLOWS', 'PART_OF', 'SUPPORTS', 'MEASURES', 'MOVES', 'OWNED_BY', 'INVOLVES', 'BASED_ON', 'CORRESPONDS_TO', 'IN_REMIT_OF', 'CONTINUES', 'ALIGNS_WITH'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/** Where a node or edge comes from: parsed from the text, curated by judgment, or written through the API. */
export type Origin = 'PARSED' | 'CURATED' | 'API';

export interface GraphNode {
  label: NodeLabel;
  id: string;
  props: Record<string, string | number | boolean | string[] | null>;
}

export interface GraphEdge {
  type: EdgeType;
  from: string;
  to: string;
  props: { sectionPath: string[]; quote: string; origin: Origin };
}

export interface PlanGraphData {
  planId: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Which labels each edge type may join, from → to. */
export const EDGE_ENDPOINTS: Record<EdgeType, [NodeLabel[], NodeLabel[]]> = {
  FOLLOWS: [['Plan'], ['Plan']],
  PART_OF: [['Task', 'Goal', 'Indicator'], ['Task', 'Plan']],
  SUPPORTS: [['Task'], ['Goal']],
  MEASURES: [['Indicator'], ['Goal']],
  MOVES: [['Task'], ['Indicator']],
  OWNED_BY: [['Task', 'Indicator'], ['Agency']],
  INVOLVES: [['Task'], ['Agency']],
  BASED_ON: [['Task', 'Plan'], ['Law']],
  CORRESPONDS_TO: [['Goal'], ['Goal']],
  // The plan says the indicator's subject (or, from the plan, the plan's implementation) is the agency's business:
  // evidence for a likely owner, never an owner.
  IN_REMIT_OF: [['Indicator', 'Plan'], ['Agency']],
  // A plan's indicator carrying on one of the plan it follows (14th → 15th), or matching its province's.
  CONTINUES: [['Indicator'], ['Indicator']],
  ALIGNS_WITH: [['Indicator'], ['Indicator']],
};

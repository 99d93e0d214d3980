import type { EdgeType } from '../graph/graph';
import type { NodeModel } from '../node/node.model';

/** One edge seen from one of its ends, with its evidence. */
export interface LinkModel {
  relation: EdgeType;
  direction: 'OUT' | 'IN';
  node: NodeModel;
  origin: 'PARSED' | 'CURATED' | 'API';
  sectionPath: string[] | null;
  quote: string | null;
  assignedBy: string | null;
  assignedAt: string | null;
}

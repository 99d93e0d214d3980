import type { NodeModel } from '../node/node.model';

/** One search hit: the node and its relevance. */
export interface SearchHitModel {
  score: number;
  node: NodeModel;
}

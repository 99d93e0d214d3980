import type { NodeModel } from '../node/node.model';

/** How a hit matched: by its number, code, id or whole name; by words; or by character pairs only. */
export type SearchMatch = 'EXACT' | 'WORD' | 'FRAGMENT';

/** One search hit: the node, its relevance within its tier, and the tier. */
export interface SearchHitModel {
  score: number;
  node: NodeModel;
  match: SearchMatch;
}

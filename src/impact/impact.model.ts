import type { NodeModel } from '../node/node.model';

/** A node reached from the impact source, with its distance and one shortest path. */
export interface ImpactedNodeModel {
  distance: number;
  node: NodeModel;
  path: NodeModel[];
}

/** Everything a change to the source reaches. */
export interface ImpactModel {
  source: NodeModel;
  affected: ImpactedNodeModel[];
}

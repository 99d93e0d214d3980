import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import type { NodeLabel } from '../graph/graph';
import type { NodeModel } from '../node/node.model';
import { relatedToCondition } from '../relation/relation.repository';
import type { RelationKey, TargetOf } from '../relation/related';
import { pageRequest, toConnection, type Connection, type PageArgs } from '../shared/connection';
import type { NodeFilter } from '../shared/filters';
import { BY_ID, BY_ORD_THEN_ID, shapeOf, type Ordering } from './order.repository';
import { findPage } from './page.repository';
import { selectedRelations } from './selection';

/** Each label's connections' order: plan order (ord, missing ords last, then id) where it has one, else id. */
export const ORDERING: Record<NodeLabel, Ordering> = {
  Plan: BY_ORD_THEN_ID,
  Goal: BY_ORD_THEN_ID,
  Task: BY_ORD_THEN_ID,
  Indicator: BY_ORD_THEN_ID,
  Agency: BY_ID,
  Law: BY_ID,
};

/**
 * One page of a label's nodes under a filter, as a Relay connection (validates first/after, last/before). Given
 * the resolve info, the relations the selection walks on each node are read in the page's statement and primed
 * into the request's relation loaders, so the page with its owners and goals is one round trip.
 */
export async function pageOf<M extends NodeModel>(
  ctx: GraphContext,
  label: M['label'],
  filter: NodeFilter,
  args: PageArgs,
  info?: GraphQLResolveInfo,
): Promise<Connection<M>> {
  const ordering = ORDERING[label];
  const page = pageRequest(args, ctx.config.MAX_PAGE_SIZE, shapeOf(ordering));
  const relations = selectedRelations(info, label);
  const found = await findPage<M>(ctx.db, label, filter, page, ordering, relations);
  for (const { node, related } of found.rows) relations.forEach((key, k) => ctx.loaders.related(key).prime(node.id, related[k]));
  const connection = toConnection(found.rows, page, found.totalCount, (r) => r.key);
  return { ...connection, edges: connection.edges.map(({ cursor, node }) => ({ cursor, node: node.node })) };
}

/** One page of a node's neighbours along a relation. */
export async function relatedPage<K extends RelationKey>(
  ctx: GraphContext,
  key: K,
  sourceId: string,
  targetLabel: TargetOf<K>['label'],
  args: PageArgs,
): Promise<Connection<TargetOf<K>>> {
  return pageOf<TargetOf<K>>(ctx, targetLabel, { conditions: [relatedToCondition(key)], params: { sourceId } }, args);
}

import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import type { NodeLabel } from '../graph/graph';
import type { NodeModel } from '../node/node.model';
import { relatedToCondition } from '../relation/relation.repository';
import type { RelationKey, TargetOf } from '../relation/related';
import { pageRequest, toConnection, type Connection } from '../shared/connection';
import type { NodeFilter } from '../shared/filters';
import { findPage } from './page.repository';
import { selectedRelations } from './selection';

/** Labels listed in plan order (ord, then id); the others by id alone. */
const ORDERED_BY_ORD: ReadonlySet<NodeLabel> = new Set(['Goal', 'Task', 'Indicator', 'Plan']);

/**
 * One page of a label's nodes under a filter, as a Relay connection (validates first/after). Given the resolve
 * info, the relations the selection walks on each node are read in the page's statement and primed into the
 * request's relation loaders, so the page with its owners and goals is one round trip.
 */
export async function pageOf<M extends NodeModel>(
  ctx: GraphContext,
  label: M['label'],
  filter: NodeFilter,
  first: number | null | undefined,
  after: string | null | undefined,
  info?: GraphQLResolveInfo,
): Promise<Connection<M>> {
  const page = pageRequest(first, after, ctx.config.MAX_PAGE_SIZE);
  const byOrd = ORDERED_BY_ORD.has(label);
  const relations = selectedRelations(info, label);
  const found = await findPage<M>(ctx.db, label, filter, page, byOrd, relations);
  for (const { node, related } of found.rows) relations.forEach((key, k) => ctx.loaders.related(key).prime(node.id, related[k]));
  const rows = found.rows.map((r) => r.node);
  const { totalCount } = found;
  return toConnection(rows, page, totalCount, (n) => [byOrd && 'ord' in n ? (n.ord ?? null) : null, n.id]);
}

/** One page of a node's neighbours along a relation. */
export async function relatedPage<K extends RelationKey>(
  ctx: GraphContext,
  key: K,
  sourceId: string,
  targetLabel: TargetOf<K>['label'],
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<TargetOf<K>>> {
  return pageOf<TargetOf<K>>(ctx, targetLabel, { conditions: [relatedToCondition(key)], params: { sourceId } }, first, after);
}

import type { GraphContext } from '../context';
import type { NodeLabel } from '../graph/graph';
import type { NodeModel } from '../node/node.model';
import { relatedToCondition } from '../relation/relation.repository';
import type { RelationKey, TargetOf } from '../relation/related';
import { pageRequest, toConnection, type Connection } from '../shared/connection';
import type { NodeFilter } from '../shared/filters';
import { findPage } from './page.repository';

/** Labels listed in plan order (ord, then id); the others by id alone. */
const ORDERED_BY_ORD: ReadonlySet<NodeLabel> = new Set(['Goal', 'Task', 'Indicator', 'Plan']);

/** One page of a label's nodes under a filter, as a Relay connection (validates first/after). */
export async function pageOf<M extends NodeModel>(
  ctx: GraphContext,
  label: M['label'],
  filter: NodeFilter,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<M>> {
  const page = pageRequest(first, after, ctx.config.MAX_PAGE_SIZE);
  const byOrd = ORDERED_BY_ORD.has(label);
  const { rows, totalCount } = await findPage<M>(ctx.db, label, filter, page, byOrd);
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

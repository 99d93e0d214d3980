import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { BadUserInputError, NotFoundError } from '../errors';
import { parseEntityId } from '../graph/ids';
import { selectedFields } from '../page/selection';
import type { ImpactModel } from './impact.model';
import { FULL_IMPACT, impactOf, type ImpactShape } from './impact.repository';

const MAX_DEPTH = 6;

/** Node fields answered from the id alone (the label comes with every row). */
const ID_ONLY = new Set(['id', '__typename']);

/**
 * What an `impact` query's selection reads: paths only for path, via or derived, quotes only for quotes, the nodes'
 * properties only for a node field beyond its id (or for the summary, which counts kinds and binding indicators).
 * Without a selection (diagrams, code): everything.
 */
export function impactShape(info: GraphQLResolveInfo | undefined): ImpactShape {
  const affected = selectedFields(info, 'affected');
  const top = selectedFields(info);
  const node = selectedFields(info, 'affected', 'node');
  if (!affected || !top || !node) return FULL_IMPACT;
  return {
    paths: ['path', 'via', 'derived', 'quotes'].some((f) => affected.has(f)),
    quotes: affected.has('quotes'),
    nodes: top.has('summary') || [...node].some((f) => !ID_ONLY.has(f)) ? 'light' : 'id',
  };
}

/** The impact of a change to `of` (checked: a known id, maxDepth 1..MAX_DEPTH, default 4); NOT_FOUND for no such node. */
export async function computeImpact(ctx: GraphContext, of: string, maxDepth: number | null | undefined, shape: ImpactShape = FULL_IMPACT): Promise<ImpactModel> {
  parseEntityId(of);
  const depth = maxDepth ?? 4;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw new BadUserInputError(`maxDepth must be 1..${MAX_DEPTH}`, { argument: 'maxDepth' });
  const { source, affected } = await impactOf(ctx.db, of, depth, shape);
  if (!source) throw new NotFoundError(`no node has id "${of}"`);
  ctx.loaders.nodeById.prime(of, source);
  return { source, affected };
}

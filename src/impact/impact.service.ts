import type { GraphContext } from '../context';
import { BadUserInputError, NotFoundError } from '../errors';
import { parseEntityId } from '../graph/ids';
import type { ImpactModel } from './impact.model';
import { impactOf } from './impact.repository';

const MAX_DEPTH = 6;

/** The impact of a change to `of` (checked: a known id, maxDepth 1..MAX_DEPTH, default 4); NOT_FOUND for no such node. */
export async function computeImpact(ctx: GraphContext, of: string, maxDepth: number | null | undefined): Promise<ImpactModel> {
  parseEntityId(of);
  const depth = maxDepth ?? 4;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw new BadUserInputError(`maxDepth must be 1..${MAX_DEPTH}`, { argument: 'maxDepth' });
  const { source, affected } = await impactOf(ctx.db, of, depth);
  if (!source) throw new NotFoundError(`no node has id "${of}"`);
  ctx.loaders.nodeById.prime(of, source);
  return { source, affected };
}

import DataLoader from 'dataloader';
import type { GraphContext } from '../context';
import type { AmendmentModel } from './amendment.model';
import { amendmentsOf } from './amendment.repository';

// One loader per request, kept beside the request's other loaders (keyed by them, so it goes when they go).
const loaders = new WeakMap<GraphContext['loaders'], DataLoader<string, AmendmentModel[]>>();

/** The request's loader of indicators' amendments (by indicator id): a page of indicators costs one query. */
export function amendmentLoader(ctx: GraphContext): DataLoader<string, AmendmentModel[]> {
  let loader = loaders.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader((ids) => amendmentsOf(ctx.db, ids), { maxBatchSize: 1000 });
    loaders.set(ctx.loaders, loader);
  }
  return loader;
}

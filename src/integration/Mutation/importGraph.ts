import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { requireRole } from '../../auth/auth';
import { importGraph as importDocument } from '../transfer.repository';

/** importGraph: reads an export document back (ADMIN), all or nothing, under IMPORT_TIMEOUT_MS; progress goes to the log. */
export const importGraph: NonNullable<MutationResolvers['importGraph']> = async (_, { document, reason }, ctx) => {
  const caller = requireRole(ctx, 'ADMIN');
  const log = ctx.log.child({ operation: 'importGraph', by: caller.name });
  const result = await importDocument(ctx.db, document, {
    caller: { name: caller.name, role: caller.role, reason },
    timeoutMs: ctx.config.IMPORT_TIMEOUT_MS,
    progress: (message) => log.info(message),
  });
  ctx.loaders.nodeById.clearAll();
  log.info(result, 'import stored');
  return result;
};

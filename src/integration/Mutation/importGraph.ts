import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { requireRole } from '../../auth/auth';
import { importGraph as importDocument } from '../transfer.repository';

/** importGraph: reads an export document back (ADMIN). */
export const importGraph: NonNullable<MutationResolvers['importGraph']> = async (_, { document }, ctx) => {
  requireRole(ctx, 'ADMIN');
  return importDocument(ctx.db, document);
};

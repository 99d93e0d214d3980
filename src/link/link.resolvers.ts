import type { LinkResolvers } from '../__generated__/resolvers-types';
import { auditValue } from '../auth/auth';

export const Link: LinkResolvers = {
  assignedBy: (link, _, ctx) => auditValue(ctx, link.assignedBy ?? null),
  provenance: (link) => (link.quote ? { sectionPath: link.sectionPath ?? [], quote: link.quote } : null),
};

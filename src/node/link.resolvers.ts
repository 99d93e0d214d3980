import type { LinkResolvers } from '../__generated__/resolvers-types';

export const Link: LinkResolvers = {
  provenance: (link) => (link.quote ? { sectionPath: link.sectionPath ?? [], quote: link.quote } : null),
};

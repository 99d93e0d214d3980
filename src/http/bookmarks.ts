import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors';

/**
 * Read-your-writes across API processes (and the members of a Neo4j cluster). A response to a request that wrote
 * carries the bookmarks its write ended at in this header; a client that sends them back on its next request, to
 * any process, gets sessions opened with them (a cluster member waits until it has those commits) and a cache that
 * serves nothing older (src/db/gateway.ts).
 */
export const BOOKMARK_HEADER = 'x-plangraph-bookmark';

/** Bookmarks a request may carry, and the longest one (Neo4j 5's are under 100 characters). */
const MAX_BOOKMARKS = 16;
const MAX_BOOKMARK_LENGTH = 512;
const BOOKMARK = /^[A-Za-z0-9:+/=_-]+$/;

/** The bookmarks of a request's header (comma-separated); BAD_USER_INPUT for anything else than bookmarks, bounded. */
export function parseBookmarks(header: string | string[] | undefined): string[] {
  if (header === undefined) return [];
  const values = (Array.isArray(header) ? header.join(',') : header).split(',').map((b) => b.trim()).filter(Boolean);
  if (values.length > MAX_BOOKMARKS || values.some((b) => b.length > MAX_BOOKMARK_LENGTH || !BOOKMARK.test(b))) {
    throw new BadUserInputError(`${BOOKMARK_HEADER} must be up to ${MAX_BOOKMARKS} bookmarks as the API returned them, comma-separated`, { argument: BOOKMARK_HEADER });
  }
  return values;
}

/** Sets the header on every response to a request that wrote. */
export function bookmarkPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const written = contextValue.db.writtenBookmarks;
          if (written.length) response.http.headers.set(BOOKMARK_HEADER, written.join(','));
        },
      };
    },
  };
}

import type { DocumentStore as ApolloDocumentStore } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * What a parsed document holds in memory: its source text (kept by every node's location, so a document padded
 * with 0.9 MB of comments holds 0.9 MB however small its syntax tree) and its tree, at about 200 bytes a node.
 */
export function documentBytes(document: DocumentNode): number {
  const source = document.loc?.source.body.length ?? 0;
  let nodes = 0;
  const visit = (value: unknown) => {
    if (Array.isArray(value)) for (const v of value) visit(v);
    else if (value && typeof value === 'object' && 'kind' in value && typeof (value as { kind: unknown }).kind === 'string') {
      nodes++;
      for (const [key, v] of Object.entries(value)) if (key !== 'loc' && v && typeof v === 'object') visit(v);
    }
  };
  visit(document);
  // A string of non-Latin-1 text takes two bytes a character.
  return 2 * source + 200 * nodes;
}

/**
 * Apollo's store of parsed and validated documents, bounded by bytes: Apollo's default measures a document by its
 * JSON, which leaves out the source text every location points to, so many comment-padded documents could fill
 * the heap while the store thought itself nearly empty.
 */
export class DocumentStore implements ApolloDocumentStore {
  private readonly cache: LRUCache<string, DocumentNode>;

  constructor(maxBytes: number) {
    this.cache = new LRUCache({ maxSize: Math.max(maxBytes, 1), sizeCalculation: (document) => Math.max(documentBytes(document), 1) });
  }

  async get(key: string) {
    return this.cache.get(key);
  }

  async set(key: string, value: DocumentNode) {
    // A document larger than the whole store is not kept (lru-cache would refuse it anyway).
    this.cache.set(key, value);
  }

  async delete(key: string) {
    return this.cache.delete(key);
  }

  /** Bytes held, as measured by documentBytes. */
  get bytes(): number {
    return this.cache.calculatedSize;
  }
}

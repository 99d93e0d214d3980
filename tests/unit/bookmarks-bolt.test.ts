import { GraphGateway, openDriver } from '../../src/db/gateway';
import { createLogger } from '../../src/logger';
import { startBoltStub, type BoltStub } from '../support/boltStub';

// The bookmark flow on the wire, against a Bolt stub that answers as a cluster member does (a new bookmark per
// commit): what the gateway's sessions send in BEGIN. Neo4j Enterprise (a real cluster) is not available here;
// tests/integration/multi-process.test.ts checks the same flow end to end against the real (single) Neo4j.
let stub: BoltStub;
let gateway: GraphGateway;
beforeAll(async () => {
  stub = await startBoltStub();
  gateway = new GraphGateway(openDriver({ uri: stub.uri, user: 'neo4j', password: 'stub' }), undefined, createLogger('silent'));
  gateway.enableReadCache(1024 * 1024);
});
afterAll(async () => {
  await gateway.close();
  await stub.close();
});

const last = () => stub.transactions[stub.transactions.length - 1];

describe('bookmarks on the wire', () => {
  it("a request's reads carry the client's bookmarks in BEGIN", async () => {
    const view = gateway.forRequest(['FB:client-1']);
    await view.read({ cypher: 'RETURN 1 AS x' });
    expect(last()).toMatchObject({ kind: 'BEGIN', mode: 'r', bookmarks: ['FB:client-1'], statements: ['RETURN 1 AS x'] });
  });

  it("a write ends at a bookmark the request returns, and the request's later reads carry it", async () => {
    const view = gateway.forRequest(['FB:client-2']);
    await view.write({ cypher: 'CREATE (:X)' });
    const write = last();
    expect(write).toMatchObject({ kind: 'BEGIN', mode: 'w', bookmarks: ['FB:client-2'] });
    expect(view.writtenBookmarks).toEqual([write.committedAt]);
    await view.readMany([{ cypher: 'RETURN 2 AS x' }, { cypher: 'RETURN 3 AS x' }]);
    expect(last()).toMatchObject({ kind: 'BEGIN', mode: 'r', bookmarks: [write.committedAt], statements: ['RETURN 2 AS x', 'RETURN 3 AS x'] });
  });

  it('a request without bookmarks sends none, and its cache candidate is checked with its own bookmarks', async () => {
    const plain = gateway.forRequest();
    await plain.read({ cypher: 'RETURN 4 AS x' });
    expect(last().bookmarks).toEqual([]);
    // The same statement again from a request with a bookmark: a candidate, so a version check that carries it.
    const after = gateway.forRequest(['FB:client-3']);
    const before = stub.transactions.length;
    await after.read({ cypher: 'RETURN 4 AS x' });
    const sent = stub.transactions.slice(before);
    expect(sent[0]).toMatchObject({ kind: 'AUTOCOMMIT', bookmarks: ['FB:client-3'] });
    expect(sent.every((t) => t.bookmarks.includes('FB:client-3'))).toBe(true);
  });
});

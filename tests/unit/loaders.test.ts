import { createLoaders } from '../../src/context';
import type { Statement } from '../../src/db/gateway';
import type { GraphReader } from '../../src/db/reader';

// The loaders' batch contract, asserted on the batches themselves (as dataloader's own tests do): the statements a
// request's loaders send, recorded by a reader that answers from a table instead of a database.
function recordingReader(answer: (statement: Statement) => unknown[] = () => []) {
  const roundTrips: Statement[][] = [];
  const reader: GraphReader = {
    read: async <T>(statement: Statement) => {
      roundTrips.push([statement]);
      return answer(statement) as T[];
    },
    readMany: async <T>(statements: Statement[]) => {
      roundTrips.push(statements);
      return statements.map((s) => answer(s) as T[]);
    },
  };
  /** The ids each round trip asked for, statement by statement. */
  const batches = () => roundTrips.map((statements) => statements.map((s) => s.params?.ids));
  return { reader, batches };
}

const measurement = (of: string, year: number) => ({ of, indicatorId: of, year, value: year - 2000, source: 's', recordedAt: 't', recordedBy: 'b' });

describe('createLoaders batches per request', () => {
  it('measurements of every indicator asked in one tick cost one statement; answers come back in key order, [] for none', async () => {
    const { reader, batches } = recordingReader(() => [measurement('Indicator:p:2', 2021), measurement('Indicator:p:1', 2020), measurement('Indicator:p:2', 2022)]);
    const loaders = createLoaders(reader);
    const [one, two, again, three] = await Promise.all(['Indicator:p:1', 'Indicator:p:2', 'Indicator:p:1', 'Indicator:p:3'].map((id) => loaders.measurements.load(id)));
    expect(batches()).toEqual([[['Indicator:p:1', 'Indicator:p:2', 'Indicator:p:3']]]);
    expect(one.map((m) => m.year)).toEqual([2020]);
    expect(two.map((m) => m.year)).toEqual([2021, 2022]);
    expect(again).toBe(one);
    expect(three).toEqual([]);
    expect(one[0]).not.toHaveProperty('of');
  });

  it('revisions batch the same way, and a later tick asks only for keys not loaded yet', async () => {
    const { reader, batches } = recordingReader();
    const loaders = createLoaders(reader);
    await Promise.all([loaders.measurementRevisions.load('Indicator:p:1'), loaders.measurementRevisions.load('Indicator:p:2')]);
    await Promise.all([loaders.measurementRevisions.load('Indicator:p:2'), loaders.measurementRevisions.load('Indicator:p:3')]);
    expect(batches()).toEqual([[['Indicator:p:1', 'Indicator:p:2']], [['Indicator:p:3']]]);
  });

  it('loads of two relations in one tick go out as one round trip of two statements, one per relation', async () => {
    const { reader, batches } = recordingReader();
    const loaders = createLoaders(reader);
    await Promise.all([
      loaders.related('Indicator.ownedBy').load('Indicator:p:1'),
      loaders.related('Indicator.measures').load('Indicator:p:1'),
      loaders.related('Indicator.ownedBy').load('Indicator:p:2'),
    ]);
    expect(batches()).toEqual([[['Indicator:p:1', 'Indicator:p:2'], ['Indicator:p:1']]]);
  });

  it('nodes by id: one statement for the tick, null for an id with no node', async () => {
    const { reader, batches } = recordingReader(() => []);
    const loaders = createLoaders(reader);
    const nodes = await Promise.all([loaders.nodeById.load('Goal:p:G-1'), loaders.nodeById.load('Task:p:1')]);
    expect(batches()).toEqual([[['Goal:p:G-1', 'Task:p:1']]]);
    expect(nodes).toEqual([null, null]);
  });

  it('continuity proposals of every indicator asked in one tick cost one round trip, one statement per relation and direction; answers by key', async () => {
    const proposal = (from: string, to: string, confidence: number) => ({ id: `Proposal:p:${from}${to}`, relation: 'CONTINUES', fromId: from, toId: to, status: 'PROPOSED', confidence });
    const { reader, batches } = recordingReader((s) => (s.params?.relation !== 'CONTINUES' ? [] : String(s.cypher).includes('WHERE a.id')
      ? [proposal('Indicator:15:1', 'Indicator:14:1', 0.95), proposal('Indicator:15:2', 'Indicator:14:2', 0.8)]
      : [proposal('Indicator:15:1', 'Indicator:14:1', 0.95)]));
    const loaders = createLoaders(reader);
    const [one, two, again, earlier, none] = await Promise.all([
      loaders.proposalsByEnd.load({ relation: 'CONTINUES', direction: 'OUT', id: 'Indicator:15:1' }),
      loaders.proposalsByEnd.load({ relation: 'CONTINUES', direction: 'OUT', id: 'Indicator:15:2' }),
      loaders.proposalsByEnd.load({ relation: 'CONTINUES', direction: 'OUT', id: 'Indicator:15:1' }),
      loaders.proposalsByEnd.load({ relation: 'CONTINUES', direction: 'IN', id: 'Indicator:14:1' }),
      loaders.proposalsByEnd.load({ relation: 'ALIGNS_WITH', direction: 'OUT', id: 'Indicator:15:1' }),
    ]);
    expect(batches()).toEqual([[['Indicator:15:1', 'Indicator:15:2'], ['Indicator:14:1'], ['Indicator:15:1']]]);
    expect([one, two, earlier].map((ps) => ps.map((p) => p.toId))).toEqual([['Indicator:14:1'], ['Indicator:14:2'], ['Indicator:14:1']]);
    expect(again).toBe(one);
    expect(none).toEqual([]);
  });

  it('every request gets its own loaders: nothing is cached across them', async () => {
    const { reader, batches } = recordingReader();
    await createLoaders(reader).measurements.load('Indicator:p:1');
    await createLoaders(reader).measurements.load('Indicator:p:1');
    expect(batches()).toEqual([[['Indicator:p:1']], [['Indicator:p:1']]]);
  });
});

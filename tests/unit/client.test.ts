import { createServer, type Server } from 'node:net';
import { PlanGraphClient, PlanGraphClientError, possibleTypes, ChangesDocument } from '../../client/src';

/** A port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('the typed client', () => {
  it('throws PlanGraphClientError NETWORK_ERROR (status 0, the cause kept) when the server is down, not a raw TypeError', async () => {
    const client = new PlanGraphClient({ url: `http://127.0.0.1:${await closedPort()}` });
    const error = await client.request(ChangesDocument, { since: 0, first: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanGraphClientError);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect(((error as Error).cause as Error).name).toBe('TypeError'); // fetch's own "fetch failed", kept as the cause
  });

  it('exports the generated possibleTypes map for Apollo Client', () => {
    expect(possibleTypes.Node).toEqual(['Agency', 'Goal', 'Indicator', 'Law', 'Plan', 'Task']);
    expect(possibleTypes.Ownable).toEqual(['Indicator', 'Task']);
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import { startTestApi, type TestApi } from '../support/api';

const RUN = `jwt${Date.now().toString(36)}`;
const ISSUER = 'https://idp.bureau.example/realms/plangraph';
const AUDIENCE = 'plangraph-api';

/** A local identity provider: one signing key published as a JWKS over HTTP, and a second key it never publishes. */
let jwks: Server;
let jwksUrl: string;
let published: { privateKey: KeyLike; kid: string };
let unpublished: { privateKey: KeyLike; kid: string };
let api: TestApi;

async function sign(claims: JWTPayload, options: { key?: typeof published; issuer?: string; audience?: string; expiresIn?: string | number } = {}): Promise<string> {
  const key = options.key ?? published;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: key.kid })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '5m')
    .sign(key.privateKey);
}

beforeAll(async () => {
  const a = await generateKeyPair('RS256');
  const b = await generateKeyPair('RS256');
  published = { privateKey: a.privateKey, kid: 'bureau-key-1' };
  unpublished = { privateKey: b.privateKey, kid: 'not-published' };
  const body = JSON.stringify({ keys: [{ ...(await exportJWK(a.publicKey)), kid: published.kid, alg: 'RS256', use: 'sig' }] });
  jwks = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/protocol/openid-connect/certs`;
  api = await startTestApi({
    JWT_ISSUER: ISSUER,
    JWT_AUDIENCE: AUDIENCE,
    JWT_JWKS_URL: jwksUrl,
    JWT_ROLES_CLAIM: 'realm_access.roles',
    JWT_ROLE_MAP: 'plangraph-reader:READER,plangraph-integrator:INTEGRATOR,plangraph-admin:ADMIN',
    REQUIRE_TOKEN_FOR_READS: 'true',
  });
});
afterAll(async () => {
  await api?.db.write({ cypher: 'MATCH (c:Change) WHERE c.entity STARTS WITH $prefix DELETE c', params: { prefix: `Agency:${RUN}` } });
  await api?.db.write({ cypher: 'MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', params: { prefix: `Agency:${RUN}` } });
  await api?.close();
  await new Promise((resolve) => jwks?.close(resolve));
});

const VIEWER = '{ viewer { name role } }';
const answer = async (token: string) => {
  const res = await api.gql(VIEWER, undefined, token);
  return { status: res.status, data: res.data, code: res.errors?.[0]?.extensions?.code, message: res.errors?.[0]?.message };
};

describe('JWTs from the bureau\'s identity provider, alongside static tokens', () => {
  it('accepts a valid token: the name from sub, the highest role its roles claim grants', async () => {
    const token = await sign({ sub: 'li.wei@bureau', realm_access: { roles: ['offline_access', 'plangraph-reader', 'plangraph-integrator'] } });
    expect(await answer(token)).toMatchObject({ data: { viewer: { name: 'li.wei@bureau', role: 'INTEGRATOR' } } });
  });

  it('still accepts the static API tokens', async () => {
    expect(await answer('analyst-token')).toMatchObject({ data: { viewer: { name: 'analyst', role: 'ANALYST' } } });
  });

  it('refuses an expired token (UNAUTHENTICATED)', async () => {
    const token = await sign({ sub: 'li.wei@bureau', realm_access: { roles: ['plangraph-admin'] } }, { expiresIn: Math.floor(Date.now() / 1000) - 120 });
    expect(await answer(token)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', message: 'the token has expired' });
  });

  it('refuses a token from another issuer (UNAUTHENTICATED)', async () => {
    const token = await sign({ sub: 'x', realm_access: { roles: ['plangraph-admin'] } }, { issuer: 'https://evil.example/' });
    expect(await answer(token)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', message: 'the token was issued by another issuer' });
  });

  it('refuses a token made for another audience (UNAUTHENTICATED)', async () => {
    const token = await sign({ sub: 'x', realm_access: { roles: ['plangraph-admin'] } }, { audience: 'payroll' });
    expect(await answer(token)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', message: 'the token was made for another audience' });
  });

  it('refuses a token signed by a key the issuer does not publish (UNAUTHENTICATED)', async () => {
    const token = await sign({ sub: 'x', realm_access: { roles: ['plangraph-admin'] } }, { key: unpublished });
    expect(await answer(token)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', message: 'the token is signed by a key the issuer does not publish' });
  });

  it('refuses a token whose signature was tampered with (UNAUTHENTICATED)', async () => {
    const token = await sign({ sub: 'x', realm_access: { roles: ['plangraph-reader'] } });
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'x', realm_access: { roles: ['plangraph-admin'] }, iss: ISSUER, aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) + 300 })).toString('base64url');
    expect(await answer(`${header}.${forged}.${signature}`)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('refuses a valid token without the role claim (FORBIDDEN), and one whose roles grant none', async () => {
    expect(await answer(await sign({ sub: 'no.roles@bureau' }))).toMatchObject({ code: 'FORBIDDEN', message: 'the token has no realm_access.roles claim, so it grants no role here' });
    expect(await answer(await sign({ sub: 'other@bureau', realm_access: { roles: ['payroll-admin'] } }))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a token without exp: tokens must expire (UNAUTHENTICATED)', async () => {
    const token = await new SignJWT({ sub: 'x', realm_access: { roles: ['plangraph-admin'] } })
      .setProtectedHeader({ alg: 'RS256', kid: published.kid })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .sign(published.privateKey);
    expect(await answer(token)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', message: 'the token has no exp: tokens must expire' });
  });

  it('names the token\'s subject in the audit trail of a write', async () => {
    const token = await sign({ sub: 'wang.fang@bureau', realm_access: { roles: ['plangraph-integrator'] } });
    const created = await api.gql(
      'mutation($input: UpsertAgencyInput!) { upsertAgency(input: $input) { outcome } }',
      { input: { key: `${RUN}-office`, name: '测试办公室', level: 'CITY', kind: 'GOVERNMENT' } },
      token,
    );
    expect(created.data).toEqual({ upsertAgency: { outcome: 'CREATED' } });
    const history = await api.gql(`{ history(of: "Agency:${RUN}-office") { edges { node { action by } } } }`, undefined, 'analyst-token');
    expect(history.data!.history.edges.map((e: { node: object }) => e.node)).toEqual([{ action: 'CREATE_AGENCY', by: 'wang.fang@bureau' }]);
  });
});

/**
 * `npm run abuse -- --url http://localhost:4000`: fires hostile requests at a running PlanGraph and prints a table:
 * attack, HTTP status, error code, latency, and how long a cheap query took while the attack was in flight.
 * Traffic goes only to the URL given (use a server on this machine). tests/resilience runs the same attacks.
 */
import { parseArgs } from 'node:util';

/** One hostile request. */
export interface Attack {
  name: string;
  /** What a safe server answers: an HTTP status and an error code. */
  expect: { status: number; code: string };
  body: () => string;
  token?: string;
}

const cheapQuery = JSON.stringify({ query: '{ plans { id } }' });

/** A fragment of `aliases` __typename aliases, spread `spreads` times under a deep goals → supportedBy → supports selection. */
export function paddedFragmentQuery(aliases = 100, spreads = 100): string {
  const padding = Array.from({ length: aliases }, (_, i) => `a${i}: __typename`).join(' ');
  const spread = Array.from({ length: spreads }, () => '...P').join(' ');
  const deep = `supportedBy { supports { supportedBy { supports { supportedBy { supports { id ${spread} } } } } } }`;
  return `query { goals(first: 100) { edges { node { ${deep} } } } } fragment P on Goal { ${padding} }`;
}

/** `count` aliases of impact on one law. */
export function impactAliasesQuery(count = 400): string {
  return `query { ${Array.from({ length: count }, (_, i) => `i${i}: impact(of: "Law:special-equipment-safety-law") { summary { total } }`).join(' ')} }`;
}

/** The attacks, each with what a safe server answers. */
export const ATTACKS: Attack[] = [
  { name: 'padded fragment (100 aliases × 100 spreads, deep)', expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' }, body: () => JSON.stringify({ query: paddedFragmentQuery() }) },
  { name: '400 aliases of impact', expect: { status: 400, code: 'GRAPHQL_PARSE_FAILED' }, body: () => JSON.stringify({ query: impactAliasesQuery(400) }) },
  { name: '25 aliases of impact at depth 5 (priced)', expect: { status: 400, code: 'QUERY_TOO_COSTLY' }, body: () => JSON.stringify({ query: `query { ${Array.from({ length: 25 }, (_, i) => `i${i}: impact(of: "Law:special-equipment-safety-law", maxDepth: 5) { summary { total } }`).join(' ')} }` }) },
  { name: 'fragment cycle', expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' }, body: () => JSON.stringify({ query: 'query { goals { edges { node { ...A } } } } fragment A on Goal { id ...B } fragment B on Goal { id ...A }' }) },
  { name: 'depth 30', expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' }, body: () => JSON.stringify({ query: `query { goals(first: 1) { edges { node { ${'supportedBy { supports { '.repeat(14)}id${' } }'.repeat(14)} } } } }` }) },
  { name: '5 000 tokens', expect: { status: 400, code: 'GRAPHQL_PARSE_FAILED' }, body: () => JSON.stringify({ query: `query { plans { ${'id '.repeat(5_000)}} }` }) },
  { name: '100 directives', expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' }, body: () => JSON.stringify({ query: `query { plans { id ${'@include(if: true) '.repeat(100)}} }` }) },
  { name: 'anonymous 8 MB body', expect: { status: 413, code: 'PAYLOAD_TOO_LARGE' }, body: () => JSON.stringify({ query: '{ plans { id } }', variables: { pad: 'x'.repeat(8 * 1024 * 1024) } }) },
  { name: 'anonymous change feed', expect: { status: 401, code: 'UNAUTHENTICATED' }, body: () => JSON.stringify({ query: '{ changes(first: 5) { edges { node { by before after } } } }' }) },
  { name: 'anonymous history', expect: { status: 401, code: 'UNAUTHENTICATED' }, body: () => JSON.stringify({ query: '{ history(of: "Agency:lps-amr") { edges { node { by } } } }' }) },
  { name: 'malformed JSON', expect: { status: 400, code: 'BAD_REQUEST' }, body: () => '{"query": "{ plans { id } }"' },
];

/** What one attack got, and how a cheap query fared meanwhile. */
export interface AttackResult {
  name: string;
  status: number;
  code: string;
  ms: number;
  cheapMs: number;
  safe: boolean;
}

async function post(url: string, body: string, token?: string): Promise<{ status: number; code: string; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text();
  let code = '';
  try {
    code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? '';
  } catch {
    code = 'not JSON';
  }
  return { status: res.status, code, ms: performance.now() - started };
}

/** Fires one attack with a cheap query beside it. */
export async function runAttack(url: string, attack: Attack): Promise<AttackResult> {
  const attackRun = post(url, attack.body(), attack.token);
  const cheap = post(url, cheapQuery);
  const [a, c] = await Promise.all([attackRun, cheap]);
  return { name: attack.name, status: a.status, code: a.code, ms: a.ms, cheapMs: c.ms, safe: a.status === attack.expect.status && a.code === attack.expect.code };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { url: { type: 'string', default: 'http://127.0.0.1:4000' } } });
  const url = values.url!.replace(/\/$/, '');
  const baseline = (await post(url, cheapQuery)).ms;
  const rows: AttackResult[] = [];
  for (const attack of ATTACKS) rows.push(await runAttack(url, attack));
  console.log(`PlanGraph at ${url}; a cheap query alone: ${baseline.toFixed(1)} ms\n`);
  console.log('| attack | status | code | latency ms | cheap query meanwhile ms | as expected |');
  console.log('| --- | ---: | --- | ---: | ---: | --- |');
  for (const r of rows) console.log(`| ${r.name} | ${r.status} | ${r.code} | ${r.ms.toFixed(1)} | ${r.cheapMs.toFixed(1)} | ${r.safe ? 'yes' : 'NO'} |`);
  return rows.every((r) => r.safe) ? 0 : 1;
}

if (require.main === module) {
  main().then((code) => process.exit(code), (error: Error) => {
    console.error(`abuse: ${error.message}`);
    process.exit(2);
  });
}

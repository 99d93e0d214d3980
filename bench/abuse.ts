/**
 * `npm run abuse`: builds and starts what ships (`node … dist/main.js`, NODE_ENV=production; the embedded default in
 * a temp data directory unless NEO4J_URI is set), fires hostile requests and hostile clients at it, and prints a
 * table: case, HTTP status, error code, latency, how long a cheap query took meanwhile, and the API's peak RSS.
 * `npm run abuse -- --url http://localhost:4000` aims at a running server instead (traffic goes only to the URL
 * given; the process kill and RSS need the local start). tests/resilience runs the same cases.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
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

async function post(url: string, body: string, token?: string, timeoutMs = 60_000): Promise<{ status: number; code: string; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
    signal: AbortSignal.timeout(timeoutMs),
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

/** The fan-out question: one goal, its tasks, their goals, their tasks' text — nine times over. */
export function fanOutQuery(aliases = 9): string {
  const selection = '... on Goal { supportedBy { supports { supportedBy { text } } } }';
  return `query { ${Array.from({ length: aliases }, (_, i) => `f${i}: node(id: "Goal:lps-msm-14:G-SPECIFIC-4") { ${selection} }`).join(' ')} }`;
}

/** A cheap query padded to about `bytes` by a comment that differs by `n`: distinct documents, one small plan. */
export function paddedCommentQuery(n: number, bytes = 900 * 1024): string {
  const head = `# distinct ${n}\n#`;
  return `${head}${'x'.repeat(Math.max(0, bytes - head.length - 40))}\n{ plans { id } }`;
}

/** What a slow client got: the status line's code, the error code, and when. */
export interface SlowAnswer {
  status: number;
  code: string;
  ms: number;
}

/**
 * A client that declares a `bytes`-long JSON body and sends one byte every `intervalMs`, over a raw socket, until the
 * server answers or closes; resolves with the answer (status 0 when the connection closed unanswered).
 */
export function slowBodyClient(url: string, bytes = 100 * 1024, intervalMs = 1_000, giveUpMs = 120_000): Promise<SlowAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = net.connect(Number(port), hostname);
    let received = '';
    let ticker: NodeJS.Timeout | undefined;
    const finish = () => {
      clearInterval(ticker);
      clearTimeout(giveUp);
      socket.destroy();
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0);
      const code = /"code":"([A-Z_]+)"/.exec(received)?.[1] ?? '';
      resolve({ status, code, ms: performance.now() - started });
    };
    const giveUp = setTimeout(finish, giveUpMs);
    socket.on('connect', () => {
      socket.write(`POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: ${bytes}\r\n\r\n{`);
      ticker = setInterval(() => {
        if (!socket.destroyed && socket.writable) socket.write('x', () => undefined);
      }, intervalMs);
    });
    socket.on('data', (chunk) => {
      received += chunk.toString();
      // A complete answer: headers and a JSON body.
      if (/\r\n\r\n[\s\S]*\}\s*$/.test(received)) finish();
    });
    socket.on('error', () => undefined);
    socket.on('close', finish);
  });
}

/** Cheap queries one after another while something else runs: the slowest latency, and how many failed. */
export function cheapMeanwhile(url: string): { stop(): Promise<{ maxMs: number; failures: number; count: number }> } {
  let running = true;
  let maxMs = 0;
  let failures = 0;
  let count = 0;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const answer = await post(url, cheapQuery, undefined, 15_000);
        if (answer.status !== 200) failures++;
      } catch {
        failures++; // refused (a worker restarting) or no answer within 15 s
      }
      maxMs = Math.max(maxMs, performance.now() - started);
      count++;
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { maxMs, failures, count };
    },
  };
}

/** What a case needs from the server under test: its URL and, when started here, its worker's pid. */
export interface Target {
  url: string;
  workerPid?: () => number | null;
}

/** One hostile case beyond a single request: what it got (the worst answer), and whether that is what a safe server answers. */
export interface CaseResult {
  name: string;
  status: number;
  code: string;
  ms: number;
  safe: boolean;
  note?: string;
}

/** A hostile case: several requests, slow clients, or a crash. */
export interface Scenario {
  name: string;
  /** What a safe server answers, in words (the table's last column names a miss). */
  expect: string;
  needsLocal?: boolean;
  run(target: Target): Promise<CaseResult>;
}

const worst = (answers: { status: number; code: string }[], good: (a: { status: number; code: string }) => boolean) => answers.find((a) => !good(a)) ?? answers[0];

/** Waits until the server answers a cheap query with 200; returns how long that took, in ms. */
export async function untilServing(url: string, withinMs = 60_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    try {
      if ((await post(url, cheapQuery, undefined, 2_000)).status === 200) return performance.now() - started;
    } catch {
      // restarting: nothing listens yet
    }
    if (performance.now() - started > withinMs) throw new Error(`not serving within ${withinMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The hostile cases beyond single requests, each with what a safe server does. */
export const SCENARIOS: Scenario[] = [
  {
    // Refused by node pricing (lane A of issue 22); until that lands, this case fails, and may cost the worker its heap.
    name: 'fan-out node query ×4 at once (9 aliases each)',
    expect: 'each refused: 400 QUERY_TOO_COSTLY',
    async run({ url }) {
      const started = performance.now();
      const answers = await Promise.all(
        Array.from({ length: 4 }, () => post(url, JSON.stringify({ query: fanOutQuery() }), undefined, 120_000).catch(() => ({ status: 0, code: 'no answer', ms: 0 }))),
      );
      const shown = worst(answers, (a) => a.status === 400 && a.code === 'QUERY_TOO_COSTLY');
      return { name: this.name, status: shown.status, code: shown.code, ms: performance.now() - started, safe: answers.every((a) => a.status === 400 && a.code === 'QUERY_TOO_COSTLY') };
    },
  },
  {
    name: '600 distinct 0.9 MB queries in sequence (differing in a comment)',
    expect: 'each answered 200, the service up throughout',
    async run({ url }) {
      const started = performance.now();
      const answers: { status: number; code: string }[] = [];
      for (let n = 0; n < 600; n++) {
        answers.push(await post(url, JSON.stringify({ query: paddedCommentQuery(n) }), undefined, 60_000).catch(() => ({ status: 0, code: 'no answer', ms: 0 })));
      }
      const shown = worst(answers, (a) => a.status === 200);
      const failed = answers.filter((a) => a.status !== 200).length;
      return { name: this.name, status: shown.status, code: shown.code, ms: (performance.now() - started) / answers.length, safe: failed === 0, note: `${failed} of 600 not 200; latency per query` };
    },
  },
  {
    name: '8 slow-body clients (100 KB declared, 1 byte/s)',
    expect: 'each 408 REQUEST_TIMEOUT after the body deadline, others served meanwhile',
    async run({ url }) {
      const started = performance.now();
      const answers = await Promise.all(Array.from({ length: 8 }, () => slowBodyClient(url)));
      const shown = worst(answers, (a) => a.status === 408 && a.code === 'REQUEST_TIMEOUT');
      return { name: this.name, status: shown.status, code: shown.code, ms: performance.now() - started, safe: answers.every((a) => a.status === 408 && a.code === 'REQUEST_TIMEOUT') };
    },
  },
  {
    name: 'API worker killed (SIGKILL)',
    expect: 'restarted by the primary, serving again within 10 s',
    needsLocal: true,
    async run({ url, workerPid }) {
      const pid = workerPid?.();
      if (!pid) return { name: this.name, status: 0, code: 'no worker found', ms: 0, safe: false };
      process.kill(pid, 'SIGKILL');
      const ms = await untilServing(url, 60_000).catch(() => Number.POSITIVE_INFINITY);
      const after = await post(url, cheapQuery, undefined, 10_000).catch(() => ({ status: 0, code: 'no answer', ms: 0 }));
      const replaced = workerPid?.() !== pid;
      return { name: this.name, status: after.status, code: after.code, ms, safe: after.status === 200 && replaced && ms < 10_000, note: 'latency: until serving again' };
    },
  },
];

/** A case run with cheap queries beside it and the API's memory sampled. */
export interface TableRow extends CaseResult {
  cheapMs: number;
  cheapFailures: number;
  peakRssMb: number | null;
  /** API workers that died during the case (seen by their pid changing), when the server was started here. */
  workerRestarts: number | null;
}

/** Runs a scenario while cheap queries run beside it and `rss` (when given) is sampled every 100 ms. */
export async function runScenario(target: Target, scenario: Scenario, rss?: () => number): Promise<TableRow> {
  const cheap = cheapMeanwhile(target.url);
  let peak = rss?.() ?? 0;
  const workers = new Set<number>();
  const sample = () => {
    if (rss) peak = Math.max(peak, rss());
    const pid = target.workerPid?.();
    if (pid) workers.add(pid);
  };
  sample();
  const sampler = setInterval(sample, 100);
  try {
    const result = await scenario.run(target);
    sample();
    const meanwhile = await cheap.stop();
    const workerRestarts = target.workerPid ? Math.max(0, workers.size - 1) : null;
    return { ...result, cheapMs: meanwhile.maxMs, cheapFailures: meanwhile.failures, peakRssMb: rss ? Math.round(peak / 1048576) : null, workerRestarts };
  } finally {
    clearInterval(sampler);
    await cheap.stop();
  }
}

/** Resident memory of the Node processes under `pid` (the primary and its API worker), in bytes; an embedded JVM is left out. */
export function nodeTreeRss(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const exe = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0')[0];
      const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      if (path.basename(exe) !== 'java') total += kb * 1024;
      for (const child of readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) visit(Number(child));
    } catch {
      // gone
    }
  };
  visit(pid);
  return total;
}

/** The API worker under the primary `pid`: its one Node child. */
export function workerOf(pid: number): number | null {
  try {
    for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) {
      if (path.basename(readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0')[0]) !== 'java') return Number(child);
    }
  } catch {
    // gone
  }
  return null;
}

/** The table `npm run abuse` prints. */
export function formatTable(rows: TableRow[]): string {
  const lines = [
    '| case | status | code | latency ms | cheap query meanwhile, slowest ms | peak RSS MB (API) | worker restarts | as expected |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of rows) {
    const cheap = `${r.cheapMs.toFixed(0)}${r.cheapFailures ? ` (${r.cheapFailures} failed)` : ''}`;
    const ms = Number.isFinite(r.ms) ? r.ms.toFixed(1) : 'never';
    lines.push(`| ${r.name}${r.note ? ` (${r.note})` : ''} | ${r.status} | ${r.code} | ${ms} | ${cheap} | ${r.peakRssMb ?? '–'} | ${r.workerRestarts ?? '–'} | ${r.safe ? 'yes' : 'NO'} |`);
  }
  return lines.join('\n');
}

/** The production build, started here: the embedded default in a temp directory unless NEO4J_URI is set. */
async function startShipped(): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const { API_COMMAND, buildOnce, freePort, startServer } = await import('./measure');
  buildOnce();
  const dataDir = process.env.NEO4J_URI ? null : mkdtempSync(path.join(os.tmpdir(), 'plangraph-abuse-'));
  const env: Record<string, string> = { NODE_ENV: 'production', LOG_LEVEL: 'warn', API_TOKENS: process.env.API_TOKENS ?? '' };
  if (dataDir) Object.assign(env, { NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()), SEED_ON_START: 'true' });
  console.error(dataDir ? `starting the production build with its embedded Neo4j in ${dataDir} (first start seeds the plan)…` : `starting the production build against ${process.env.NEO4J_URI}…`);
  // A first start fetches nothing but starts Neo4j and seeds the plan: minutes on a busy machine.
  const started = await startServer(API_COMMAND, env, undefined, 600_000).catch((error: unknown) => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  return {
    url: started.url.replace(/\/graphql$/, ''),
    pid: started.child.pid!,
    async stop() {
      await started.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { url: { type: 'string' } } });
  const local = values.url ? null : await startShipped();
  const url = (values.url ?? local!.url).replace(/\/$/, '');
  try {
    await untilServing(url, 120_000);
    const baseline = (await post(url, cheapQuery)).ms;
    const rss = local ? () => nodeTreeRss(local.pid) : undefined;
    const target: Target = { url, workerPid: local ? () => workerOf(local.pid) : undefined };
    const rows: TableRow[] = [];
    for (const attack of ATTACKS) {
      let peak = rss?.() ?? 0;
      const result = await runAttack(url, attack);
      peak = Math.max(peak, rss?.() ?? 0);
      rows.push({ ...result, cheapFailures: 0, peakRssMb: rss ? Math.round(peak / 1048576) : null, workerRestarts: null });
    }
    for (const scenario of SCENARIOS) {
      if (scenario.needsLocal && !local) continue;
      console.error(`running: ${scenario.name}…`);
      // A case that crashed the worker must not spoil the next: wait for the service first.
      await untilServing(url, 60_000).catch(() => undefined);
      rows.push(await runScenario(target, scenario, rss));
    }
    console.log(`PlanGraph at ${url}${local ? ' (the production build, started here)' : ''}; a cheap query alone: ${baseline.toFixed(1)} ms\n`);
    console.log(formatTable(rows));
    return rows.every((r) => r.safe) ? 0 : 1;
  } finally {
    await local?.stop();
  }
}

if (require.main === module) {
  main().then((code) => process.exit(code), (error: Error) => {
    console.error(`abuse: ${error.message}`);
    process.exit(2);
  });
}

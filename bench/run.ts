/**
 * `npm run bench -- [--nodes 30000] [--iterations 30] [--load-seconds 20]`: one run that loads synthetic plans
 * next to the real one and measures the flagship questions through PlanGraph's GraphQL API over HTTP and as
 * hand-written Cypher through neo4j-driver (the floor), then throughput under load (autocannon, 50
 * connections). Prints a Markdown table; figures are ratios measured in this one run.
 */
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { loadPlanGraphFromDisk } from '../seed/build';
import { loadPlanGraph, loadPlanGraphs } from '../seed/load';
import { runCli } from '../src/cli/run';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/connect';
import { SEARCH_INDEX } from '../src/db/schema';
import { createLogger } from '../src/logger';
import { toLuceneQuery } from '../src/search/search.query';
import { buildApp } from '../src/server';
import { DEFAULT_GENERATOR, generatePlan } from './generator';

interface Question {
  name: string;
  graphql: string;
  cypher: string;
  params?: Record<string, unknown>;
}

const QUESTIONS: Question[] = [
  {
    name: 'ownerless binding indicators (first 100)',
    graphql: '{ indicators(filter: {attribute: BINDING, hasOwner: false, source: [TABLE, TEXT, API]}, first: 100) { totalCount edges { node { id name } } } }',
    cypher: `MATCH (n:Indicator) WHERE n.attribute = 'BINDING' AND NOT EXISTS { (n)-[:OWNED_BY]->(:Agency) }
             WITH count(n) AS total MATCH (n:Indicator) WHERE n.attribute = 'BINDING' AND NOT EXISTS { (n)-[:OWNED_BY]->(:Agency) }
             RETURN total, n.id, n.name ORDER BY n.ord, n.id LIMIT 100`,
  },
  {
    name: '100 indicators with owners and goals',
    graphql: '{ indicators(first: 100, filter: {source: [TABLE, TEXT, API]}) { totalCount edges { node { id name target { raw value } ownedBy { id name } measures { id name } } } } }',
    cypher: `MATCH (n:Indicator) WITH n ORDER BY n.ord, n.id LIMIT 100
             RETURN n.id, n.name, n.targetRaw, n.targetValue, [(n)-[:OWNED_BY]->(a:Agency) | {id: a.id, name: a.name}] AS owners,
                    [(n)-[:MEASURES]->(g:Goal) | {id: g.id, name: g.name}] AS goals`,
  },
  {
    name: 'search 特种设备 (first 20)',
    graphql: '{ search(query: "特种设备", first: 20) { score kind node { id } } }',
    cypher: `CALL db.index.fulltext.queryNodes($index, $q, {limit: 60}) YIELD node, score RETURN node.id, score ORDER BY score DESC LIMIT 20`,
    params: { index: SEARCH_INDEX, q: toLuceneQuery('特种设备') },
  },
  {
    name: 'impact of a law at depth 4',
    graphql: '{ impact(of: "Law:special-equipment-safety-law", maxDepth: 4) { affected { distance node { id } path { id } } } }',
    cypher: `MATCH (s:Entity {id: 'Law:special-equipment-safety-law'})
             MATCH p = (s)-[rels:BASED_ON|OWNED_BY|INVOLVES|PART_OF|MOVES|SUPPORTS|MEASURES|CORRESPONDS_TO*1..4]-(n)
             WHERE n <> s AND NOT n:Plan AND all(i IN range(0, size(rels) - 1) WHERE
               (type(rels[i]) IN ['BASED_ON', 'OWNED_BY', 'INVOLVES', 'PART_OF'] AND endNode(rels[i]) = nodes(p)[i]) OR
               (type(rels[i]) IN ['MOVES', 'SUPPORTS', 'MEASURES', 'CORRESPONDS_TO'] AND startNode(rels[i]) = nodes(p)[i]))
             WITH n, p ORDER BY length(p) WITH n, head(collect(p)) AS shortest RETURN n.id, [x IN nodes(shortest) | x.id]`,
  },
  {
    name: 'mid-term review as of 2023',
    graphql: '{ midTermReview(asOf: 2023, plan: "Plan:lps-msm-14") { indicators { indicator { id } status latest { year value } } } }',
    cypher: `MATCH (i:Indicator) WHERE i.source = 'TABLE' AND i.planId = 'lps-msm-14' OPTIONAL MATCH (i)-[:HAS_MEASUREMENT]->(m:Measurement) WHERE m.year <= 2023
             WITH i, m ORDER BY m.year WITH i, collect(m) AS ms RETURN i.id, i.targetValue, i.baselineValue, [x IN ms | [x.year, x.value]] ORDER BY i.ord`,
  },
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function time(iterations: number, work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await work(); // warm-up: plans cached, JIT warm
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await work();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function run(): Promise<number> {
  const { values } = parseArgs({ options: { nodes: { type: 'string', default: '30000' }, iterations: { type: 'string', default: '30' }, 'load-seconds': { type: 'string', default: '20' } } });
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    NEO4J_DATA_DIR: process.env.NEO4J_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'plangraph-bench-')),
    NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT ?? '0',
    MAX_QUERY_COST: '1000000',
  });
  const log = createLogger('silent');
  const database = await connectDatabase(config, log);
  const { db } = database;
  const rawDriver = neo4j.driver(database.uri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), { disableLosslessIntegers: true });
  let server: Server | undefined;
  try {
    const template = loadPlanGraphFromDisk(path.join(__dirname, '../seed/plans/lps-msm-14'));
    await loadPlanGraph(db, template);
    const target = Number(values.nodes);
    const perPlan = generatePlan(template, 0, DEFAULT_GENERATOR).nodes.length;
    const plans = Math.max(0, Math.ceil(target / perPlan));
    const loadStarted = performance.now();
    let written = 0;
    for (let k = 0; k < plans; k += 20) {
      const graphs = Array.from({ length: Math.min(20, plans - k) }, (_, i) => generatePlan(template, k + i, DEFAULT_GENERATOR));
      await loadPlanGraphs(db, graphs, { applySchema: false, replace: false });
      written += graphs.reduce((s, g) => s + g.nodes.length, 0);
    }
    const importRate = written / ((performance.now() - loadStarted) / 1000);
    const [{ nodes, edges }] = await db.read<{ nodes: number; edges: number }>({ cypher: 'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS edges' });
    const { app, apollo } = await buildApp({ db, config, log });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const post = async (query: string) => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const body = (await res.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
    };
    const iterations = Number(values.iterations);
    const lines = [
      `Graph: ${nodes} entity nodes, ${edges} edges (${plans} synthetic plans + the real one). Import: ${Math.round(importRate)} nodes/s through the loader.`,
      '',
      '| question | API p50 ms | API p95 ms | raw Cypher p50 ms | raw p95 ms | API / raw (p50) |',
      '| --- | --- | --- | --- | --- | --- |',
    ];
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
    for (const q of QUESTIONS) {
      const api = await time(iterations, () => post(q.graphql));
      const raw = await time(iterations, () => rawDriver.executeQuery(q.cypher, q.params ?? {}, { routing: neo4j.routing.READ, database: config.NEO4J_DATABASE }));
      lines.push(`| ${q.name} | ${api.p50.toFixed(1)} | ${api.p95.toFixed(1)} | ${raw.p50.toFixed(1)} | ${raw.p95.toFixed(1)} | ${(api.p50 / raw.p50).toFixed(2)} |`);
      console.error(`measured: ${q.name}`);
    }
    const seconds = Number(values['load-seconds']);
    const load = await autocannon({
      url,
      connections: 50,
      duration: seconds,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUESTIONS[0].graphql }),
    });
    clearInterval(sampler);
    lines.push('', `Load (autocannon, 50 connections, ${seconds} s, ownerless-binding question): ${Math.round(load.requests.average)} req/s average, p50 ${load.latency.p50} ms, p97.5 ${load.latency.p97_5} ms, ${load.errors} errors, ${load.non2xx} non-2xx.`);
    lines.push(`Peak RSS of the benchmark process (API in-process, Neo4j in its own JVM): ${Math.round(peakRss / 1024 / 1024)} MB.`);
    console.log(lines.join('\n'));
    const httpServer = server;
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    httpServer.closeAllConnections();
    await closed;
    await apollo.stop();
  } finally {
    server?.close();
    await rawDriver.close();
    await database.close();
  }
  return 0;
}

runCli('bench', run);

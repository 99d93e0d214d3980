/**
 * The flagship questions, each asked three ways on the same data: PlanGraph's GraphQL API, hand-written Cypher
 * through neo4j-driver (the floor), and `@neo4j/graphql`'s generated API. `answer` reduces each way's response to
 * the same comparable form, so the benchmark first checks that all three give the same answer.
 */
import { reviewIndicator } from '../src/review/review.service';
import type { IndicatorModel } from '../src/indicator/indicator.model';
import { SEARCH_INDEX } from '../src/db/schema';
import { toLuceneQuery } from '../src/search/search.query';
import { KIND_WEIGHT } from '../src/search/search.repository';

/** The impact walk as hand-written Cypher (directions as PlanGraph documents them), one row per affected node. */
export const IMPACT_CYPHER = `MATCH (s:Entity {id: $source})
MATCH p = (s)((a)-[r:BASED_ON|OWNED_BY|INVOLVES|PART_OF|MOVES|SUPPORTS|MEASURES|CORRESPONDS_TO]-(b)
  WHERE (type(r) IN ['BASED_ON', 'OWNED_BY', 'INVOLVES', 'PART_OF'] AND endNode(r) = a) OR
        (type(r) IN ['MOVES', 'SUPPORTS', 'MEASURES', 'CORRESPONDS_TO'] AND startNode(r) = a)){1,4}(n)
WHERE n <> s AND NOT n:Plan
WITH n, min(length(p)) AS distance
RETURN {id: n.id, distance: distance} AS row`;

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Question {
  name: string;
  api: string;
  cypher: string;
  params: Record<string, unknown>;
  alternative: string;
  /** Each way's response reduced to one comparable string. */
  answer: { api: (data: Json) => string; raw: (rows: Json[]) => string; alternative: (data: Json) => string };
}

export interface QuestionSettings {
  lawId: string;
  planKey: string;
  asOf: number;
}

const ids = (list: { id: string }[]) => list.map((x) => x.id).join(',');
const sortedIds = (list: { id: string }[]) => list.map((x) => x.id).sort().join(',');

/** Review statuses from a list of indicators with their measurements, computed the way PlanGraph does. */
function statuses(rows: { id: string; values: { year: number; value: number }[]; indicator: Record<string, unknown> }[], asOf: number): string {
  return rows.map((r) => `${r.id}:${reviewIndicator({ targetYear: null, baselineYear: null, baselineValue: null, ...r.indicator } as IndicatorModel, r.values, asOf).status}`).sort().join(',');
}

export function flagshipQuestions({ lawId, planKey, asOf }: QuestionSettings): Question[] {
  return [
    {
      name: 'ownerless binding indicators (first 100, with total)',
      api: '{ indicators(filter: {attribute: BINDING, hasOwner: false, source: [TABLE, TEXT, API]}, first: 100) { totalCount edges { node { id name } } } }',
      cypher: `CALL { MATCH (n:Indicator) WHERE n.attribute = 'BINDING' AND NOT EXISTS { (n)-[:OWNED_BY]->() } RETURN count(n) AS total }
               CALL { MATCH (n:Indicator) WHERE n.ord IS NOT NULL AND n.attribute = 'BINDING' AND NOT EXISTS { (n)-[:OWNED_BY]->() }
                      WITH n ORDER BY n.ord, n.id LIMIT 100 RETURN collect({id: n.id, name: n.name}) AS nodes }
               RETURN total, nodes`,
      params: {},
      // `ownedBy: {none: {}}` and `NOT: {ownedBy: {some: {}}}` are silently dropped by the library (an empty filter
      // is no filter) and count every binding indicator; the aggregate filter is the form that answers correctly.
      alternative: '{ indicatorsConnection(first: 100, where: {attribute: {eq: "BINDING"}, ownedByAggregate: {count: {eq: 0}}}, sort: [{ord: ASC}, {id: ASC}]) { totalCount edges { node { id name } } } }',
      answer: {
        api: (d) => `${d.indicators.totalCount}|${ids(d.indicators.edges.map((e: Json) => e.node))}`,
        raw: (rows) => `${rows[0].total}|${ids(rows[0].nodes)}`,
        alternative: (d) => `${d.indicatorsConnection.totalCount}|${ids(d.indicatorsConnection.edges.map((e: Json) => e.node))}`,
      },
    },
    {
      name: '100 indicators with owners and goals (with total)',
      api: '{ indicators(first: 100, filter: {source: [TABLE, TEXT, API]}) { totalCount edges { node { id name target { raw value } ownedBy { id name } measures { id name } } } } }',
      cypher: `MATCH (n:Indicator) WITH count(n) AS total
               MATCH (n:Indicator) WHERE n.ord IS NOT NULL WITH total, n ORDER BY n.ord, n.id LIMIT 100
               RETURN total, n.id AS id, n.name AS name, n.targetRaw AS raw, n.targetValue AS value,
                      [(n)-[:OWNED_BY]->(a:Agency) | {id: a.id, name: a.name}] AS owners,
                      [(n)-[:MEASURES]->(g:Goal) | {id: g.id, name: g.name}] AS goals`,
      params: {},
      // The connection form (edges + totalCount) collects every indicator before sorting and exceeds Neo4j's
      // transaction memory at a million nodes; a list with a separate count is the library's workable form.
      alternative: '{ indicators(limit: 100, sort: [{ord: ASC}, {id: ASC}]) { id name targetRaw targetValue ownedBy { id name } measures { id name } } indicatorsConnection { totalCount } }',
      answer: {
        api: (d) => `${d.indicators.totalCount}|${d.indicators.edges.map((e: Json) => `${e.node.id}[${sortedIds(e.node.ownedBy)}][${sortedIds(e.node.measures)}]`).join(',')}`,
        raw: (rows) => `${rows[0]?.total}|${rows.map((r) => `${r.id}[${sortedIds(r.owners)}][${sortedIds(r.goals)}]`).join(',')}`,
        alternative: (d) => `${d.indicatorsConnection.totalCount}|${d.indicators.map((n: Json) => `${n.id}[${sortedIds(n.ownedBy)}][${sortedIds(n.measures)}]`).join(',')}`,
      },
    },
    {
      name: 'search 特种设备 (first 20)',
      api: '{ search(query: "特种设备", first: 20) { score node { id } } }',
      cypher: `CALL db.index.fulltext.queryNodes($index, $q, {limit: 60}) YIELD node, score
               WITH node, score * coalesce($weights[[l IN labels(node) WHERE l IN keys($weights)][0]], 1.0) AS weighted
               RETURN node.id AS id, node.name AS name, weighted ORDER BY weighted DESC, id LIMIT 20`,
      params: { index: SEARCH_INDEX, q: toLuceneQuery('特种设备'), weights: KIND_WEIGHT },
      alternative: `{ searchEntities(query: ${JSON.stringify(toLuceneQuery('特种设备'))}, first: 20) { id score } }`,
      // All three re-rank by kind (indicators and goals first), so the hits agree in order.
      answer: {
        api: (d) => ids(d.search.map((h: Json) => h.node)),
        raw: (rows) => ids(rows),
        alternative: (d) => ids(d.searchEntities),
      },
    },
    {
      name: 'impact of a shared law at depth 4',
      api: `{ impact(of: "${lawId}", maxDepth: 4) { affected { distance node { id } } } }`,
      cypher: IMPACT_CYPHER,
      params: { source: lawId },
      alternative: `{ impactOf(id: "${lawId}") { id distance } }`,
      answer: {
        api: (d) => d.impact.affected.map((a: Json) => `${a.node.id}@${a.distance}`).sort().join(','),
        raw: (rows) => rows.map((r) => `${r.row.id}@${r.row.distance}`).sort().join(','),
        alternative: (d) => d.impactOf.map((a: Json) => `${a.id}@${a.distance}`).sort().join(','),
      },
    },
    {
      name: `mid-term review of one plan as of ${asOf}`,
      api: `{ midTermReview(asOf: ${asOf}, plan: "Plan:${planKey}") { indicators { indicator { id } status latest { year value } } } }`,
      cypher: `MATCH (i:Indicator) WHERE i.planId = $plan AND i.ord IS NOT NULL AND i.source = 'TABLE'
               OPTIONAL MATCH (i)-[:HAS_MEASUREMENT]->(m:Measurement) WHERE m.year <= $asOf
               WITH i, m ORDER BY m.year WITH i, collect(m) AS ms
               RETURN i.id AS id, i {.targetValue, .targetComparator, .targetKind, .targetYear, .attribute, .baselineValue, .baselineYear} AS indicator,
                      [x IN ms | {year: x.year, value: x.value}] AS values ORDER BY i.ord`,
      params: { plan: planKey, asOf },
      alternative: `{ indicators(where: {planId: {eq: "${planKey}"}, source: {eq: "TABLE"}}, sort: [{ord: ASC}]) { id targetValue targetComparator targetKind targetYear attribute baselineValue baselineYear measurements(where: {year: {lte: ${asOf}}}, sort: [{year: ASC}]) { year value } } }`,
      answer: {
        api: (d) => d.midTermReview.indicators.map((r: Json) => `${r.indicator.id}:${r.status}`).sort().join(','),
        raw: (rows) => statuses(rows, asOf),
        alternative: (d) => statuses(d.indicators.map((i: Json) => ({ id: i.id, values: i.measurements, indicator: i })), asOf),
      },
    },
  ];
}

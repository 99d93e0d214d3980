/**
 * The flagship questions, each asked three ways on the same data: PlanGraph's GraphQL API, hand-written Cypher
 * through neo4j-driver (the floor), and `@neo4j/graphql`'s generated API, each built from drawn arguments (see
 * workload.ts). `answer` reduces each way's response to the same comparable form, so the benchmark first checks
 * that all three give the same answer.
 */
import { reviewIndicator } from '../src/review/review.service';
import type { IndicatorModel } from '../src/indicator/indicator.model';
import { SEARCH_INDEX } from '../src/db/schema';
import { planSearch } from '../src/search/search.query';
import { SEARCH_CYPHER, searchParams } from '../src/search/search.repository';
import { encodeCursor } from '../src/shared/connection';

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
  kind: QuestionKind;
  name: string;
  /** The drawn arguments, for messages and the report. */
  args: string;
  /** PlanGraph's query: one document per question, the drawn arguments in `variables`, as its clients send them. */
  api: string;
  variables: Record<string, unknown>;
  cypher: string;
  params: Record<string, unknown>;
  alternative: string;
  /** Each way's response reduced to one comparable string. */
  answer: { api: (data: Json) => string; raw: (rows: Json[]) => string; alternative: (data: Json) => string };
}

/** The five flagship questions, in report order. */
export const QUESTION_KINDS = ['filter', 'page', 'search', 'impact', 'review'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Each question's name in the report, with the arguments that vary left out. */
export const QUESTION_NAMES: Record<QuestionKind, string> = {
  filter: 'indicators by attribute and owner (first 100, with total)',
  page: 'a deep page of 100 indicators with owners and goals (with total)',
  search: 'search an indicator word (first 20)',
  impact: 'impact of a law or agency at depth 4',
  review: 'mid-term review of one plan as of a year',
};

/** One drawing of every question's arguments. */
export interface QuestionArgs {
  filter: { attribute: 'BINDING' | 'EXPECTED'; hasOwner: boolean };
  /** The page starts after this row of the indicator list in (ord, id) order; `position` is its offset. */
  page: { position: number; after: [number, string] | null };
  search: { term: string };
  impact: { source: string };
  review: { planKey: string; asOf: number };
}

const ids = (list: { id: string }[]) => list.map((x) => x.id).join(',');
const sortedIds = (list: { id: string }[]) => list.map((x) => x.id).sort().join(',');

/** Review statuses from a list of indicators with their measurements, computed the way PlanGraph does. */
function statuses(rows: { id: string; values: { year: number; value: number }[]; indicator: Record<string, unknown> }[], asOf: number): string {
  return rows.map((r) => `${r.id}:${reviewIndicator({ targetYear: null, baselineYear: null, baselineValue: null, ...r.indicator } as IndicatorModel, r.values, asOf).status}`).sort().join(',');
}

const ANY_SOURCE = '[TABLE, TEXT, API]';

/** One flagship question with drawn arguments, asked three ways. */
export function buildQuestion<K extends QuestionKind>(kind: K, args: QuestionArgs[K]): Question {
  const built = BUILDERS[kind](args);
  return { kind, name: QUESTION_NAMES[kind], ...built };
}

type Built = Omit<Question, 'kind' | 'name'>;

const BUILDERS: { [K in QuestionKind]: (args: QuestionArgs[K]) => Built } = {
  filter: ({ attribute, hasOwner }) => ({
    args: `${attribute}, ${hasOwner ? 'with' : 'without'} owner`,
    api: `query Filter($attribute: IndicatorAttribute!, $hasOwner: Boolean!) { indicators(filter: {attribute: $attribute, hasOwner: $hasOwner, source: ${ANY_SOURCE}}, first: 100) { totalCount edges { node { id name } } } }`,
    variables: { attribute, hasOwner },
    cypher: `CALL { MATCH (n:Indicator) WHERE n.attribute = $attribute AND ${hasOwner ? '' : 'NOT '}EXISTS { (n)-[:OWNED_BY]->() } RETURN count(n) AS total }
             CALL { MATCH (n:Indicator) WHERE n.ord IS NOT NULL AND n.attribute = $attribute AND ${hasOwner ? '' : 'NOT '}EXISTS { (n)-[:OWNED_BY]->() }
                    WITH n ORDER BY n.ord, n.id LIMIT 100 RETURN collect({id: n.id, name: n.name}) AS nodes }
             RETURN total, nodes`,
    params: { attribute },
    // `ownedBy: {none: {}}` and `NOT: {ownedBy: {some: {}}}` are silently dropped by the library (an empty filter
    // is no filter) and count every indicator of the attribute; the aggregate filter is the form that answers correctly.
    alternative: `{ indicatorsConnection(first: 100, where: {attribute: {eq: "${attribute}"}, ownedByAggregate: {count: {${hasOwner ? 'gt' : 'eq'}: 0}}}, sort: [{ord: ASC}, {id: ASC}]) { totalCount edges { node { id name } } } }`,
    answer: {
      api: (d) => `${d.indicators.totalCount}|${ids(d.indicators.edges.map((e: Json) => e.node))}`,
      raw: (rows) => `${rows[0].total}|${ids(rows[0].nodes)}`,
      alternative: (d) => `${d.indicatorsConnection.totalCount}|${ids(d.indicatorsConnection.edges.map((e: Json) => e.node))}`,
    },
  }),
  // Each way reaches the page the way its clients would: PlanGraph through the Relay cursor it issues for the row
  // before the page, raw Cypher by keyset on (ord, id) from that row, @neo4j/graphql by offset (its connection
  // form, whose cursors are offsets too, collects every indicator before sorting and exceeds Neo4j's transaction
  // memory at a million nodes; a list with a separate count is the library's workable form).
  page: ({ position, after }) => ({
    args: `rows ${position + 1}–${position + 100}`,
    api: `query Page($after: String) { indicators(first: 100, after: $after, filter: {source: ${ANY_SOURCE}}) { totalCount edges { node { id name target { raw value } ownedBy { id name } measures { id name } } } } }`,
    variables: { after: after ? encodeCursor(after) : null },
    cypher: `MATCH (n:Indicator) WITH count(n) AS total
             MATCH (n:Indicator) WHERE n.ord >= $ord AND (n.ord > $ord OR n.id > $id) WITH total, n ORDER BY n.ord, n.id LIMIT 100
             RETURN total, n.id AS id, n.name AS name, n.targetRaw AS raw, n.targetValue AS value,
                    [(n)-[:OWNED_BY]->(a:Agency) | {id: a.id, name: a.name}] AS owners,
                    [(n)-[:MEASURES]->(g:Goal) | {id: g.id, name: g.name}] AS goals`,
    params: after ? { ord: after[0], id: after[1] } : { ord: -Infinity, id: '' },
    alternative: `{ indicators(limit: 100, offset: ${position}, sort: [{ord: ASC}, {id: ASC}]) { id name targetRaw targetValue ownedBy { id name } measures { id name } } indicatorsConnection { totalCount } }`,
    answer: {
      api: (d) => `${d.indicators.totalCount}|${d.indicators.edges.map((e: Json) => `${e.node.id}[${sortedIds(e.node.ownedBy)}][${sortedIds(e.node.measures)}]`).join(',')}`,
      raw: (rows) => `${rows[0]?.total}|${rows.map((r) => `${r.id}[${sortedIds(r.owners)}][${sortedIds(r.goals)}]`).join(',')}`,
      alternative: (d) => `${d.indicatorsConnection.totalCount}|${d.indicators.map((n: Json) => `${n.id}[${sortedIds(n.ownedBy)}][${sortedIds(n.measures)}]`).join(',')}`,
    },
  }),
  search: ({ term }) => {
    const plan = planSearch(term);
    if (!plan) throw new Error(`nothing searchable in ${JSON.stringify(term)}`);
    const literal = (v: unknown) => JSON.stringify(v);
    return {
      args: term,
      api: 'query Search($query: String!) { search(query: $query, first: 20) { score node { id } } }',
      variables: { query: term },
      // The same one statement PlanGraph runs (its three tiers need the query planned by src/search first).
      cypher: SEARCH_CYPHER,
      params: searchParams(plan, 20),
      alternative: `{ searchEntities(numbers: ${literal(plan.numbers)}, codes: ${literal(plan.codes)}, ids: ${literal(plan.id ? [plan.id] : [])}, words: ${literal(plan.words ? [plan.words] : [])}, fragments: ${literal(plan.fragments ? [plan.fragments] : [])}, exact: ${literal(plan.exactName)}, first: 20) { id score } }`,
      // All three rank by tier, then by kind-weighted relevance, so the hits agree in order.
      answer: {
        api: (d) => ids(d.search.map((h: Json) => h.node)),
        raw: (rows) => ids(rows.map((r) => r.props as { id: string })),
        alternative: (d) => ids(d.searchEntities),
      },
    };
  },
  impact: ({ source }) => ({
    args: source,
    api: 'query Impact($of: ID!) { impact(of: $of, maxDepth: 4) { affected { distance node { id } } } }',
    variables: { of: source },
    cypher: IMPACT_CYPHER,
    params: { source },
    alternative: `{ impactOf(id: ${JSON.stringify(source)}) { id distance } }`,
    answer: {
      api: (d) => d.impact.affected.map((a: Json) => `${a.node.id}@${a.distance}`).sort().join(','),
      raw: (rows) => rows.map((r) => `${r.row.id}@${r.row.distance}`).sort().join(','),
      alternative: (d) => d.impactOf.map((a: Json) => `${a.id}@${a.distance}`).sort().join(','),
    },
  }),
  review: ({ planKey, asOf }) => ({
    args: `${planKey} as of ${asOf}`,
    api: 'query Review($asOf: Int!, $plan: ID!) { midTermReview(asOf: $asOf, plan: $plan) { indicators { indicator { id } status latest { year value } } } }',
    variables: { asOf, plan: `Plan:${planKey}` },
    cypher: `MATCH (i:Indicator) WHERE i.planId = $plan AND i.ord IS NOT NULL AND i.source = 'TABLE'
             OPTIONAL MATCH (i)-[:HAS_MEASUREMENT]->(m:Measurement) WHERE m.year <= $asOf
             WITH i, m ORDER BY m.year WITH i, collect(m) AS ms
             RETURN i.id AS id, i {.targetValue, .targetComparator, .targetKind, .targetYear, .attribute, .baselineValue, .baselineYear} AS indicator,
                    [x IN ms | {year: x.year, value: x.value}] AS values ORDER BY i.ord`,
    params: { plan: planKey, asOf },
    alternative: `{ indicators(where: {planId: {eq: ${JSON.stringify(planKey)}}, source: {eq: "TABLE"}}, sort: [{ord: ASC}]) { id targetValue targetComparator targetKind targetYear attribute baselineValue baselineYear measurements(where: {year: {lte: ${asOf}}}, sort: [{year: ASC}]) { year value } } }`,
    answer: {
      api: (d) => d.midTermReview.indicators.map((r: Json) => `${r.indicator.id}:${r.status}`).sort().join(','),
      raw: (rows) => statuses(rows, asOf),
      alternative: (d) => statuses(d.indicators.map((i: Json) => ({ id: i.id, values: i.measurements, indicator: i })), asOf),
    },
  }),
};

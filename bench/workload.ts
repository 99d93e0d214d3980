/**
 * The varied workload: each flagship question's arguments drawn from the loaded data by a seeded PRNG, so every
 * run with the same seed and data asks the same questions in the same order, and the read cache cannot answer
 * a question merely because it was asked a moment ago.
 */
import type { GraphGateway } from '../src/db/gateway';
import type { PlanGraphData } from '../src/graph/graph';
import { prng } from './generator';
import { buildQuestion, QUESTION_KINDS, type Question, type QuestionArgs, type QuestionKind } from './questions';

/** What the draws choose from, read from the loaded database once. */
export interface WorkloadData {
  /** Every indicator of the paged list in (ord, id) order: a page's cursor is the row before it. */
  listKeys: [number, string][];
  /** Words of the real plan's indicator names. */
  searchTerms: string[];
  /** Laws and agencies that something is based on or owned by, with at most MAX_IMPACT_DEGREE such edges. */
  impactSources: string[];
  /** Plans with figures recorded. */
  reviewPlans: string[];
}

/** Impact sources are drawn among laws and agencies of moderate reach: the hub bureaus own thousands of nodes each. */
const MAX_IMPACT_DEGREE = 60;
const REVIEW_YEARS = [2021, 2022, 2023, 2024, 2025];
const PAGE = 100;

/** Reads what the draws choose from (a few seconds at a million nodes: the list's keys are most of it). */
export async function readWorkloadData(db: GraphGateway, template: PlanGraphData, reviewPlans: string[]): Promise<WorkloadData> {
  const list = await db.read<{ ord: number; id: string }>({ cypher: 'MATCH (n:Indicator) WHERE n.ord IS NOT NULL RETURN n.ord AS ord, n.id AS id ORDER BY ord, id' });
  const sources = await db.read<{ id: string }>({
    cypher: `MATCH (s:Law|Agency) WITH s, COUNT { (s)<-[:BASED_ON|OWNED_BY]-() } AS uses
             WHERE uses >= 1 AND uses <= $max RETURN s.id AS id ORDER BY id`,
    params: { max: MAX_IMPACT_DEGREE },
  });
  return {
    listKeys: list.map((r) => [r.ord, r.id]),
    searchTerms: indicatorWords(template),
    impactSources: sources.map((s) => s.id),
    reviewPlans,
  };
}

/** Words for search: the leading four characters of each part of the real plan's indicator names (parts split at punctuation and conjunctions). */
export function indicatorWords(template: PlanGraphData): string[] {
  const words = new Set<string>();
  for (const node of template.nodes) {
    if (node.label !== 'Indicator' || typeof node.props.name !== 'string') continue;
    for (const part of node.props.name.replace(/[（(][^）)]*[）)]/g, '').split(/[、，,；;：:和及与或的\s]+/)) {
      if (part.length >= 2) words.add(part.slice(0, 4));
    }
  }
  return [...words].sort();
}

/**
 * The first `count` draws of every question, deterministic in (seed, data): draw i of a kind is the same in every
 * run, so the timed rounds, the answer checks and the load test's bodies agree.
 */
export function drawArgs(data: WorkloadData, seed: number, count: number): { [K in QuestionKind]: QuestionArgs[K][] } {
  const streams = Object.fromEntries(QUESTION_KINDS.map((kind, k) => [kind, prng(seed * 7919 + k + 1)])) as Record<QuestionKind, () => number>;
  const pick = <T>(random: () => number, list: readonly T[]): T => {
    if (list.length === 0) throw new Error('the workload has nothing to draw from: is the database filled?');
    return list[Math.floor(random() * list.length)];
  };
  const pages = Math.max(1, Math.floor(data.listKeys.length / PAGE));
  const times = <T>(draw: () => T) => Array.from({ length: count }, draw);
  return {
    filter: times(() => ({ attribute: pick(streams.filter, ['BINDING', 'EXPECTED'] as const), hasOwner: streams.filter() < 0.5 })),
    page: times(() => {
      // A page deep in the list: any page but the first, reached from the row before it.
      const position = PAGE * (1 + Math.floor(streams.page() * Math.max(1, pages - 1)));
      return { position, after: data.listKeys[Math.min(position, data.listKeys.length) - 1] ?? null };
    }),
    search: times(() => ({ term: pick(streams.search, data.searchTerms) })),
    impact: times(() => ({ source: pick(streams.impact, data.impactSources) })),
    review: times(() => ({ planKey: pick(streams.review, data.reviewPlans), asOf: pick(streams.review, REVIEW_YEARS) })),
  };
}

/** Draws as questions, kind by kind. */
export function drawQuestions(data: WorkloadData, seed: number, count: number): Record<QuestionKind, Question[]> {
  const args = drawArgs(data, seed, count);
  return {
    filter: args.filter.map((a) => buildQuestion('filter', a)),
    page: args.page.map((a) => buildQuestion('page', a)),
    search: args.search.map((a) => buildQuestion('search', a)),
    impact: args.impact.map((a) => buildQuestion('impact', a)),
    review: args.review.map((a) => buildQuestion('review', a)),
  };
}

/** The distinct questions of a list (same arguments, same question), first appearance first. */
export function distinct(questions: Question[]): Question[] {
  const seen = new Map<string, Question>();
  for (const q of questions) {
    const key = `${q.api}|${JSON.stringify(q.variables)}`;
    if (!seen.has(key)) seen.set(key, q);
  }
  return [...seen.values()];
}

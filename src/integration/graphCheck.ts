// One validator for every write of nodes and edges: importGraph (API and CLI), the upserts, link, and the plan
// loader (npm run plan:import, the seed). The rules: labels from the closed list, ids well formed and matching
// their label, required properties present, storable values, which edge joins which labels, no PART_OF cycle
// (against what is stored too), no id or edge twice. It names every offence; callers refuse the write whole.
import { BadUserInputError } from '../errors';
import { EDGE_ENDPOINTS, NODE_LABELS } from '../graph/graph';
import { isPlanScoped, parseId } from '../graph/ids';

/** Labels a write may give a node: the entities', and the measurements' (an export carries them). */
export const WRITABLE_LABELS = [...NODE_LABELS, 'Measurement'] as const;
export type WritableLabel = (typeof WRITABLE_LABELS)[number];

/** Which labels each edge joins, from → to: the graph's, plus an indicator's measurements. */
export const WRITABLE_EDGE_ENDPOINTS: Record<string, [readonly WritableLabel[], readonly WritableLabel[]]> = {
  ...EDGE_ENDPOINTS,
  HAS_MEASUREMENT: [['Indicator'], ['Measurement']],
};
export const WRITABLE_EDGE_TYPES = Object.keys(WRITABLE_EDGE_ENDPOINTS);

/** A node as a write would store it: its labels, its key (an entity's id, a measurement's key) and its properties. */
export interface CandidateNode {
  labels: readonly string[];
  key: string;
  props: Record<string, unknown>;
}

/** An edge as a write would store it. */
export interface CandidateEdge {
  type: string;
  from: string;
  to: string;
  props?: Record<string, unknown>;
}

/** What the database already holds that the rules need: labels of the keys involved, PART_OF edges above them. */
export interface StoredFacts {
  labels: ReadonlyMap<string, readonly string[]>;
  partOf: readonly (readonly [string, string])[];
}

export const NO_STORED_FACTS: StoredFacts = { labels: new Map(), partOf: [] };

const ID_SHAPE = /^[A-Z][A-Za-z]+:[\w.\-:]{1,120}$/;
const MAX_KEY = 300;
/** How many offences an error names; the rest are counted. */
export const NAMED_OFFENCES = 20;

const isPrimitive = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/** True for a value Neo4j stores as a property: a primitive, or a list of one kind of primitive. */
function storable(value: unknown): boolean {
  if (isPrimitive(value)) return true;
  if (!Array.isArray(value)) return false;
  const kinds = new Set(value.map((v) => (v === null ? 'null' : typeof v)));
  return !kinds.has('null') && kinds.size <= 1 && value.every(isPrimitive);
}

/** 'a' or 'an' before a label. */
const an = (word: string) => (/^[AEIOU]/.test(word) ? `an ${word}` : `a ${word}`);

const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

/** The offences of one node (empty when it may be stored). */
export function nodeOffences(node: CandidateNode): string[] {
  const out: string[] = [];
  const { key, props } = node;
  const at = `node ${JSON.stringify(key.slice(0, 120))}`;
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY) return [`${at}: a key of 1..${MAX_KEY} characters is required`];
  if (node.labels.length !== 1 || !(WRITABLE_LABELS as readonly string[]).includes(node.labels[0])) {
    return [`${at}: has labels [${node.labels.join(', ')}]; a node has exactly one of ${WRITABLE_LABELS.join(', ')}`];
  }
  const label = node.labels[0] as WritableLabel;
  for (const [name, value] of Object.entries(props)) if (!storable(value)) out.push(`${at}: property ${name} is not a storable value (a string, number, boolean or a list of one of them)`);
  if (label === 'Measurement') {
    if (props.key !== key) out.push(`${at}: property key must be its key`);
    if (!nonEmpty(props.indicatorId)) out.push(`${at}: a measurement needs indicatorId`);
    if (!Number.isInteger(props.year)) out.push(`${at}: a measurement needs an integer year`);
    return out;
  }
  const parsed = ID_SHAPE.test(key) ? parseId(key) : null;
  if (!parsed) return [...out, `${at}: not a PlanGraph id (Kind:key, e.g. Indicator:lps-msm-14:5)`];
  if (parsed.label !== label) out.push(`${at}: ${an(parsed.label)} id cannot be ${an(label)}`);
  if (props.id !== key) out.push(`${at}: property id must be its id (${props.id === undefined ? 'missing' : `is ${JSON.stringify(String(props.id).slice(0, 80))}`})`);
  if (!nonEmpty(props.name)) out.push(`${at}: ${an(label)} needs a name`);
  if (label === 'Plan' && props.key !== parsed.key) out.push(`${at}: property key must be the plan's key (${parsed.key})`);
  if (isPlanScoped(parsed.label)) {
    if (!parsed.code) out.push(`${at}: ${an(label)} id names its plan and code (${label}:<plan>:<code>)`);
    if (props.planId !== parsed.key) out.push(`${at}: property planId must be the plan its id names (${parsed.key})`);
  }
  if (label === 'Indicator') {
    if (!nonEmpty(props.targetRaw)) out.push(`${at}: an indicator needs targetRaw (its target as the plan writes it)`);
    if (!nonEmpty(props.targetKind)) out.push(`${at}: an indicator needs targetKind`);
  }
  return out;
}

/** The one label a stored node has (besides Entity), or null when not stored. */
function storedLabel(labels: readonly string[] | undefined): string | null {
  if (!labels) return null;
  return labels.find((l) => l !== 'Entity') ?? null;
}

/** The PART_OF cycles in a set of edges: each as its ids in order, at most `limit`. */
export function partOfCycles(edges: readonly (readonly [string, string])[], limit = NAMED_OFFENCES): string[][] {
  const next = new Map<string, string[]>();
  for (const [a, b] of edges) {
    if (!next.has(a)) next.set(a, []);
    next.get(a)!.push(b);
  }
  const state = new Map<string, 1 | 2>(); // 1: on the current path, 2: done
  const cycles: string[][] = [];
  for (const start of next.keys()) {
    if (state.has(start) || cycles.length >= limit) continue;
    // Iterative depth-first search: a deep chain must not overflow the stack.
    const path: string[] = [start];
    const iters: number[] = [0];
    state.set(start, 1);
    while (path.length) {
      const node = path[path.length - 1];
      const children = next.get(node) ?? [];
      const i = iters[iters.length - 1]++;
      if (i >= children.length) {
        state.set(node, 2);
        path.pop();
        iters.pop();
        continue;
      }
      const child = children[i];
      const seen = state.get(child);
      if (seen === 1) {
        if (cycles.length < limit) cycles.push([...path.slice(path.indexOf(child)), child]);
      } else if (seen === undefined) {
        state.set(child, 1);
        path.push(child);
        iters.push(0);
      }
    }
  }
  return cycles;
}

/**
 * Every offence of a write of `nodes` and `edges` into a database holding `stored`: empty when it may be
 * stored. Edge ends may be in the write or already stored; a node already stored keeps its label.
 */
export function graphOffences(nodes: readonly CandidateNode[], edges: readonly CandidateEdge[], stored: StoredFacts): string[] {
  const out: string[] = [];
  const labelOf = new Map<string, string>();
  const count = new Map<string, number>();
  for (const node of nodes) count.set(node.key, (count.get(node.key) ?? 0) + 1);
  for (const node of nodes) {
    out.push(...nodeOffences(node));
    if (node.labels.length === 1) labelOf.set(node.key, node.labels[0]);
    const before = storedLabel(stored.labels.get(node.key));
    if (before && node.labels.length === 1 && before !== node.labels[0]) out.push(`node ${JSON.stringify(node.key)}: stored as ${an(before)}; a write may not make it ${an(node.labels[0])}`);
  }
  for (const [key, n] of count) if (n > 1) out.push(`node ${JSON.stringify(key)}: appears ${n} times`);
  const edgeCount = new Map<string, number>();
  const partOf: [string, string][] = [...stored.partOf.map(([a, b]) => [a, b] as [string, string])];
  for (const edge of edges) {
    const at = `edge ${edge.from} -[${edge.type}]-> ${edge.to}`;
    const id = `${edge.from}|${edge.type}|${edge.to}`;
    edgeCount.set(id, (edgeCount.get(id) ?? 0) + 1);
    const ends = WRITABLE_EDGE_ENDPOINTS[edge.type];
    if (!ends) {
      out.push(`${at}: ${edge.type} is not a relation (${WRITABLE_EDGE_TYPES.join(', ')})`);
      continue;
    }
    if (edge.from === edge.to) out.push(`${at}: an edge needs two different nodes`);
    for (const [name, value] of Object.entries(edge.props ?? {})) if (!storable(value)) out.push(`${at}: property ${name} is not a storable value`);
    const fromLabel = labelOf.get(edge.from) ?? storedLabel(stored.labels.get(edge.from));
    const toLabel = labelOf.get(edge.to) ?? storedLabel(stored.labels.get(edge.to));
    const missing = [[edge.from, fromLabel], [edge.to, toLabel]].filter(([, l]) => !l).map(([k]) => k);
    if (missing.length) {
      out.push(`${at}: ${missing.join(' and ')} neither in the write nor stored`);
      continue;
    }
    if (!(ends[0] as readonly string[]).includes(fromLabel!) || !(ends[1] as readonly string[]).includes(toLabel!)) {
      out.push(`${at}: ${edge.type} joins ${ends[0].join('/')} to ${ends[1].join('/')}, not ${fromLabel} to ${toLabel}`);
    }
    if (edge.type === 'PART_OF') partOf.push([edge.from, edge.to]);
  }
  for (const [id, n] of edgeCount) if (n > 1) out.push(`edge ${id.split('|').join(' ')}: appears ${n} times`);
  for (const cycle of partOfCycles(partOf)) out.push(`PART_OF cycle: ${cycle.join(' → ')}`);
  return out;
}

/** Refuses the whole write when it has offences: BAD_USER_INPUT naming them (at most NAMED_OFFENCES), nothing stored. */
export function refuseOffences(offences: readonly string[], what = 'nothing was written'): void {
  if (offences.length === 0) return;
  const named = offences.slice(0, NAMED_OFFENCES).join('; ');
  const more = offences.length > NAMED_OFFENCES ? `; and ${offences.length - NAMED_OFFENCES} more` : '';
  throw new BadUserInputError(`${what}: ${offences.length} offence(s): ${named}${more}`, { argument: 'document', offences: offences.slice(0, NAMED_OFFENCES) });
}

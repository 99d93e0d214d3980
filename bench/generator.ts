import type { GraphEdge, GraphNode, PlanGraphData } from '../src/graph/graph';
import { isPlanScoped, makeId, parseId } from '../src/graph/ids';

/** Deterministic 32-bit PRNG (mulberry32): the same seed gives the same plans on any machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many synthetic plans, and how large the shared pools of agencies and laws are. */
export interface GeneratorOptions {
  plans: number;
  seed: number;
  /** Agencies shared across plans (a province's bureaus): each plan draws its agencies from this pool. */
  agencyPool: number;
  lawPool: number;
  /** Share of indicators given an owner beyond the template's (cities assign some during the period). */
  extraOwnerShare: number;
}

export const DEFAULT_GENERATOR: GeneratorOptions = { plans: 10, seed: 14, agencyPool: 3000, lawPool: 800, extraOwnerShare: 0.3 };

/**
 * Synthetic plans shaped like a real one: plan k copies the template's tasks, indicators, goals and edges
 * (so the counts and distributions are the real plan's), under ids `Kind:syn-<k>:<code>`. Its agencies and
 * laws are drawn from shared pools with a skew toward the first entries, so popular bureaus and laws are
 * shared by many plans, as real ones are; a share of indicators gets an extra owner. Deterministic per
 * (seed, k).
 */
export function generatePlan(template: PlanGraphData, k: number, options: GeneratorOptions): PlanGraphData {
  const random = prng(options.seed * 1_000_003 + k);
  const planKey = `syn-${k}`;
  const pick = (pool: number) => Math.floor(pool * random() ** 2); // skewed: low indices are popular
  const mapped = new Map<string, string>();
  const pooled = new Map<string, GraphNode>();
  const mapId = (id: string): string => {
    const existing = mapped.get(id);
    if (existing) return existing;
    const parsed = parseId(id);
    let next: string;
    if (parsed?.label === 'Agency' || parsed?.label === 'Law') {
      const index = pick(parsed.label === 'Agency' ? options.agencyPool : options.lawPool);
      next = makeId(parsed.label, `pool-${index}`);
      if (!pooled.has(next)) pooled.set(next, poolNode(parsed.label, index));
    } else if (id === makeId('Plan', template.planId)) {
      next = makeId('Plan', planKey);
    } else if (parsed && isPlanScoped(parsed.label) && parsed.key === template.planId && parsed.code !== null) {
      next = makeId(parsed.label, planKey, parsed.code);
    } else {
      next = id; // followed plans (the provincial plan) are shared by every city's plan
    }
    mapped.set(id, next);
    return next;
  };
  const nodes: GraphNode[] = [];
  for (const node of template.nodes) {
    if (node.label === 'Agency' || node.label === 'Law') continue;
    const id = mapId(node.id);
    const props = { ...node.props, ...(node.props.planId ? { planId: planKey } : {}), ...(node.label === 'Plan' && node.id === makeId('Plan', template.planId) ? { key: planKey, name: `${node.props.name}(${k})` } : {}) };
    nodes.push({ ...node, id, props });
  }
  const edges: GraphEdge[] = template.edges.map((e) => ({ ...e, from: mapId(e.from), to: mapId(e.to) }));
  for (const node of nodes) {
    if (node.label === 'Indicator' && random() < options.extraOwnerShare) {
      const agency = makeId('Agency', `pool-${pick(options.agencyPool)}`);
      if (!pooled.has(agency)) pooled.set(agency, poolNode('Agency', Number(agency.split('-')[1])));
      edges.push({ type: 'OWNED_BY', from: node.id, to: agency, props: { sectionPath: [], quote: 'synthetic', origin: 'CURATED' } });
    }
  }
  const seen = new Set<string>();
  const uniqueEdges = edges.filter((e) => {
    const key = `${e.from}|${e.type}|${e.to}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { planId: planKey, nodes: [...nodes, ...pooled.values()], edges: uniqueEdges };
}

const LEVELS = ['NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY', 'TOWNSHIP', 'OTHER'];
const LAW_KINDS = ['LAW', 'ADMINISTRATIVE_REGULATION', 'LOCAL_REGULATION', 'RULE', 'NORMATIVE_DOCUMENT', 'STANDARD'];

/** A shared agency or law of the pool; the same index gives the same node in every plan. */
function poolNode(label: 'Agency' | 'Law', index: number): GraphNode {
  const id = makeId(label, `pool-${index}`);
  const common = { key: `pool-${index}`, aliases: [], aliasesText: '', sectionPath: [], quote: null };
  return label === 'Agency'
    ? { label, id, props: { ...common, name: `合成机构${index}`, nameEn: `Synthetic agency ${index}`, level: LEVELS[index % LEVELS.length], kind: 'GOVERNMENT', searchText: `合成机构${index}` } }
    : { label, id, props: { ...common, name: `合成法规${index}`, nameEn: `Synthetic law ${index}`, kind: LAW_KINDS[index % LAW_KINDS.length], documentNumber: null, searchText: `合成法规${index}` } };
}

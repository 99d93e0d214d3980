import { readRegistry, type ImportBuild } from '../../src/importer/build';
import { taskKey } from '../../src/importer/owners';
import { AgencyResolver } from '../../src/importer/propose';
import type { PlanTruth } from './planDoc';

/** How well the import found one kind of owner (leads or supports) against a plan's truth. */
export interface OwnerScore {
  kind: 'lead' | 'support';
  /** Owner pairs (task or indicator, body) the truth has, other places' bodies left out. */
  truth: number;
  /** Pairs the import has: edges the plan states, and proposals at `minConfidence` or above. */
  found: number;
  agreed: number;
  precision: number;
  recall: number;
  /** Truth pairs not found, and found pairs the truth does not have: `of → body`. */
  missed: string[];
  extra: string[];
  /** Bodies the truth names that are another place's: no import may attach them, so they are not counted. */
  notAttachable: string[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Precision and recall of the owners an import found (OWNED_BY: leads; INVOLVES: supports) against the truth's
 * owners. Bodies are compared after resolution: the truth's names as written are resolved for the plan's place as
 * the importer resolves them (市市场监管局 in a 遵义市 plan is 遵义市's), so two spellings of one body agree. A task
 * or indicator is found by its name (numbering and punctuation aside).
 */
export function scoreOwners(build: ImportBuild, truth: PlanTruth, options: { minConfidence?: number } = {}): { leads: OwnerScore; supports: OwnerScore } {
  const minConfidence = options.minConfidence ?? 0.6;
  const resolver = new AgencyResolver(readRegistry().agencies, build.jurisdiction);
  const nodesByName = new Map<string, string[]>();
  for (const n of build.graph.nodes) {
    if (n.label !== 'Task' && n.label !== 'Indicator') continue;
    const k = `${n.label}|${taskKey(String(n.props.name))}`;
    nodesByName.set(k, [...(nodesByName.get(k) ?? []), n.id]);
  }
  const nameOf = new Map(build.graph.nodes.map((n) => [n.id, String(n.props.name)]));
  const score = (kind: 'lead' | 'support'): OwnerScore => {
    const relation = kind === 'lead' ? 'OWNED_BY' : 'INVOLVES';
    const notAttachable: string[] = [];
    // Each truth pair: the ids it may be found under (several nodes can share a name).
    const truthPairs = new Map<string, string[]>();
    for (const o of truth.owners) {
      const ids = nodesByName.get(`${o.ofKind === 'TASK' ? 'Task' : 'Indicator'}|${taskKey(o.of)}`) ?? [`missing:${o.of}`];
      for (const name of kind === 'lead' ? o.lead : o.support) {
        const m = resolver.resolveName(name, '', []);
        if (!m) {
          notAttachable.push(name);
          continue;
        }
        truthPairs.set(`${o.of} → ${name}`, ids.map((id) => `${id}|Agency:${m.key}`));
      }
    }
    const found = new Set([
      ...build.graph.edges.filter((e) => e.type === relation && e.props.origin === 'PARSED').map((e) => `${e.from}|${e.to}`),
      ...build.proposals.filter((p) => p.relation === relation && p.confidence >= minConfidence).map((p) => `${p.from}|${p.to}`),
    ]);
    // Two names of one body in one row of the truth are one pair.
    const truthKeys = new Map<string, string>();
    for (const [label, keys] of truthPairs) for (const k of keys) truthKeys.set(k, label);
    const hitLabels = new Set([...found].filter((k) => truthKeys.has(k)).map((k) => truthKeys.get(k)!));
    const distinctTruth = new Set([...truthPairs.values()].map((keys) => keys.join(',')));
    const agreedFound = [...found].filter((k) => truthKeys.has(k)).length;
    const missed = [...truthPairs.keys()].filter((l) => !hitLabels.has(l));
    const extra = [...found].filter((k) => !truthKeys.has(k)).map((k) => {
      const [from, to] = k.split('|');
      return `${nameOf.get(from) ?? from} → ${nameOf.get(to) ?? to}`;
    });
    const truthCount = distinctTruth.size;
    const recallHits = [...distinctTruth].filter((keys) => keys.split(',').some((k) => found.has(k))).length;
    return {
      kind, truth: truthCount, found: found.size, agreed: agreedFound,
      precision: round(found.size ? agreedFound / found.size : 1), recall: round(truthCount ? recallHits / truthCount : 1),
      missed, extra, notAttachable,
    };
  };
  return { leads: score('lead'), supports: score('support') };
}

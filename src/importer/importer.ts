import type { GraphGateway } from '../db/gateway';
import { loadPlanGraphs } from './load.writer';
import { storeProposals } from '../proposal/proposal.repository';
import { buildImport, readRegistry, type ImportBuild, type Registry } from './build';
import { readAgencyScopes, readPlanIndicators, readPlans } from './importer.repository';
import { mayAttach, readJurisdiction, registryScope, type AgencyScope, type Jurisdiction } from './jurisdiction';
import type { ImportedText } from './parse/model';
import { ImportRefusedError, parseImportedText } from './parse/planText';
import { MOVES_TUNING, proposeContinuity, type Proposal } from './propose';

/** What an import found and did: the CLI prints it. */
export interface ImportReport {
  key: string;
  text: ImportedText;
  build: ImportBuild;
  /** Proposals per relation. */
  proposed: Record<string, number>;
  stored: { stored: number; judged: number; existing: number };
  continuity: { plan: string; relation: string; proposals: number }[];
  ms: number;
}

/** How an import is run: the plan's place when its text does not say it plainly (贵州省/遵义市/桐梓县). */
export interface ImportOptions {
  jurisdiction?: string;
  /** Who the audit entry names. */
  by?: string;
}

/**
 * The last word before anything is written: every agency an edge or a proposal of this import reaches must be one
 * the plan may name (shared, or its own place's or a parent's), as the database (else the build, for a body the
 * database does not have yet) scopes it. The resolver should never produce one that is not; if it does, the import
 * is refused, nothing stored.
 */
export async function refuseForeignAgencies(db: GraphGateway, plan: Jurisdiction, build: ImportBuild, proposals: Proposal[], registry: Registry): Promise<void> {
  const reached = new Set<string>();
  for (const e of [...build.graph.edges, ...proposals]) for (const id of [e.from, e.to]) if (id.startsWith('Agency:')) reached.add(id);
  if (!reached.size) return;
  const stored = new Map((await readAgencyScopes(db, [...reached])).map((r) => [r.id, r]));
  const built = new Map(build.graph.nodes.filter((n) => n.label === 'Agency').map((n) => [n.id, n.props]));
  const inRegistry = new Set(registry.agencies.map((a) => a.key));
  const refused: string[] = [];
  for (const id of reached) {
    const key = id.slice('Agency:'.length);
    const row = stored.get(id);
    const props = built.get(id);
    let scope: AgencyScope | null = null;
    if (row && (row.shared !== null || row.jurisdiction !== null)) scope = { jurisdiction: row.jurisdiction, shared: row.shared === true };
    else if (inRegistry.has(key)) scope = registryScope(key);
    else if (!row && props && typeof props.shared === 'boolean') scope = { jurisdiction: (props.jurisdiction as string | null) ?? null, shared: props.shared };
    if (!scope || !mayAttach(plan, scope)) refused.push(`${id} (${scope ? scope.jurisdiction : 'no jurisdiction'})`);
  }
  if (refused.length) throw new ImportRefusedError(`a ${plan.name} plan would attach edges to another jurisdiction's agencies: ${refused.join(', ')}`);
}

const KEY = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** The text of a file, refusing what is not text: empty, or binary (NUL bytes, or not UTF-8). */
export function decodeText(bytes: Buffer): string {
  if (bytes.length === 0) throw new ImportRefusedError('the file is empty');
  if (bytes.subarray(0, 8192).includes(0)) throw new ImportRefusedError('the file is not text (binary content)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportRefusedError('the file is not UTF-8 text (binary content or another encoding)');
  }
}


/** An import built and checked but not written: what a preview shows and what `storeImport` writes. */
export interface PreparedImport {
  key: string;
  text: ImportedText;
  /** The build, its proposals including continuity's. */
  build: ImportBuild;
  continuity: ImportReport['continuity'];
  /** A plan stored under this key already (imported before): the import replaces it. */
  replaces: boolean;
}

/**
 * Builds an import of a plan's text under `key` without writing anything: parses it, builds its graph and
 * proposals, proposes continuity with the indicators of followed plans the database holds, and checks that no edge
 * reaches another place's agency. Refuses (ImportRefusedError) a bad key, a text with no plan structure and a key
 * that names a curated (seeded) plan.
 */
export async function prepareImport(gateway: GraphGateway, source: string, key: string, registry: Registry = readRegistry(), options: ImportOptions = {}): Promise<PreparedImport> {
  const db = gateway.forBulkWork();
  if (!KEY.test(key)) throw new ImportRefusedError(`the key "${key}" must be lowercase letters, digits and dashes (1..80), e.g. lps-msm-15`);
  const text = parseImportedText(source);
  const plans = await readPlans(db);
  const existing = plans.find((p) => p.key === key);
  if (existing && existing.importedFrom !== 'text' && existing.seedPlan === key) {
    throw new ImportRefusedError(`the key "${key}" names a curated plan loaded by the seed; choose another key`);
  }
  const jurisdiction = readJurisdiction(text.title, text.sentences.map((x) => x.text).join('\n'), options.jurisdiction);
  const build = buildImport(text, key, registry, plans.filter((p) => p.key !== key), MOVES_TUNING, jurisdiction);
  const planNode = build.graph.nodes.find((n) => n.id === `Plan:${key}`);
  if (planNode) planNode.props.importedFrom = 'text';

  // Continuity with the indicators of followed plans already in the database.
  const continuity: ImportReport['continuity'] = [];
  const ours = build.graph.nodes
    .filter((n) => n.label === 'Indicator')
    .map((n) => ({ id: n.id, name: String(n.props.name), unit: (n.props.targetUnit as string | null) ?? null, quote: String(n.props.quote), sectionPath: n.props.sectionPath as string[] }));
  const continuityProposals: Proposal[] = [];
  for (const edge of build.graph.edges.filter((e) => e.type === 'FOLLOWS')) {
    const followed = plans.find((p) => `Plan:${p.key}` === edge.to);
    if (!followed) continue;
    const previous = await readPlanIndicators(db, followed.key);
    if (!previous.length) continue;
    const earlier = followed.periodEnd !== null && text.period !== null && followed.periodEnd < text.period.start;
    const relation = earlier ? 'CONTINUES' : 'ALIGNS_WITH';
    const found = proposeContinuity(ours, previous, relation);
    continuity.push({ plan: followed.key, relation, proposals: found.length });
    continuityProposals.push(...found);
  }
  const proposals = [...build.proposals, ...continuityProposals];
  await refuseForeignAgencies(db, jurisdiction, build, proposals, registry);
  return { key, text, build: { ...build, proposals }, continuity, replaces: existing !== undefined };
}

/**
 * Writes a prepared import in one write transaction (idempotent; decided proposals stay decided), with one audit
 * entry naming `options.by`.
 */
export async function storeImport(gateway: GraphGateway, prepared: PreparedImport, options: ImportOptions = {}): Promise<ImportReport['stored']> {
  const db = gateway.forBulkWork();
  let stored: ImportReport['stored'] = { stored: 0, judged: 0, existing: 0 };
  await loadPlanGraphs(db, [prepared.build.graph], {
    keepShared: true,
    audited: { by: options.by ?? 'plan:import', action: 'IMPORT_PLAN' },
    inTransaction: async (tx) => {
      stored = await storeProposals(db, tx, prepared.key, prepared.build.proposals);
    },
  });
  return stored;
}

/** Proposals per relation. */
export function proposalCounts(proposals: Proposal[]): Record<string, number> {
  const proposed: Record<string, number> = {};
  for (const p of proposals) proposed[p.relation] = (proposed[p.relation] ?? 0) + 1;
  return proposed;
}

/**
 * Imports a plan's text under `key`: prepareImport, then storeImport in one write transaction. Refuses, storing
 * nothing, what prepareImport refuses.
 */
export async function importPlanText(gateway: GraphGateway, bytes: Buffer, key: string, registry: Registry = readRegistry(), options: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now();
  const prepared = await prepareImport(gateway, decodeText(bytes), key, registry, options);
  const stored = await storeImport(gateway, prepared, options);
  const { text, build, continuity } = prepared;
  return { key, text, build, proposed: proposalCounts(build.proposals), stored, continuity, ms: Math.round(performance.now() - started) };
}

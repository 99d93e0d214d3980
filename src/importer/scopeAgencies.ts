import type { GraphGateway } from '../db/gateway';
import { makeId, parseId } from '../graph/ids';
import { recordChange } from '../audit/audit.repository';
import { readRegistry, type Registry } from './build';
import { keyOf, parseJurisdiction, registryScope, targetOf, type Jurisdiction, type JurisdictionLevel } from './jurisdiction';
import { moveEdgesToCopy, readMigration, readUnscopedAgencies, recordMigration, setScope, type UnscopedAgency } from './scopeAgencies.writer';

/** What scoping the agencies stored before jurisdictions did. */
export interface ScopeReport {
  /** Agencies given a scope in place, their ids kept. */
  scoped: number;
  /** Agencies reached by plans of several places: the edges of every place but one moved to that place's own body. */
  split: { id: string; copies: string[]; moved: number }[];
  /** Agencies left unscoped (the write check refuses to attach new edges to them), with why. */
  left: { id: string; name: string; reason: string }[];
}

type PlanRef = UnscopedAgency['plans'][number];

/** A stored plan's place, as planProps wrote it. */
function jurisdictionOf(p: PlanRef): Jurisdiction | null {
  if (!p.jurisdiction || !p.jurisdictionKey || !p.jurisdictionLevel) return null;
  const parent = p.jurisdictionParent ? parseJurisdiction(p.jurisdictionParent) : null;
  return { key: p.jurisdictionKey, name: p.jurisdiction, level: p.jurisdictionLevel as JurisdictionLevel, parent };
}

const MIGRATION_BY = 'jurisdiction-migration';

/**
 * Migrates agencies stored before jurisdictions (no `shared` property) without losing an edge or an id:
 *   - registry bodies take the registry's scope;
 *   - a body reached only by plans of one place becomes that place's (or shared, for a national or provincial body),
 *     keeping its id;
 *   - a body reached by plans of several places (two cities' 「市市场监管局」 merged into one) keeps its id for the
 *     place whose plans reach it most, and every other place gets its own body, keyed as an import would key it
 *     now, with its plans' edges moved onto it;
 *   - a body whose plans have no place (imported before jurisdictions) or that names another place is left
 *     unscoped and listed: the write check already refuses to attach new edges to it.
 * `only` limits it to the given ids. Idempotent (it only looks at unscoped bodies); each agency is migrated in its own transaction with an audit entry.
 */
export async function scopeStoredAgencies(db: GraphGateway, registry: Registry = readRegistry(), only?: string[]): Promise<ScopeReport> {
  const inRegistry = new Set(registry.agencies.map((a) => a.key));
  const report: ScopeReport = { scoped: 0, split: [], left: [] };
  for (const agency of await readUnscopedAgencies(db, only ?? null)) {
    const key = parseId(agency.id)?.key ?? '';
    const plans = agency.plans.filter((p): p is PlanRef => p !== null);
    if (inRegistry.has(key)) {
      const scope = registryScope(key);
      await db.writeTx(async (tx) => {
        await setScope(db, tx, agency.id, scope.jurisdiction, scope.shared);
        await recordChange(db, tx, { entity: agency.id, action: 'SCOPE_AGENCY', by: MIGRATION_BY, before: null, after: scope });
      });
      report.scoped++;
      continue;
    }
    const placeless = plans.filter((p) => !jurisdictionOf(p));
    if (plans.length === 0 || placeless.length > 0) {
      report.left.push({ id: agency.id, name: agency.name, reason: plans.length === 0 ? 'no plan reaches it' : `reached by plans with no place: ${placeless.map((p) => p.plan).join(', ')}` });
      continue;
    }
    // Group the plans by where the name puts the body for each of them.
    const groups = new Map<string, { target: Exclude<ReturnType<typeof targetOf>, 'FOREIGN'>; j: Jurisdiction; plans: PlanRef[]; edges: number }>();
    let foreign: string | null = null;
    for (const p of plans) {
      const j = jurisdictionOf(p)!;
      const target = targetOf(agency.name, j);
      if (target === 'FOREIGN') {
        foreign = p.plan;
        break;
      }
      const groupKey = keyOf(target, agency.name);
      const g = groups.get(groupKey) ?? { target, j, plans: [], edges: 0 };
      g.plans.push(p);
      g.edges += p.edges;
      groups.set(groupKey, g);
    }
    if (foreign) {
      report.left.push({ id: agency.id, name: agency.name, reason: `names another place than plan ${foreign}'s` });
      continue;
    }
    // The id stays with the place whose plans reach it most (then by key, for a stable choice).
    const ordered = [...groups.entries()].sort(([ka, a], [kb, b]) => b.edges - a.edges || ka.localeCompare(kb));
    const [[, keep], ...others] = ordered;
    const copies: string[] = [];
    let moved = 0;
    await db.writeTx(async (tx) => {
      const keepScope = { jurisdiction: keep.target.jurisdiction?.name ?? null, shared: keep.target.shared };
      await setScope(db, tx, agency.id, keepScope.jurisdiction, keepScope.shared);
      await recordChange(db, tx, { entity: agency.id, action: 'SCOPE_AGENCY', by: MIGRATION_BY, before: null, after: keepScope });
      for (const [groupKey, g] of others) {
        const copyId = makeId('Agency', groupKey);
        const scope = { jurisdiction: g.target.jurisdiction?.name ?? null, shared: g.target.shared };
        const n = await moveEdgesToCopy(db, tx, agency.id, copyId, g.plans.map((p) => p.plan), scope.jurisdiction, scope.shared);
        await recordChange(db, tx, { entity: copyId, related: agency.id, action: 'SPLIT_AGENCY', by: MIGRATION_BY, before: { id: agency.id }, after: { id: copyId, ...scope, plans: g.plans.map((p) => p.plan), edges: n } });
        copies.push(copyId);
        moved += n;
      }
    });
    report.scoped++;
    if (copies.length) report.split.push({ id: agency.id, copies, moved });
  }
  return report;
}

/** The jurisdiction migration's id: once it has run to its end, PlanGraphMeta {key: 'migration:jurisdiction-scope-1'} says so. */
export const JURISDICTION_MIGRATION = 'jurisdiction-scope-1';

/**
 * Runs the jurisdiction migration once per database: nothing when its record is there; else `scopeStoredAgencies`,
 * then the record (what it scoped, split and left). Safe when interrupted: each agency is migrated in its own
 * transaction and only unscoped agencies are looked at, so a run stopped half way leaves no record and the next
 * start goes on with the agencies still unscoped. Null when it had already run.
 */
export async function migrateJurisdictionsOnce(db: GraphGateway, options: { id?: string; registry?: Registry; only?: string[] } = {}): Promise<ScopeReport | null> {
  const id = options.id ?? JURISDICTION_MIGRATION;
  if (await readMigration(db, id)) return null;
  const report = await scopeStoredAgencies(db, options.registry ?? readRegistry(), options.only);
  await recordMigration(db, id, { scoped: report.scoped, split: report.split.length, left: report.left.length });
  return report;
}

import type { AgencyModel } from '../agency/agency.model';
import type { GraphContext } from '../context';
import type { OwnerCell } from '../review/owners';
import { likelyOwnersLoader } from './ownership.repository';

/** Owner cells by indicator id; an indicator with neither explicit nor likely owner has none. */
export async function ownerCells(ctx: GraphContext, ids: readonly string[]): Promise<Map<string, OwnerCell>> {
  const [explicit, likely] = await Promise.all([ctx.loaders.related('Indicator.ownedBy').loadMany(ids), likelyOwnersLoader(ctx).loadMany(ids)]);
  const topIds = likely.map((l) => (l instanceof Error ? undefined : l.owners[0]?.agencyId));
  const names = new Map(
    (await ctx.loaders.nodeById.loadMany([...new Set(topIds.filter((id): id is string => !!id))]))
      .filter((n): n is AgencyModel => !!n && !(n instanceof Error) && n.label === 'Agency')
      .map((a) => [a.id, a]),
  );
  const cells = new Map<string, OwnerCell>();
  ids.forEach((id, k) => {
    const owners = explicit[k];
    if (owners instanceof Error) throw owners;
    if (likely[k] instanceof Error) throw likely[k];
    const agencies = (owners as AgencyModel[]).map(agencyName);
    if (agencies.length) return void cells.set(id, { basis: 'EXPLICIT', agencies });
    const top = topIds[k] ? names.get(topIds[k]) : undefined;
    if (top) cells.set(id, { basis: 'LIKELY', agencies: [agencyName(top)] });
  });
  return cells;
}

const agencyName = (a: AgencyModel) => ({ id: a.id, name: a.name, nameEn: a.nameEn ?? null });


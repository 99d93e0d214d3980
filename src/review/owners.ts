/**
 * Who answers for each indicator, as the reviews show it: the plan's (or a planner's) explicit owners, else the top
 * likely owner, marked as an inference, else nothing. One source for the mid-term and final reports and the spreadsheet.
 */
import type { AgencyModel } from '../agency/agency.model';
import type { GraphContext } from '../context';
import { likelyOwnersLoader } from '../ownership/ownership.repository';

/** An indicator's owner cell: explicit owners, or the likely owner the graph suggests (never the plan's word). */
export interface OwnerCell {
  basis: 'EXPLICIT' | 'LIKELY';
  agencies: { id: string; name: string; nameEn: string | null }[];
}

/** How a likely owner is marked wherever it shows, so it is never read as the plan's word. */
export const LIKELY_MARK = { zh: '可能的负责单位', en: 'likely' } as const;

/** Owner cells by indicator id; an indicator with neither explicit nor likely owner has none. */
export async function ownerCells(ctx: GraphContext, ids: readonly string[]): Promise<Map<string, OwnerCell>> {
  const [explicit, likely] = await Promise.all([ctx.loaders.related('Indicator.ownedBy').loadMany(ids), likelyOwnersLoader(ctx).loadMany(ids)]);
  const topIds = likely.map((l) => (l instanceof Error ? undefined : l[0]?.agencyId));
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

/** The agencies' names, joined as the plan joins them. */
export const ownerNames = (cell: OwnerCell | undefined) => (cell ? cell.agencies.map((a) => a.name).join('、') : '');

/** The cell as text for a report: names, a likely owner marked in both languages; empty when there is none. */
export function ownerText(cell: OwnerCell | undefined): string {
  if (!cell) return '';
  return cell.basis === 'EXPLICIT' ? ownerNames(cell) : `${LIKELY_MARK.zh} ${LIKELY_MARK.en}: ${ownerNames(cell)}`;
}

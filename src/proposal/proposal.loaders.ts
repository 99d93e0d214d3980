import DataLoader from 'dataloader';
import type { GraphReader } from '../db/reader';
import type { ProposalModel, ProposedRelation } from './proposal.model';
import { proposalsByEnds } from './proposal.repository';

/** Which end of a proposal a load names: its source (`OUT`) or its target (`IN`). */
export interface ProposalEndKey {
  relation: ProposedRelation;
  direction: 'OUT' | 'IN';
  id: string;
}

/** The proposal domain's per-request loaders. */
export interface ProposalLoaders {
  /** Open and confirmed proposals by one end (continuity's CONTINUES / ALIGNS_WITH), most confident first; [] for none. */
  proposalsByEnd: DataLoader<ProposalEndKey, ProposalModel[], string>;
}

/** Fresh proposal loaders for one request: the ends asked for in one tick cost one round trip, one statement per relation and direction. */
export function createProposalLoaders(db: GraphReader): ProposalLoaders {
  return {
    proposalsByEnd: new DataLoader<ProposalEndKey, ProposalModel[], string>(
      async (keys) => {
        const groups = new Map<string, { relation: ProposedRelation; direction: 'OUT' | 'IN'; ids: string[] }>();
        for (const { relation, direction, id } of keys) {
          const g = `${relation}|${direction}`;
          const group = groups.get(g) ?? groups.set(g, { relation, direction, ids: [] }).get(g)!;
          if (!group.ids.includes(id)) group.ids.push(id);
        }
        const list = [...groups.values()];
        const results = await proposalsByEnds(db, list);
        const byKey = new Map(list.flatMap((group, g) => group.ids.map((id, i) => [`${group.relation}|${group.direction}|${id}`, results[g][i]] as const)));
        return keys.map(({ relation, direction, id }) => byKey.get(`${relation}|${direction}|${id}`) ?? []);
      },
      { maxBatchSize: 1000, cacheKeyFn: ({ relation, direction, id }) => `${relation}|${direction}|${id}` },
    ),
  };
}

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

/** One key's string: the loader's cache key and its place in a batch's answers. */
const endKey = ({ relation, direction, id }: ProposalEndKey) => `${relation}|${direction}|${id}`;

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
        // DataLoader hands each distinct key once (cacheKeyFn), so a group's ids are distinct.
        const groups = new Map<string, { relation: ProposedRelation; direction: 'OUT' | 'IN'; ids: string[] }>();
        for (const { relation, direction, id } of keys) {
          const g = `${relation}|${direction}`;
          const group = groups.get(g) ?? groups.set(g, { relation, direction, ids: [] }).get(g)!;
          group.ids.push(id);
        }
        const list = [...groups.values()];
        const results = await proposalsByEnds(db, list);
        const byKey = new Map(list.flatMap((group, g) => group.ids.map((id, i) => [endKey({ ...group, id }), results[g][i]] as const)));
        return keys.map((key) => byKey.get(endKey(key)) ?? []);
      },
      { maxBatchSize: 1000, cacheKeyFn: endKey },
    ),
  };
}

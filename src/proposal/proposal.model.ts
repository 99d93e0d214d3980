import type { ProposedRelation } from '../importer/propose';

/** Where a proposed edge stands. */
export type ProposalStatus = 'PROPOSED' | 'CONFIRMED' | 'REJECTED';

/** A proposed edge as the API returns it. */
export interface ProposalModel {
  id: string;
  plan: string;
  relation: ProposedRelation;
  fromId: string;
  toId: string;
  status: ProposalStatus;
  confidence: number;
  evidence: string;
  quote: string;
  sectionPath: string[];
  /** For an agency, the name as the quote writes it (the seed's curation names agencies so). */
  mention: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

import type { IndicatorModel } from '../indicator/indicator.model';

/** The edges that take judgment, proposed rather than asserted. */
export type ProposedRelation = 'MOVES' | 'SUPPORTS' | 'MEASURES' | 'OWNED_BY' | 'INVOLVES' | 'CONTINUES' | 'ALIGNS_WITH';

/** One proposed edge: what it joins, how sure the importer is, and the sentence it rests on. */
export interface Proposal {
  relation: ProposedRelation;
  from: string;
  to: string;
  /** 0..1. */
  confidence: number;
  quote: string;
  sectionPath: string[];
  /** Why it was proposed, in a few words (shared words, 牵头, the table's category…). */
  evidence: string;
  /** For an agency, the name as the quote writes it. */
  mention?: string;
}

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

/** A later plan's indicator that carries a reviewed one on, with how the link stands. */
export interface ContinuationModel {
  indicator: IndicatorModel;
  status: 'CONFIRMED' | 'PROPOSED';
  /** The importer's confidence; null for an edge curated by hand. */
  confidence: number | null;
}

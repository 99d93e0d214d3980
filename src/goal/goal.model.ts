import type { GoalKind } from '../__generated__/resolvers-types';

/** A goal as stored. */
export interface GoalModel {
  label: 'Goal';
  id: string;
  code: string;
  kind: GoalKind;
  name: string;
  nameEn: string | null;
  text: string | null;
  textEn: string | null;
  planId: string;
  /** Position in the plan (pages and lists follow it). */
  ord: number;
  sectionPath: string[];
  quote: string;
}

/** A goal as stored. */
export interface GoalModel {
  label: 'Goal';
  id: string;
  code: string;
  kind: 'OVERALL' | 'VISION' | 'SPECIFIC' | 'TABLE_CATEGORY';
  name: string;
  nameEn: string | null;
  text: string | null;
  textEn: string | null;
  planId: string;
  sectionPath: string[];
  quote: string;
}

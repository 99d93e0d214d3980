/** A plan as stored: the imported plan or one it follows. */
export interface PlanModel {
  label: 'Plan';
  id: string;
  key: string;
  name: string;
  nameEn: string | null;
  issuer: string | null;
  issuerEn: string | null;
  publishedOn: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  imported: boolean;
  sectionPath: string[];
  quote: string | null;
}

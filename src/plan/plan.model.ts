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
  /** 0 for an imported plan, then the plans it follows in order. */
  ord: number;
  sectionPath: string[];
  quote: string | null;
  /** The plan's place (src/importer/jurisdiction.ts); absent for plans only followed. */
  jurisdiction?: string | null;
  jurisdictionKey?: string | null;
  jurisdictionLevel?: 'PROVINCE' | 'CITY' | 'COUNTY' | null;
  jurisdictionParent?: string | null;
}

/** A law, regulation, standard or policy document as stored (shared by every plan). */
export interface LawModel {
  label: 'Law';
  id: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  kind: 'LAW' | 'ADMINISTRATIVE_REGULATION' | 'LOCAL_REGULATION' | 'RULE' | 'NORMATIVE_DOCUMENT' | 'STANDARD' | 'PLAN';
  documentNumber: string | null;
  sectionPath: string[];
  quote: string | null;
}

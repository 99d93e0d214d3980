import type { LawKind } from '../__generated__/resolvers-types';

/** A law, regulation, standard or policy document as stored (shared by every plan). */
export interface LawModel {
  label: 'Law';
  id: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  kind: LawKind;
  documentNumber: string | null;
  sectionPath: string[];
  quote: string | null;
}

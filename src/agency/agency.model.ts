import type { AgencyKind, AgencyLevel } from '../__generated__/resolvers-types';

/** An agency as stored (shared by every plan). */
export interface AgencyModel {
  label: 'Agency';
  id: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  level: AgencyLevel;
  kind: AgencyKind;
  sectionPath: string[];
  quote: string | null;
  /** The place whose body it is; null for national and generic bodies (absent before jurisdictions were stored). */
  jurisdiction?: string | null;
  shared?: boolean | null;
}

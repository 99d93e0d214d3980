/** An agency as stored (shared by every plan). */
export interface AgencyModel {
  label: 'Agency';
  id: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  level: 'NATIONAL' | 'PROVINCIAL' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'OTHER';
  kind: 'GOVERNMENT' | 'PARTY' | 'JUDICIAL' | 'INSTITUTION' | 'ASSOCIATION' | 'PLATFORM' | 'ENTERPRISE' | 'OTHER';
  sectionPath: string[];
  quote: string | null;
}

/** A task as stored. */
export interface TaskModel {
  label: 'Task';
  id: string;
  code: string;
  level: 'CHAPTER' | 'SECTION' | 'SUBSECTION' | 'ITEM' | 'MEASURE' | 'COLUMN' | 'COLUMN_ITEM';
  name: string;
  nameEn: string | null;
  summary: string | null;
  text: string | null;
  planId: string;
  sectionPath: string[];
  quote: string;
}

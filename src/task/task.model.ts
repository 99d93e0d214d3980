import type { TaskLevel } from '../__generated__/resolvers-types';

/** A task as stored. */
export interface TaskModel {
  label: 'Task';
  id: string;
  code: string;
  level: TaskLevel;
  name: string;
  nameEn: string | null;
  summary: string | null;
  text: string | null;
  planId: string;
  /** Position in the plan (pages and lists follow it). */
  ord: number;
  sectionPath: string[];
  quote: string;
}

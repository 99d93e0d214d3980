import type { TaskLevel } from '../../__generated__/resolvers-types';

/** The skeleton of a plan as parsed from its published text: headings, paragraphs, Table 1, citations. */

export type { TaskLevel };

/** One block of the plan's task hierarchy, as the text gives it. */
export interface ParsedTask {
  code: string;
  level: TaskLevel;
  /** The title without its numbering (第三章, (一), 1、, 专栏3-1-1:), verbatim. */
  name: string;
  /** The heading line (or lead sentence) verbatim: the quote that proves the task exists. */
  quote: string;
  parentCode: string | null;
  /** Headings from the chapter down to this task, verbatim. */
  sectionPath: string[];
  /** The task's own paragraphs, junk removed (excluding its children's). */
  paragraphs: string[];
  /** 1-based line of the heading in the source file. */
  line: number;
  /** Order in the document. */
  ord: number;
}

/** One row of Table 1. */
export interface ParsedIndicatorRow {
  number: number;
  category: string;
  name: string;
  targetRaw: string;
  attributeRaw: '约束性' | '预期性';
  /** The row's lines verbatim as they stand in the source (number through attribute). */
  quote: string;
  line: number;
}

/** A goal paragraph of chapter 2 (overall, 2035 vision, specific goals). */
export interface ParsedGoal {
  kind: 'OVERALL' | 'VISION' | 'SPECIFIC';
  /** The lead sentence (for specific goals) or the whole paragraph's first sentence. */
  name: string;
  text: string;
  quote: string;
  sectionPath: string[];
  line: number;
}

/** A 《…》 title or a document number / standard code the text cites. */
export interface ParsedCitation {
  /** The title inside 《》, or the code (GB/T19022-2003) as written. */
  text: string;
  kind: 'TITLE' | 'CODE';
  /** The sentence it stands in, verbatim and junk-free. */
  sentence: string;
  /** The innermost task containing it, or null in chapters 1-2 and the preamble. */
  taskCode: string | null;
  sectionPath: string[];
  line: number;
}

/** Everything the parser reads from one plan's text. */
export interface ParsedPlan {
  title: string;
  /** The plan body's lines (chrome removed, junk not yet removed), 1-based numbering kept via `lineOffset`. */
  tasks: ParsedTask[];
  goals: ParsedGoal[];
  tableCategories: string[];
  indicators: ParsedIndicatorRow[];
  citations: ParsedCitation[];
  /** Sentences of the body (junk-free, verbatim) with where they stand: for finding quotes. */
  sentences: { text: string; sectionPath: string[]; taskCode: string | null; line: number }[];
}

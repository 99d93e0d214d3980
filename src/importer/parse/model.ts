import type { ParsedCitation, ParsedGoal, ParsedTask } from './types';
import type { ImportedTarget } from './target';
import type { DivisionTable } from './division';

/** An indicator the importer read: a row of the indicator table (or list), or a target the text sets elsewhere. */
export interface ImportedIndicator {
  /** The table's number (`1`…) or `T1`, `T2`… for targets set in the text. */
  code: string;
  number: number | null;
  name: string;
  unit: string | null;
  /** The table's category (类别) the row stands under, verbatim. */
  category: string | null;
  baseline: { value: number; unit: string | null; year: number | null; raw: string } | null;
  target: ImportedTarget;
  attribute: 'BINDING' | 'EXPECTED' | null;
  source: 'TABLE' | 'TEXT';
  /** The row (or sentence) verbatim. */
  quote: string;
  line: number;
  sectionPath: string[];
  /** For a text target, the task whose text sets it. */
  taskCode: string | null;
  /** A target the goals list in their sentences (到2030年，…达到2200件；…), an indicator of the plan as a table row is. */
  listed?: boolean;
  /** For a table row, the tasks whose text restates its target (企业年报率不低于95% for row 11), with the sentence. */
  setBy?: { taskCode: string; quote: string; sectionPath: string[] }[];
}

/** A line the importer could not read, and why. */
export interface UnreadLine {
  line: number;
  text: string;
  reason: string;
}

/**
 * A line the import left out, and why: CHROME (a web page's furniture, inside or around the body), JUNK (a string
 * the page injected), PAGE (a PDF's page number or running header), NOTE (a table's note), REPEAT (a table row
 * printed twice), APPENDIX (an appendix after the plan's text), UNREAD (a line the importer could not place).
 */
export interface SkippedLine extends UnreadLine {
  kind: 'OUTSIDE' | 'CHROME' | 'JUNK' | 'PAGE' | 'NOTE' | 'REPEAT' | 'APPENDIX' | 'UNREAD';
}

/** The numbering style the importer recognised, outermost first (e.g. 第一章, 第一节, (一), 1、). */
export type MarkerKind = 'DECIMAL_1' | 'DECIMAL_2' | 'DECIMAL_3' | 'PIAN_ZH' | 'PART_ZH' | 'CHAPTER_ZH' | 'SECTION_ZH' | 'ENUM_ZH' | 'PAREN_ZH' | 'NUMBER' | 'PAREN_NUMBER' | 'CIRCLED';

/** Everything read from a plan's text that new to PlanGraph: the skeleton the import builds its graph from. */
export interface ImportedText {
  title: string;
  titleLine: number;
  /** The plan's period (2026–2030), read from the title or the text; null when neither says. */
  period: { start: number; end: number; quote: string } | null;
  /** Plans this one follows (根据《…规划》), with the sentence that says so. */
  follows: { name: string; quote: string; line: number }[];
  /** First and last line of the body (1-based), chrome outside. */
  bodyStart: number;
  bodyEnd: number;
  /** Strings the page injected into the text, left out of everything stored. */
  junk: string[];
  /** The numbering style, outermost level first. */
  style: MarkerKind[];
  tasks: ParsedTask[];
  goals: ParsedGoal[];
  /** The indicator table's layout, or null when the plan has none. */
  tableLayout: 'COLUMNS' | 'SPACED' | 'LIST' | null;
  tableHeading: string | null;
  categories: string[];
  indicators: ImportedIndicator[];
  citations: ParsedCitation[];
  sentences: { text: string; sectionPath: string[]; taskCode: string | null; line: number }[];
  unread: UnreadLine[];
  /**
   * Every line of the file the import did not keep (as a heading, text, a row or a citation's sentence), with why:
   * page chrome around or inside the body, injected junk, running headers and page numbers, a table's note, a
   * repeated row. Nothing is dropped without a line here.
   */
  skipped: SkippedLine[];
  /** Lines of a hard-wrapped text (a PDF's copy) joined onto the line their paragraph starts on. */
  joined: { line: number; into: number }[];
  /** What the person importing must look at: a numbered heading skipped, or more than a small share of the body. */
  warnings: string[];
  /** Division-of-work tables (重点任务分工表): each row's task with its lead and supporting units. */
  division?: DivisionTable[];
}

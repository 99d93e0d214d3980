/**
 * A plan as the tests write it, before it is rendered to a file, and what a careful reader knows it says.
 *
 * The plan generator (tests/support/planGenerator/) writes a PlanDoc and its PlanTruth together, so the truth is known
 * by construction; the hand-written fixtures (tests/fixtures/plans/) write the truth by hand. Renderers
 * (tests/support/planFiles.ts) turn a PlanDoc into .txt, .html, .docx and .pdf; the scorer
 * (tests/support/planScore.ts) compares what the importer read with the truth.
 */

/** One block of a plan document, in reading order. */
export type PlanBlock =
  /** A line of text. `role` tells renderers how to dress it (a heading in bold, chrome small); the text is verbatim. */
  | { kind: 'paragraph'; text: string; role?: 'title' | 'heading' | 'body' | 'chrome' }
  /** A real table: rows of cells, the first row (or rows) its header. */
  | { kind: 'table'; rows: string[][] };

export interface PlanDoc {
  blocks: PlanBlock[];
  /** Running header a paged rendering (PDF) repeats on every page, e.g. the plan's short title. */
  runningHeader?: string;
}

/**
 * What the plan says, as a careful reader would write it down. Every string is verbatim from the plan's text.
 *
 * Task units are the parts of the plan's work that the importer makes Task nodes of: chapters of work (not the
 * background, guiding-thought or goals chapters), sections, subsections, numbered items, 专栏 boxes and their items.
 */
export interface PlanTruth {
  title: string;
  period: { start: number; end: number };
  /** The plan's place, as `贵州省/遵义市/桐梓县` (province/city/county, as far down as the plan is). */
  jurisdiction: string;
  tasks: TruthTask[];
  indicators: TruthIndicator[];
  /** Each citation the plan makes, as written inside 《》 or the code as written (GB/T 19001-2016), once per occurrence. */
  citations: string[];
  /** Who leads and who supports each task (and indicator) the text names owners for. */
  owners: TruthOwner[];
}

export interface TruthTask {
  /** The heading text without its numbering marker (加强食品安全监管), verbatim. */
  name: string;
  /** The enclosing task unit's name, or null for a top-level unit. */
  parent: string | null;
  level: 'CHAPTER' | 'SECTION' | 'SUBSECTION' | 'ITEM' | 'MEASURE' | 'COLUMN' | 'COLUMN_ITEM';
}

export interface TruthIndicator {
  /** The measure's name as the table row or the listed line writes it. */
  name: string;
  attribute: 'BINDING' | 'EXPECTED' | null;
  /** LEVEL (by the target year), ANNUAL (每年…), GROWTH (年均增长…), CUMULATIVE (累计…, [30]): TargetKind. */
  kind: 'LEVEL' | 'ANNUAL' | 'GROWTH' | 'CUMULATIVE';
  /** The target figure (8 for 年均增长8%, 20 for 累计新增20个; a range's lower bound, 90 for 90%—95%). */
  value: number | null;
  /** A range's upper bound (95 for 90%—95%); absent otherwise. */
  upper?: number | null;
  /** True when the figure is a ceiling (控制在3%以内, ≤0.15, 不高于…). */
  ceiling: boolean;
  /** The unit apart from comparison words (% for 控制在3%以内, 个 for 累计新增20个). */
  unit: string | null;
}

export interface TruthOwner {
  /** The task's name (as in TruthTask.name) or, for an indicator the owner sentence names, the indicator's name. */
  of: string;
  ofKind: 'TASK' | 'INDICATOR';
  /** Lead bodies as written (市市场监管局). */
  lead: string[];
  /** Supporting bodies as written. */
  support: string[];
  /** Where the plan says it: a sentence (…牵头，…配合) or a row of the 重点任务分工表. */
  source: 'SENTENCE' | 'DIVISION_TABLE';
}

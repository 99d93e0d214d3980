/** An indicator a task covers: moved by the task itself, or by sub-tasks only (derived). */
export interface IndicatorCoverageModel {
  indicatorId: string;
  derived: boolean;
  /** The tasks whose MOVES edge the coverage rests on, in plan order. */
  moverIds: string[];
}

import type { EdgeType } from '../graph/graph';
import type { AgencyModel } from '../agency/agency.model';
import type { GoalModel } from '../goal/goal.model';
import type { IndicatorModel } from '../indicator/indicator.model';
import type { LawModel } from '../law/law.model';
import type { NodeModel } from '../node/node.model';
import type { TaskModel } from '../task/task.model';

/** A node reached from the impact source, with its distance and one shortest path. */
export interface ImpactedNodeModel {
  distance: number;
  node: NodeModel;
  path: NodeModel[];
  /** The relation of each step, in order. */
  via: EdgeType[];
  /** Each step's edge quote, in order (null for an edge written through the API). */
  quotes: (string | null)[];
  /** Reached through a sub-task (PART_OF): covered by the roll-up rule, not said by the source itself. */
  derived: boolean;
}

/** Everything a change to the source reaches. */
export interface ImpactModel {
  source: NodeModel;
  affected: ImpactedNodeModel[];
}

/** What-if results: plain lists of models. */
export interface AgencyDissolutionModel {
  agency: AgencyModel;
  tasksLosingOnlyOwner: TaskModel[];
  indicatorsLosingOnlyOwner: IndicatorModel[];
  tasksKeepingAnOwner: TaskModel[];
  tasksLosingAParticipant: TaskModel[];
}

export interface TaskDropModel {
  task: TaskModel;
  dropped: TaskModel[];
  goalsLosingAllSupport: GoalModel[];
  goalsLosingSomeSupport: GoalModel[];
  indicatorsLosingEveryTask: IndicatorModel[];
}

export interface LawAmendmentModel {
  law: LawModel;
  tasks: TaskModel[];
  leadAgencies: AgencyModel[];
  participatingAgencies: AgencyModel[];
  indicators: IndicatorModel[];
}

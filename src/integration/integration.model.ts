import type { AgencyModel } from '../agency/agency.model';
import type { GoalModel } from '../goal/goal.model';
import type { IndicatorModel } from '../indicator/indicator.model';
import type { LawModel } from '../law/law.model';
import type { NodeModel } from '../node/node.model';
import type { TaskModel } from '../task/task.model';

/** What a write did. */
export type WriteOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED';

interface Written {
  outcome: WriteOutcome;
  version: number;
}

export interface AgencyPayloadModel extends Written { agency: AgencyModel }
export interface LawPayloadModel extends Written { law: LawModel }
export interface GoalPayloadModel extends Written { goal: GoalModel }
export interface TaskPayloadModel extends Written { task: TaskModel }
export interface IndicatorPayloadModel extends Written { indicator: IndicatorModel }
export interface LinkPayloadModel extends Written { from: NodeModel; to: NodeModel }

import type { AgencyModel } from '../agency/agency.model';
import type { GoalModel } from '../goal/goal.model';
import type { IndicatorModel } from '../indicator/indicator.model';
import type { LawModel } from '../law/law.model';
import type { PlanModel } from '../plan/plan.model';
import type { TaskModel } from '../task/task.model';
import { NODE_LABELS, type NodeLabel } from '../../seed/graph';

/** Any entity of the graph, tagged with its label. */
export type NodeModel = PlanModel | GoalModel | IndicatorModel | TaskModel | AgencyModel | LawModel;

/** Maps a stored node (its labels and properties) to its model; null for nodes that are not entities. */
export function toNodeModel(labels: string[], props: Record<string, unknown>): NodeModel | null {
  const label = labels.find((l): l is NodeLabel => (NODE_LABELS as readonly string[]).includes(l));
  if (!label) return null;
  const common = { sectionPath: [], quote: null, nameEn: null };
  if (label === 'Agency' || label === 'Law') return { ...common, aliases: [], ...props, label } as unknown as NodeModel;
  return { ...common, ...props, label } as unknown as NodeModel;
}

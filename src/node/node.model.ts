import type { AgencyModel } from '../agency/agency.model';
import type { GoalModel } from '../goal/goal.model';
import type { IndicatorModel } from '../indicator/indicator.model';
import type { LawModel } from '../law/law.model';
import type { PlanModel } from '../plan/plan.model';
import type { TaskModel } from '../task/task.model';
import { NODE_LABELS, type NodeLabel } from '../graph/graph';

/** Any entity of the graph, tagged with its label. */
export type NodeModel = PlanModel | GoalModel | IndicatorModel | TaskModel | AgencyModel | LawModel;

// Neo4j stores no null properties: a field the model declares nullable comes back missing, so it is
// restored as null here, once, rather than checked for undefined everywhere.
const NULLABLE: Record<NodeLabel, string[]> = {
  Plan: ['nameEn', 'issuer', 'issuerEn', 'publishedOn', 'periodStart', 'periodEnd', 'quote'],
  Goal: ['nameEn', 'text', 'textEn'],
  Task: ['nameEn', 'summary', 'text'],
  Indicator: [
    'number', 'nameEn', 'category', 'categoryEn', 'attribute', 'targetValue', 'targetUnit', 'targetComparator', 'targetPer', 'targetYear',
    'baselineValue', 'baselineUnit', 'baselineYear', 'baselineQuote', 'baselineSectionPath',
  ],
  Agency: ['nameEn', 'quote'],
  Law: ['nameEn', 'documentNumber', 'quote'],
};

// Models made from the same stored properties (or property pairs) are the same model: rows served from the read
// cache are shared between requests, and rebuilding hundreds of models per request cost more than the rest of a
// cache hit. Models are never mutated, so sharing them is safe.
const modelsByProps = new WeakMap<object, NodeModel | null>();

/**
 * The long texts of a node: lists (pages, relations, impact) leave them in the store, and a resolver that needs
 * one completes its model from the request's node loader (see `complete`).
 */
export const HEAVY_PROPERTIES = ['quote', 'text', 'textEn', 'summary', 'searchText', 'nameWords', 'textWords'] as const;

/** Models read without their long texts. */
const partialModels = new WeakSet<NodeModel>();

/** Properties read without HEAVY_PROPERTIES (as key/value pairs, which skips reading the long values). */
export function lightProperties(variable: string): string {
  return `[k IN keys(${variable}) WHERE NOT k IN ${JSON.stringify(HEAVY_PROPERTIES).replace(/"/g, "'")} | [k, ${variable}[k]]]`;
}

/** A model from lightProperties' pairs: marked partial until completed. */
export function toPartialNodeModel(labels: string[], pairs: [string, unknown][]): NodeModel | null {
  const known = modelsByProps.get(pairs);
  if (known !== undefined) return known;
  const model = buildNodeModel(labels, Object.fromEntries(pairs));
  if (model) partialModels.add(model);
  modelsByProps.set(pairs, model);
  return model;
}

/** True for a model read without its long texts. */
export function isPartial(model: NodeModel): boolean {
  return partialModels.has(model);
}

/** Maps a stored node (its labels and properties) to its model; null for nodes that are not entities. */
export function toNodeModel(labels: string[], props: Record<string, unknown>): NodeModel | null {
  const known = modelsByProps.get(props);
  if (known !== undefined) return known;
  const model = buildNodeModel(labels, props);
  modelsByProps.set(props, model);
  return model;
}

function buildNodeModel(labels: string[], props: Record<string, unknown>): NodeModel | null {
  const label = labels.find((l): l is NodeLabel => (NODE_LABELS as readonly string[]).includes(l));
  if (!label) return null;
  const defaults: Record<string, unknown> = { sectionPath: [], quote: null, ...(label === 'Agency' || label === 'Law' ? { aliases: [] } : {}) };
  for (const field of NULLABLE[label]) defaults[field] = null;
  return { ...defaults, ...props, label } as NodeModel;
}

/** True when `node` exists and has `label` (narrowing it to that kind's model). */
export function isOfLabel<L extends NodeLabel>(node: NodeModel | null | undefined, label: L): node is Extract<NodeModel, { label: L }> {
  return node?.label === label;
}

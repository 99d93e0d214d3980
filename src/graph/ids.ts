import { BadUserInputError } from '../errors';
import { isNodeLabel, type NodeLabel } from './graph';

/** Labels whose ids carry the plan they belong to (`Task:<plan>:<code>`); the others are shared (`Agency:<key>`). */
export type PlanScopedLabel = 'Goal' | 'Task' | 'Indicator';
const PLAN_SCOPED: ReadonlySet<NodeLabel> = new Set<PlanScopedLabel>(['Goal', 'Task', 'Indicator']);

/** True for labels whose ids and nodes belong to one plan. */
export function isPlanScoped(label: NodeLabel): label is PlanScopedLabel {
  return PLAN_SCOPED.has(label);
}

/**
 * The one way an id is made: `Plan:<key>`, `Agency:<key>`, `Law:<key>` for plans and shared nodes,
 * `<Label>:<plan key>:<code>` for a plan's goals, tasks and indicators.
 */
export function makeId(label: PlanScopedLabel, planKey: string, code: string): string;
export function makeId(label: Exclude<NodeLabel, PlanScopedLabel>, key: string): string;
export function makeId(label: NodeLabel, key: string, code?: string): string {
  return code === undefined ? `${label}:${key}` : `${label}:${key}:${code}`;
}

/** An id taken apart: its label, its key (a plan's key for plan-scoped ids) and, for plan-scoped ids, its code. */
export interface ParsedId {
  label: NodeLabel;
  key: string;
  code: string | null;
}

/** The one way an id is read: its parts, or null when it is not one of ours (unknown label, no key). */
export function parseId(id: string): ParsedId | null {
  const colon = id.indexOf(':');
  const label = id.slice(0, colon);
  if (colon < 0 || !isNodeLabel(label)) return null;
  const rest = id.slice(colon + 1);
  if (!isPlanScoped(label)) return { label, key: rest, code: null };
  const second = rest.indexOf(':');
  return second < 0 ? { label, key: rest, code: null } : { label, key: rest.slice(0, second), code: rest.slice(second + 1) };
}

/** The label encoded in an id (`Task:lps-msm-14:3.1`), or null when the id is not ours. */
export function labelOfId(id: string): NodeLabel | null {
  return parseId(id)?.label ?? null;
}

/** The key of a plan from its id (`Plan:lps-msm-14` → `lps-msm-14`); callers have checked it is a plan's id. */
export function planKeyOf(planId: string): string {
  return parseId(planId)?.key ?? planId;
}

const ID_SHAPE = /^[A-Z][A-Za-z]+:[\w.\-:]{1,120}$/;

/** The label of a well-formed entity id given as input; BAD_USER_INPUT for anything else. */
export function parseEntityId(id: string, expected?: NodeLabel): NodeLabel {
  const label = ID_SHAPE.test(id) ? labelOfId(id) : null;
  if (!label) throw new BadUserInputError(`"${truncate(id)}" is not a PlanGraph id (Kind:key, e.g. Indicator:lps-msm-14:5)`, { argument: 'id' });
  if (expected && label !== expected) throw new BadUserInputError(`"${truncate(id)}" is a ${label} id; a ${expected} id is needed`, { argument: 'id' });
  return label;
}

/** Shortens user input before echoing it in an error message. */
function truncate(text: string, max = 60): string {
  const printable = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return printable.length > max ? `${printable.slice(0, max)}…` : printable;
}

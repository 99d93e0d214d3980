import { labelOfId, type NodeLabel } from '../../seed/graph';
import { BadUserInputError } from '../errors';

const ID_SHAPE = /^[A-Z][A-Za-z]+:[\w.\-:]{1,120}$/;

/** The label of a well-formed entity id; BAD_USER_INPUT for anything else. */
export function parseEntityId(id: string, expected?: NodeLabel): NodeLabel {
  const label = ID_SHAPE.test(id) ? labelOfId(id) : null;
  if (!label) throw new BadUserInputError(`"${truncate(id)}" is not a PlanGraph id (Kind:key, e.g. Indicator:lps-msm-14:5)`, { argument: 'id' });
  if (expected && label !== expected) throw new BadUserInputError(`"${truncate(id)}" is a ${label} id; a ${expected} id is needed`, { argument: 'id' });
  return label;
}

/** Shortens user input before echoing it in an error message. */
export function truncate(text: string, max = 60): string {
  const printable = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return printable.length > max ? `${printable.slice(0, max)}…` : printable;
}

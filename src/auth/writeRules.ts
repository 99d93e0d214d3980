// Who may change what: one table, enforced by authorizeWrite, which every generic write path calls (the upserts,
// link/unlink, the owner mutations, importGraph). docs/security.md, "Who may change what", shows the same table (tests/unit/write-rules.test.ts
// keeps the two equal: the doc's is renderWriteRules()'s output).
import { ROLES, type Role } from '../config';
import { BadUserInputError, ForbiddenError } from '../errors';
import type { EdgeType, NodeLabel } from '../graph/graph';

/**
 * Who may change a field or an edge through the generic write paths:
 * ROLE — that role or above (operational data other systems keep);
 * WORKFLOW — the plan's meaning: only through the workflow named in `how`, or by ADMIN with a stated reason (audited);
 * SYSTEM — kept by the writers themselves (versions, stamps, derived text); only an ADMIN import restores it.
 */
export type Who = { kind: 'ROLE'; role: Role } | { kind: 'WORKFLOW' } | { kind: 'SYSTEM' };

/** What a rule covers: a kind of node's properties, a new node, an edge, or an edge the plan itself states. */
export type Subject = NodeLabel | 'Measurement' | 'any node' | 'new node' | 'edge' | 'edge the plan states';

/** One row of the table. `fields` are property names, labels (for a new node) or relations (for edges); '*' is any other. */
export interface WriteRule {
  subject: Subject;
  fields: readonly string[];
  who: Who;
  how: string;
}

const ROLE = (role: Role): Who => ({ kind: 'ROLE', role });
const WORKFLOW: Who = { kind: 'WORKFLOW' };
const SYSTEM: Who = { kind: 'SYSTEM' };

const TARGET_FIELDS = ['targetRaw', 'targetValue', 'targetUnit', 'targetComparator', 'targetKind', 'targetYear'] as const;
/** Relations whose edges are judgments: proposed by the importer, confirmed or rejected by a planner. */
const JUDGMENT_EDGES: readonly EdgeType[] = ['SUPPORTS', 'MEASURES', 'MOVES', 'CONTINUES', 'ALIGNS_WITH', 'IN_REMIT_OF', 'CORRESPONDS_TO'];
/** Relations the plan's text states (its structure and its legal bases). */
const STRUCTURE_EDGES: readonly EdgeType[] = ['PART_OF', 'FOLLOWS', 'BASED_ON'];

/** The table. Order matters only for reading: a field's rule is its subject's row naming it, else `any node`'s, else '*'. */
export const WRITE_RULES: readonly WriteRule[] = [
  { subject: 'Indicator', fields: TARGET_FIELDS, who: WORKFLOW, how: 'an amendment: proposeAmendment, decided by decideAmendment (ADMIN); the plan’s Table 1 target stays as written' },
  { subject: 'Indicator', fields: ['name', 'category', 'attribute', 'code'], who: WORKFLOW, how: 'the plan’s text (npm run plan:import / the seed)' },
  { subject: 'Goal', fields: ['kind', 'name', 'text', 'code'], who: WORKFLOW, how: 'the plan’s text (npm run plan:import / the seed)' },
  { subject: 'Task', fields: ['level', 'name', 'summary', 'text', 'code'], who: WORKFLOW, how: 'the plan’s text (npm run plan:import / the seed)' },
  { subject: 'Plan', fields: ['*'], who: WORKFLOW, how: 'the plan’s text (npm run plan:import / the seed)' },
  { subject: 'Agency', fields: ['name'], who: WORKFLOW, how: 'the registry (seed/registry), the name the plan writes' },
  { subject: 'Law', fields: ['name', 'documentNumber'], who: WORKFLOW, how: 'the registry (seed/registry), the name and number the plan writes' },
  { subject: 'any node', fields: ['nameEn', 'externalId'], who: ROLE('INTEGRATOR'), how: 'upsert* (translations and other systems’ ids)' },
  { subject: 'Agency', fields: ['aliases', 'level', 'kind'], who: ROLE('INTEGRATOR'), how: 'upsertAgency' },
  { subject: 'Law', fields: ['aliases', 'kind'], who: ROLE('INTEGRATOR'), how: 'upsertLaw' },
  { subject: 'any node', fields: ['quote', 'sectionPath', 'textEn'], who: WORKFLOW, how: 'the plan’s text: provenance is what the plan says, verbatim' },
  { subject: 'Measurement', fields: ['*'], who: WORKFLOW, how: 'recordMeasurement / importMeasurementsCsv (PLANNER), approveMeasurement / returnMeasurement' },
  {
    subject: 'any node',
    fields: ['id', 'key', 'planId', 'version', 'origin', 'source', 'seedPlan', 'ord', 'searchText', 'aliasesText', 'nameWords', 'textWords', 'searchWordsVersion', 'createdBy', 'createdAt', 'updatedBy', 'updatedAt', 'imported', 'importedFrom'],
    who: SYSTEM,
    how: 'kept by the writers (ids, versions, stamps, derived search text); restored only by an ADMIN importGraph',
  },
  { subject: 'any node', fields: ['*'], who: WORKFLOW, how: 'anything not listed is the plan’s meaning (fails closed)' },
  { subject: 'new node', fields: ['Agency', 'Law'], who: ROLE('INTEGRATOR'), how: 'upsertAgency / upsertLaw (a registry entry says nothing about a plan)' },
  { subject: 'new node', fields: ['Plan', 'Goal', 'Task', 'Indicator'], who: WORKFLOW, how: 'the plan’s text (npm run plan:import): a new goal, task or Table 1 row is a change to the plan' },
  { subject: 'edge', fields: ['OWNED_BY'], who: ROLE('PLANNER'), how: 'assign*Owner / remove*Owner (PLANNER), link / unlink (INTEGRATOR)' },
  { subject: 'edge', fields: ['INVOLVES'], who: ROLE('INTEGRATOR'), how: 'link / unlink' },
  { subject: 'edge', fields: JUDGMENT_EDGES, who: WORKFLOW, how: 'curation: the importer proposes, confirmLink / rejectLink (PLANNER) decide' },
  { subject: 'edge', fields: STRUCTURE_EDGES, who: WORKFLOW, how: 'the plan’s text (npm run plan:import / the seed)' },
  { subject: 'edge the plan states', fields: ['OWNED_BY'], who: ROLE('PLANNER'), how: 'remove*Owner (PLANNER), unlink (INTEGRATOR): owners change as agencies do' },
  { subject: 'edge the plan states', fields: ['*'], who: WORKFLOW, how: 'removing an edge parsed or curated from the plan: rejectLink for a judgment, else the plan’s text' },
];

/** The rule for one field (or label, or relation) of a subject. */
export function ruleFor(subject: Subject, field: string): WriteRule {
  const nodeSubject = subject !== 'new node' && subject !== 'edge' && subject !== 'edge the plan states';
  const candidates: [Subject, string][] = [[subject, field], ...(nodeSubject ? ([['any node', field]] as [Subject, string][]) : []), [subject, '*'], ...(nodeSubject ? ([['any node', '*']] as [Subject, string][]) : [])];
  for (const [s, f] of candidates) {
    const rule = WRITE_RULES.find((r) => r.subject === s && r.fields.includes(f));
    if (rule) return rule;
  }
  return { subject, fields: ['*'], who: WORKFLOW, how: 'not in the table: the plan’s meaning (fails closed)' };
}

/** Who is writing: the token's name and role, and the reason an ADMIN gives for changing the plan's meaning. */
export interface WriteCaller {
  name: string;
  role: Role;
  reason?: string | null;
}

/** One thing a write would change: a field of a node, a new node (field = label), an edge (field = relation). */
export interface Touch {
  subject: Subject;
  field: string;
  /** The node (or the edge's source) it is on, for the message. */
  id: string;
}

const MAX_REASON = 500;
/** How many refused changes a message names; the rest are counted. */
const NAMED_OFFENCES = 20;

/** A reason given as input, trimmed; BAD_USER_INPUT when empty or too long. */
export function checkReason(reason: string | null | undefined): string | null {
  if (reason === null || reason === undefined) return null;
  const trimmed = reason.trim();
  if (!trimmed || trimmed.length > MAX_REASON) throw new BadUserInputError(`reason must be 1..${MAX_REASON} characters`, { argument: 'reason' });
  return trimmed;
}

const atLeast = (role: Role, needed: Role) => ROLES.indexOf(role) >= ROLES.indexOf(needed);

function describe(touch: Touch): string {
  if (touch.subject === 'new node') return `a new ${touch.field} (${touch.id})`;
  if (touch.subject === 'edge') return `${touch.field} edges of ${touch.id}`;
  if (touch.subject === 'edge the plan states') return `the plan’s own ${touch.field} edge of ${touch.id}`;
  return `${touch.id} ${touch.field}`;
}

/**
 * Refuses a write that changes what the caller's role may not: FORBIDDEN naming each refused change and the
 * workflow that changes it; for an ADMIN who gave no reason, BAD_USER_INPUT asking for one. Returns the reason
 * to record in the audit entry (null when none was given).
 */
export function authorizeWrite(caller: WriteCaller, touches: readonly Touch[]): string | null {
  const reason = checkReason(caller.reason);
  const refused: { touch: Touch; rule: WriteRule }[] = [];
  let meaning = false;
  for (const touch of touches) {
    const rule = ruleFor(touch.subject, touch.field);
    const { who } = rule;
    if (who.kind === 'ROLE' && atLeast(caller.role, who.role)) continue;
    if (who.kind === 'SYSTEM' && caller.role === 'ADMIN') continue;
    if (who.kind === 'WORKFLOW' && caller.role === 'ADMIN' && reason) {
      meaning = true;
      continue;
    }
    refused.push({ touch, rule });
  }
  // A reason given is kept in the audit entry even when the change did not need one.
  if (refused.length === 0) return meaning || reason ? reason : null;
  const named = refused.slice(0, NAMED_OFFENCES).map(({ touch, rule }) => `${describe(touch)} (${rule.who.kind === 'ROLE' ? `needs ${rule.who.role}` : `through ${rule.how}`})`);
  const more = refused.length > NAMED_OFFENCES ? ` and ${refused.length - NAMED_OFFENCES} more` : '';
  const list = `${named.join('; ')}${more}`;
  if (caller.role === 'ADMIN' && refused.every(({ rule }) => rule.who.kind === 'WORKFLOW')) {
    throw new BadUserInputError(`this changes the plan’s meaning: ${list}. An ADMIN may do so only with a reason (the reason argument), which the audit trail keeps`, { argument: 'reason' });
  }
  throw new ForbiddenError(`a ${caller.role} token may not change ${list}. The plan’s meaning changes only through its own workflow, or by an ADMIN with a reason`);
}

function whoText(who: Who): string {
  if (who.kind === 'ROLE') return `${who.role} or above`;
  if (who.kind === 'SYSTEM') return 'the writers only (ADMIN import restores)';
  return 'its workflow, or ADMIN with a reason';
}

/** The table as Markdown: docs/security.md, "Who may change what", carries exactly this. */
export function renderWriteRules(): string {
  const lines = ['| what | fields | who may change it | how |', '| --- | --- | --- | --- |'];
  for (const rule of WRITE_RULES) lines.push(`| ${rule.subject} | ${rule.fields.map((f) => (f === '*' ? 'any other' : `\`${f}\``)).join(', ')} | ${whoText(rule.who)} | ${rule.how} |`);
  return lines.join('\n');
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isInputObjectType } from 'graphql';
import { loadPlanGraphFromDisk } from '../../seed/build';
import { seedNodeProps } from '../../src/importer/load.writer';
import { graphOffences, partOfCycles, type CandidateNode } from '../../src/integration/graphCheck';
import { authorizeWrite, renderWriteRules, ruleFor, WRITE_RULES, type Subject } from '../../src/auth/writeRules';
import { buildSchema } from '../../src/server';
import { PLAN_DIR, ROOT } from '../support/paths';

const code = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (error) {
    return { code: (error as { extensions?: { code?: string } }).extensions?.code, message: (error as Error).message };
  }
};

describe('who may change what: one table', () => {
  it('docs/security.md "Who may change what" carries exactly the table in code', () => {
    const doc = readFileSync(path.join(ROOT, 'docs/security.md'), 'utf8');
    expect(doc).toContain(renderWriteRules());
  });

  it('every field an upsert input sets has a row of its own (a new input field needs a decision, not the fallback)', () => {
    const schema = buildSchema();
    const plumbing = new Set(['id', 'key', 'plan', 'externalId', 'expectedVersion', 'reason']);
    for (const [input, label] of [['UpsertAgencyInput', 'Agency'], ['UpsertLawInput', 'Law'], ['UpsertGoalInput', 'Goal'], ['UpsertTaskInput', 'Task'], ['UpsertIndicatorInput', 'Indicator']] as const) {
      const type = schema.getType(input);
      if (!isInputObjectType(type)) throw new Error(`${input} is not an input type`);
      for (const field of Object.keys(type.getFields()).filter((f) => !plumbing.has(f))) {
        expect({ input, field, explicit: ruleFor(label, field).fields.includes(field) }).toEqual({ input, field, explicit: true });
      }
    }
  });

  it('every relation has a row for adding it', () => {
    for (const relation of ['FOLLOWS', 'PART_OF', 'SUPPORTS', 'MEASURES', 'MOVES', 'OWNED_BY', 'INVOLVES', 'BASED_ON', 'CORRESPONDS_TO', 'IN_REMIT_OF', 'CONTINUES', 'ALIGNS_WITH']) {
      expect(ruleFor('edge', relation).fields).toContain(relation);
    }
  });

  it('an INTEGRATOR may not change a Table 1 target or attribute: FORBIDDEN, pointing at the amendment workflow', () => {
    const caller = { name: 'i', role: 'INTEGRATOR' as const };
    const target = code(() => authorizeWrite(caller, [{ subject: 'Indicator', field: 'targetRaw', id: 'Indicator:lps-msm-14:9' }]));
    expect(target?.code).toBe('FORBIDDEN');
    expect(target?.message).toMatch(/proposeAmendment/);
    expect(code(() => authorizeWrite(caller, [{ subject: 'Indicator', field: 'attribute', id: 'Indicator:lps-msm-14:9' }]))?.code).toBe('FORBIDDEN');
    expect(authorizeWrite(caller, [{ subject: 'Indicator', field: 'nameEn', id: 'Indicator:lps-msm-14:9' }])).toBeNull();
  });

  it('an ADMIN changes the plan’s meaning only with a reason, which is returned for the audit entry', () => {
    const touch = [{ subject: 'Indicator' as Subject, field: 'targetRaw', id: 'Indicator:lps-msm-14:9' }];
    expect(code(() => authorizeWrite({ name: 'a', role: 'ADMIN' }, touch))?.code).toBe('BAD_USER_INPUT');
    expect(code(() => authorizeWrite({ name: 'a', role: 'ADMIN', reason: '   ' }, touch))?.code).toBe('BAD_USER_INPUT');
    expect(authorizeWrite({ name: 'a', role: 'ADMIN', reason: ' typo in the transcription ' }, touch)).toBe('typo in the transcription');
  });

  it('fails closed: a field nobody listed is the plan’s meaning; system fields are the writers’', () => {
    expect(ruleFor('Task', 'somethingNew').who.kind).toBe('WORKFLOW');
    expect(ruleFor('Goal', 'version').who.kind).toBe('SYSTEM');
    expect(code(() => authorizeWrite({ name: 'i', role: 'INTEGRATOR' }, [{ subject: 'Goal', field: 'version', id: 'Goal:x:1' }]))?.code).toBe('FORBIDDEN');
  });

  it('names at most 20 refused changes and counts the rest', () => {
    const touches = Array.from({ length: 25 }, (_, i) => ({ subject: 'Indicator' as Subject, field: 'targetRaw', id: `Indicator:p:${i}` }));
    expect(code(() => authorizeWrite({ name: 'i', role: 'INTEGRATOR' }, touches))?.message).toMatch(/and 5 more/);
  });

  it('every row says how', () => {
    for (const rule of WRITE_RULES) expect(rule.how.length).toBeGreaterThan(5);
  });
});

describe('one validator for every write', () => {
  const agency = (key = 'Agency:x', props: Record<string, unknown> = {}): CandidateNode => ({ labels: ['Agency'], key, props: { id: key, name: '机关', ...props } });
  const none = { labels: new Map(), partOf: [] };

  it('the seeded plan passes', () => {
    const graph = loadPlanGraphFromDisk(PLAN_DIR);
    const nodes = graph.nodes.map((n) => ({ labels: [n.label], key: n.id, props: seedNodeProps(n, graph.planId) }));
    expect(graphOffences(nodes, graph.edges, none)).toEqual([]);
  });

  it.each([
    ['a second label', [{ ...agency(), labels: ['Agency', 'Law'] }], [], none, /exactly one of/],
    ['a label outside the list', [{ ...agency(), labels: ['Admin'] }], [], none, /exactly one of/],
    ['a label its id does not name', [{ ...agency('Agency:x'), labels: ['Law'] }], [], none, /an Agency id cannot be a Law/],
    ['relabelling a stored node', [{ labels: ['Law'], key: 'Law:x', props: { id: 'Law:x', name: 'x' } }], [], { labels: new Map([['Law:x', ['Entity', 'Agency']]]), partOf: [] }, /stored as an Agency/],
    ['a stripped id', [{ labels: ['Agency'], key: 'Agency:x', props: { name: 'x' } }], [], none, /property id must be its id \(missing\)/],
    ['no name', [{ labels: ['Agency'], key: 'Agency:x', props: { id: 'Agency:x' } }], [], none, /needs a name/],
    ['a malformed id', [agency('not an id')], [], none, /not a PlanGraph id/],
    ['a nested property', [agency('Agency:x', { nested: { a: 1 } })], [], none, /not a storable value/],
    ['an indicator outside its plan', [{ labels: ['Indicator'], key: 'Indicator:p:1', props: { id: 'Indicator:p:1', name: 'i', planId: 'q', targetRaw: '1', targetKind: 'LEVEL' } }], [], none, /planId must be the plan its id names/],
    ['a duplicate id', [agency(), agency()], [], none, /appears 2 times/],
    ['a Law→Goal OWNED_BY', [], [{ type: 'OWNED_BY', from: 'Law:a', to: 'Goal:p:1' }], { labels: new Map([['Law:a', ['Law']], ['Goal:p:1', ['Goal']]]), partOf: [] }, /OWNED_BY joins Task\/Indicator to Agency, not Law to Goal/],
    ['a dangling edge', [], [{ type: 'INVOLVES', from: 'Task:p:1', to: 'Agency:nowhere' }], { labels: new Map([['Task:p:1', ['Task']]]), partOf: [] }, /neither in the write nor stored/],
    ['an unknown relation', [], [{ type: 'LIKES', from: 'Task:p:1', to: 'Task:p:2' }], none, /not a relation/],
    ['a duplicate edge', [], [{ type: 'INVOLVES', from: 'Task:p:1', to: 'Agency:a' }, { type: 'INVOLVES', from: 'Task:p:1', to: 'Agency:a' }], { labels: new Map([['Task:p:1', ['Task']], ['Agency:a', ['Agency']]]), partOf: [] }, /appears 2 times/],
    ['a PART_OF cycle through what is stored', [], [{ type: 'PART_OF', from: 'Task:p:1', to: 'Task:p:2' }], { labels: new Map([['Task:p:1', ['Task']], ['Task:p:2', ['Task']]]), partOf: [['Task:p:2', 'Task:p:1'] as const] }, /PART_OF cycle: (Task:p:1 → Task:p:2 → Task:p:1|Task:p:2 → Task:p:1 → Task:p:2)/],
  ] as const)('refuses %s', (_name, nodes, edges, stored, expected) => {
    const offences = graphOffences(nodes as unknown as CandidateNode[], edges as never, stored as never);
    expect(offences.join('\n')).toMatch(expected);
  });

  it('finds a cycle in a long chain without overflowing the stack', () => {
    const chain = Array.from({ length: 100_000 }, (_, i) => [`T:${i}`, `T:${i + 1}`] as const);
    expect(partOfCycles(chain)).toEqual([]);
    expect(partOfCycles([...chain, ['T:100000', 'T:0']])).toHaveLength(1);
  });
});

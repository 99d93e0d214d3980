// Every mutation × every role, generated from the schema's Mutation fields: a mutation without a case here fails
// the suite. A role below the mutation's gets UNAUTHENTICATED or FORBIDDEN and the store is unchanged (whole-store
// checksum); a role at or above it gets the effect, and an audit entry — every write path is audited. Each call is
// undone (the touched nodes' properties restored, what it created removed, the audit trail rewound), and the store
// must then be byte-for-byte as before: the file leaves no trace in its private Neo4j.
import type { Role } from '../../src/config';
import { buildSchema } from '../../src/server';
import type { GqlResponse, TestApi } from '../support/api';
import { auditSeq, restoreNodes, rewindAudit, snapshotNodes, startPrivateStore, storeFingerprint, type PrivateStore } from '../support/privateStore';
import { syntheticPlan } from '../support/syntheticPlan';

type Caller = 'anonymous' | Role;
const CALLERS: Caller[] = ['anonymous', 'READER', 'ANALYST', 'PLANNER', 'INTEGRATOR', 'ADMIN'];
const TOKEN: Record<Caller, string | undefined> = {
  anonymous: undefined, READER: 'reader-token', ANALYST: 'analyst-token', PLANNER: 'planner-token', INTEGRATOR: 'integrator-token', ADMIN: 'admin-token',
};
const RANK: Caller[] = CALLERS;
const atLeast = (min: Caller) => (c: Caller) => RANK.indexOf(c) >= RANK.indexOf(min);

const IND = 'Indicator:lps-msm-14:19';
const TASK = 'Task:lps-msm-14:3.1';
const AGENCY = 'Agency:matrix-fixture';
const PROPOSAL = 'Proposal:lps-msm-14:00000000000000aa';

type Ctx = Record<string, any>;
interface Case {
  allowed: (c: Caller) => boolean;
  /** Entities whose properties the call may change (restored afterwards). */
  touches: string[];
  setup?: (api: TestApi) => Promise<Ctx>;
  query: string;
  variables: (ctx: Ctx) => Record<string, unknown>;
  /** What an allowed call must answer. */
  effect: (data: any) => void;
  /** Cypher removing what the call (and its setup) created; $-params from the setup's context. */
  cleanup?: string[];
  /** False only for the mutations that write nothing (_noop, previewPlanImport). */
  audited?: boolean;
}

const nodeVersion = async (api: TestApi, id: string) => (await api.db.read<{ v: number }>({ cypher: 'MATCH (n:Entity {id: $id}) RETURN n.version AS v', params: { id } }))[0].v;
const props = async (api: TestApi, id: string) => (await api.db.read<{ p: any }>({ cypher: 'MATCH (n:Entity {id: $id}) RETURN properties(n) AS p', params: { id } }))[0].p;
const DELETE_MEASUREMENTS = `MATCH (:Indicator {id: '${IND}'})-[:HAS_MEASUREMENT]->(m:Measurement) OPTIONAL MATCH (m)-[:REPLACED]->(r) DETACH DELETE m, r`;
const DELETE_AMENDMENTS = `MATCH (:Indicator {id: '${IND}'})-[:HAS_AMENDMENT]->(a:Amendment) DETACH DELETE a`;
const record = `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { measurement { id status } } }`;
const submitted = async (api: TestApi) => {
  const res = await api.gql(record, { input: { indicator: IND, year: 2022, value: 90, source: 'matrix' } }, 'integrator-token');
  expect(res.data!.recordMeasurement.measurement.status).toBe('SUBMITTED');
  return { id: res.data!.recordMeasurement.measurement.id };
};
const proposal = (relation: string) => async (api: TestApi) => {
  await api.db.write({
    cypher: `MATCH (a:Task {id: $task}) MATCH (b:Agency {id: $agency})
             CREATE (a)-[:PROPOSED {id: $id, plan: 'lps-msm-14', relation: $relation, status: 'PROPOSED', confidence: 0.5, evidence: 'matrix', quote: 'q', sectionPath: []}]->(b)`,
    params: { task: TASK, agency: AGENCY, id: PROPOSAL, relation },
  });
  return { id: PROPOSAL };
};
const upsertUpdate = (label: 'Goal' | 'Task' | 'Indicator', id: string, fields: string[]) => ({
  allowed: atLeast('INTEGRATOR'),
  touches: [id],
  setup: async (api: TestApi) => ({ node: await props(api, id) }),
  query: `mutation($input: Upsert${label}Input!) { upsert${label}(input: $input) { outcome version } }`,
  // An operational field (nameEn): INTEGRATOR's to change; the required fields are sent as stored.
  variables: (ctx: Ctx) => ({ input: { id, expectedVersion: ctx.node.version ?? 1, nameEn: 'matrix', ...Object.fromEntries(fields.map((f) => [f, ctx.node[f]])) } }),
  effect: (data: any) => expect(data[`upsert${label}`].outcome).toBe('UPDATED'),
});
const ownerEdge = (label: 'Task' | 'Indicator', id: string, assign: boolean) => ({
  allowed: atLeast('PLANNER'),
  touches: [id],
  setup: assign
    ? undefined
    : async (api: TestApi) => {
        await api.db.write({ cypher: `MATCH (a:${label} {id: $id}) MATCH (b:Agency {id: $agency}) CREATE (a)-[:OWNED_BY {origin: 'API'}]->(b)`, params: { id, agency: AGENCY } });
        return {};
      },
  query: `mutation($a: ID!, $b: ID!) { ${assign ? 'assign' : 'remove'}${label}Owner(${label === 'Task' ? 'task' : 'indicator'}: $a, agency: $b) { ${label === 'Task' ? 'task' : 'indicator'} { id } } }`,
  variables: () => ({ a: id, b: AGENCY }),
  effect: (data: any) => expect(Object.values(data)[0]).toBeTruthy(),
  cleanup: [`MATCH (:${label} {id: '${id}'})-[r:OWNED_BY]->(:Agency {id: '${AGENCY}'}) DELETE r`],
});

// A plan's file a planner imports: a fictional city's plan as plain text, under a key of this file's.
const PLAN_FILE = { fileName: 'matrix-plan.txt', contentBase64: Buffer.from(syntheticPlan('C').text).toString('base64'), key: 'matrix-plan-15' };
const PREVIEW_IMPORT = `mutation($input: PlanFileInput!) { previewPlanImport(input: $input) { digest counts { tasks } } }`;

const CASES: Record<string, Case> = {
  previewPlanImport: {
    allowed: atLeast('PLANNER'),
    touches: [],
    query: PREVIEW_IMPORT,
    variables: () => ({ input: PLAN_FILE }),
    effect: (d) => expect(d.previewPlanImport.counts.tasks).toBeGreaterThan(0),
    // A dry run: it writes nothing, so nothing to audit (the store's checksum after it is checked below all the same).
    audited: false,
  },
  importPlanFile: {
    allowed: atLeast('PLANNER'),
    touches: [],
    setup: async (api) => ({ digest: (await api.gql(PREVIEW_IMPORT, { input: PLAN_FILE }, 'planner-token')).data!.previewPlanImport.digest }),
    query: `mutation($input: PlanFileInput!, $digest: String!) { importPlanFile(input: $input, previewDigest: $digest) { plan { id } } }`,
    variables: (ctx) => ({ input: PLAN_FILE, digest: ctx.digest }),
    effect: (d) => expect(d.importPlanFile.plan.id).toBe(`Plan:${PLAN_FILE.key}`),
    cleanup: [`MATCH (n:Entity {seedPlan: '${PLAN_FILE.key}'}) DETACH DELETE n`, `MATCH (m:PlanGraphMeta {key: 'seed:${PLAN_FILE.key}'}) DELETE m`],
  },
  _noop: { allowed: () => true, touches: [], query: 'mutation { _noop }', variables: () => ({}), effect: (d) => expect(d._noop).toBeNull(), audited: false },
  proposeAmendment: {
    allowed: atLeast('PLANNER'),
    touches: [IND],
    query: `mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { amendment { status } } }`,
    variables: () => ({ input: { indicator: IND, target: '95%及以上', effectiveYear: 2023, reason: 'matrix' } }),
    effect: (d) => expect(d.proposeAmendment.amendment.status).toBe('PROPOSED'),
    cleanup: [DELETE_AMENDMENTS],
  },
  decideAmendment: {
    allowed: atLeast('ADMIN'),
    touches: [IND],
    setup: async (api) => {
      const res = await api.gql(`mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { amendment { id } } }`, { input: { indicator: IND, target: '95%及以上', effectiveYear: 2023, reason: 'matrix' } }, 'planner-token');
      return { id: res.data!.proposeAmendment.amendment.id };
    },
    query: `mutation($id: ID!) { decideAmendment(id: $id, approve: false, comment: "matrix") { amendment { status } } }`,
    variables: (ctx) => ({ id: ctx.id }),
    effect: (d) => expect(d.decideAmendment.amendment.status).toBe('REJECTED'),
    cleanup: [DELETE_AMENDMENTS],
  },
  approveMeasurement: {
    // The figure workflow: PLANNER or ADMIN decide; an INTEGRATOR submits and may not approve.
    allowed: (c) => c === 'PLANNER' || c === 'ADMIN',
    touches: [IND],
    setup: submitted,
    query: `mutation($id: ID!) { approveMeasurement(id: $id) { measurement { status } } }`,
    variables: (ctx) => ({ id: ctx.id }),
    effect: (d) => expect(d.approveMeasurement.measurement.status).toBe('APPROVED'),
    cleanup: [DELETE_MEASUREMENTS],
  },
  returnMeasurement: {
    allowed: (c) => c === 'PLANNER' || c === 'ADMIN',
    touches: [IND],
    setup: submitted,
    query: `mutation($id: ID!) { returnMeasurement(id: $id, comment: "matrix") { measurement { status } } }`,
    variables: (ctx) => ({ id: ctx.id }),
    effect: (d) => expect(d.returnMeasurement.measurement.status).toBe('RETURNED'),
    cleanup: [DELETE_MEASUREMENTS],
  },
  setIndicatorAreas: {
    allowed: atLeast('PLANNER'),
    touches: [IND],
    query: `mutation($input: SetIndicatorAreasInput!) { setIndicatorAreas(input: $input) { indicator { id } } }`,
    variables: () => ({ input: { indicator: IND, areas: ['六枝特区'], rollUp: 'SUM' } }),
    effect: (d) => expect(d.setIndicatorAreas.indicator.id).toBe(IND),
  },
  upsertAgency: {
    allowed: atLeast('INTEGRATOR'),
    touches: [],
    query: `mutation($input: UpsertAgencyInput!) { upsertAgency(input: $input) { outcome } }`,
    variables: () => ({ input: { key: 'matrix-new', name: '矩阵新机关', level: 'CITY', kind: 'OTHER' } }),
    effect: (d) => expect(d.upsertAgency.outcome).toBe('CREATED'),
    cleanup: ["MATCH (n:Entity {id: 'Agency:matrix-new'}) DETACH DELETE n"],
  },
  upsertLaw: {
    allowed: atLeast('INTEGRATOR'),
    touches: [],
    query: `mutation($input: UpsertLawInput!) { upsertLaw(input: $input) { outcome } }`,
    variables: () => ({ input: { key: 'matrix-law', name: '矩阵条例', kind: 'LAW' } }),
    effect: (d) => expect(d.upsertLaw.outcome).toBe('CREATED'),
    cleanup: ["MATCH (n:Entity {id: 'Law:matrix-law'}) DETACH DELETE n"],
  },
  upsertGoal: upsertUpdate('Goal', 'Goal:lps-msm-14:G-SPECIFIC-1', ['kind', 'name']),
  upsertTask: upsertUpdate('Task', TASK, ['level', 'name']),
  upsertIndicator: upsertUpdate('Indicator', IND, ['name', 'targetRaw', 'targetKind']),
  link: {
    allowed: atLeast('INTEGRATOR'),
    touches: [TASK],
    setup: async (api) => ({ version: await nodeVersion(api, TASK) }),
    query: `mutation($input: LinkInput!) { link(input: $input) { outcome } }`,
    variables: (ctx) => ({ input: { relation: 'INVOLVES', from: TASK, to: AGENCY, expectedVersion: ctx.version } }),
    effect: (d) => expect(d.link.outcome).toBe('CREATED'),
    cleanup: [`MATCH (:Task {id: '${TASK}'})-[r:INVOLVES]->(:Agency {id: '${AGENCY}'}) DELETE r`],
  },
  unlink: {
    allowed: atLeast('INTEGRATOR'),
    touches: [TASK],
    setup: async (api) => {
      await api.db.write({ cypher: `MATCH (a:Task {id: $task}) MATCH (b:Agency {id: $agency}) CREATE (a)-[:INVOLVES {origin: 'API'}]->(b)`, params: { task: TASK, agency: AGENCY } });
      return { version: await nodeVersion(api, TASK) };
    },
    query: `mutation($input: LinkInput!) { unlink(input: $input) { outcome } }`,
    variables: (ctx) => ({ input: { relation: 'INVOLVES', from: TASK, to: AGENCY, expectedVersion: ctx.version } }),
    effect: (d) => expect(d.unlink.outcome).toBe('UPDATED'),
    cleanup: [`MATCH (:Task {id: '${TASK}'})-[r:INVOLVES]->(:Agency {id: '${AGENCY}'}) DELETE r`],
  },
  importGraph: {
    allowed: atLeast('ADMIN'),
    touches: [],
    query: `mutation($d: JSON!) { importGraph(document: $d) { nodes edges created } }`,
    variables: () => ({
      d: { format: 'plangraph-export/1', nodes: [{ labels: ['Agency'], key: 'Agency:matrix-import', props: { id: 'Agency:matrix-import', name: '导入机关', level: 'CITY', kind: 'OTHER', version: 1 }, ints: ['version'] }], edges: [] },
    }),
    effect: (d) => expect(d.importGraph).toEqual({ nodes: 1, edges: 0, created: 1 }),
    cleanup: ["MATCH (n:Entity {id: 'Agency:matrix-import'}) DETACH DELETE n"],
  },
  confirmLink: {
    allowed: atLeast('PLANNER'),
    touches: [TASK],
    setup: proposal('INVOLVES'),
    query: `mutation($id: ID!) { confirmLink(id: $id) { outcome proposal { status } } }`,
    variables: (ctx) => ({ id: ctx.id }),
    effect: (d) => expect(d.confirmLink).toEqual({ outcome: 'UPDATED', proposal: { status: 'CONFIRMED' } }),
    cleanup: [`MATCH ()-[p:PROPOSED {id: '${PROPOSAL}'}]->() DELETE p`, `MATCH (:Task {id: '${TASK}'})-[r:INVOLVES]->(:Agency {id: '${AGENCY}'}) DELETE r`],
  },
  rejectLink: {
    allowed: atLeast('PLANNER'),
    touches: [TASK],
    setup: proposal('INVOLVES'),
    query: `mutation($id: ID!) { rejectLink(id: $id) { outcome proposal { status } } }`,
    variables: (ctx) => ({ id: ctx.id }),
    effect: (d) => expect(d.rejectLink).toEqual({ outcome: 'UPDATED', proposal: { status: 'REJECTED' } }),
    cleanup: [`MATCH ()-[p:PROPOSED {id: '${PROPOSAL}'}]->() DELETE p`],
  },
  recordMeasurement: {
    allowed: atLeast('PLANNER'),
    touches: [IND],
    query: record,
    variables: () => ({ input: { indicator: IND, year: 2022, value: 91, source: 'matrix' } }),
    effect: (d) => expect(d.recordMeasurement.measurement.id).toBeTruthy(),
    cleanup: [DELETE_MEASUREMENTS],
  },
  assignIndicatorOwner: ownerEdge('Indicator', IND, true),
  removeIndicatorOwner: ownerEdge('Indicator', IND, false),
  assignTaskOwner: ownerEdge('Task', TASK, true),
  removeTaskOwner: ownerEdge('Task', TASK, false),
  importMeasurementsCsv: {
    allowed: atLeast('PLANNER'),
    touches: [IND],
    query: `mutation($csv: String!) { importMeasurementsCsv(csv: $csv) { created replaced } }`,
    variables: () => ({ csv: `indicator,year,value,source\n${IND},2022,92,matrix\n` }),
    effect: (d) => expect(d.importMeasurementsCsv).toEqual({ created: 1, replaced: 0 }),
    cleanup: [DELETE_MEASUREMENTS],
  },
};

const MUTATIONS = Object.keys(buildSchema().getMutationType()!.getFields());

let store: PrivateStore;
let api: TestApi;
beforeAll(async () => {
  store = await startPrivateStore();
  api = store.api;
  await api.db.write({ cypher: `CREATE (:Entity:Agency {id: $id, name: '矩阵机关', level: 'CITY', kind: 'OTHER', version: 1})`, params: { id: AGENCY } });
}, 600_000);
afterAll(async () => {
  await store?.close();
});

const seqNow = () => auditSeq(api.db);

/** Undoes one call: touched properties back, created things removed, the audit trail rewound. */
async function undo(c: Case, ctx: Ctx, seq: number | null) {
  await restoreNodes(api.db);
  for (const cypher of c.cleanup ?? []) await api.db.write({ cypher, params: ctx });
  await rewindAudit(api.db, seq);
}

describe('every mutation has a case', () => {
  it.each(MUTATIONS)('%s', (name) => {
    expect(CASES[name]).toBeDefined();
  });
  it('and every case is a mutation of the schema', () => {
    expect(Object.keys(CASES).filter((k) => !MUTATIONS.includes(k))).toEqual([]);
  });
});

describe.each(MUTATIONS.filter((m) => CASES[m]))('%s', (name) => {
  const c = CASES[name];
  it.each(CALLERS)('called by %s: its effect (audited) or a refusal that stores nothing; undone without a trace', async (caller) => {
    const before = await storeFingerprint(api.db);
    const seq = await seqNow();
    await snapshotNodes(api.db, c.touches);
    const ctx = c.setup ? await c.setup(api) : {};
    const afterSetup = await storeFingerprint(api.db);
    const seqAfterSetup = await seqNow();
    let res: GqlResponse;
    try {
      res = await api.gql(c.query, c.variables(ctx), TOKEN[caller]);
      if (c.allowed(caller)) {
        expect(res.errors).toBeUndefined();
        c.effect(res.data);
        if (c.audited !== false) expect(await seqNow()).toBeGreaterThan(seqAfterSetup ?? 0);
        else expect(await storeFingerprint(api.db)).toEqual(afterSetup);
      } else {
        expect(res.errors?.[0]?.extensions?.code).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        expect(await storeFingerprint(api.db)).toEqual(afterSetup);
      }
    } finally {
      await undo(c, ctx, seq);
    }
    expect(await storeFingerprint(api.db)).toEqual(before);
  });
});
